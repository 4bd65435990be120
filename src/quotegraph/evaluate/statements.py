"""Score statement clustering against a statement gold: are two reports the same statement?

The statement gold (``data/statements-polnear.json``, rules in ``docs/statement-gold.md``) holds
pairs of PolNeAR gold attributions by the same speaker, in articles of different outlets dated
within 14 days, each labelled *same statement* or not (with the relation of a same pair:
verbatim, altered, paraphrase, indirect). A side is named by its article and the attribution's
content offsets, so the file holds no article text.

:func:`pair_scores` asks a clustering, as ``same_cluster(a_text, b_text)``, whether each pair's two
contents join, and gives pair precision, recall and F1 of its "same" answers.

>>> pair_scores([StatementPair(Side("x", [(0, 3)]), Side("y", [(0, 3)]), "S", True, "verbatim")],
...             lambda a, b: True, texts={"x": "abc", "y": "abc"})
PairScore(tp=1, fp=0, fn=0, tn=0)
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable, Mapping, Optional, Sequence, Union

from quotegraph.corpus.pairs import Report
from quotegraph.evaluate.brat import Span

# Quotation marks that open and close a quote (the straight ones do both).
_OPENING, _CLOSING = ('"', "“", "‘"), ('"', "”", "’")
RELATIONS = ("verbatim", "altered", "paraphrase", "indirect")


class StatementGoldError(ValueError):
    """A statement gold file that cannot be read or breaks its schema."""


@dataclass(frozen=True)
class Side:
    """One report of a pair: an article and its gold attribution's content fragments."""

    article: str
    content: tuple[Span, ...]

    def __init__(self, article: str, content: Sequence[Span]):
        object.__setattr__(self, "article", article)
        object.__setattr__(self, "content", tuple(tuple(s) for s in content))

    def text(self, article_text: str) -> str:
        """The content as read: its fragments joined by a space."""
        return " ".join(article_text[s:e] for s, e in self.content)

    def kind(self, article_text: str) -> str:
        """How the content is reported, read from the quotation marks in and around it (the
        gold has no kinds): ``direct`` when the marks enclose it, ``mixed`` when some of it is
        quoted, else ``indirect``.

        >>> Side("x", [(1, 6)]).kind('"Go on," he said'), Side("x", [(9, 14)]).kind('He said "go" on')
        ('direct', 'mixed')
        """
        start, end = self.content[0][0], self.content[-1][1]
        inside = article_text[start:end]
        before, after = article_text[max(0, start - 2):start + 1], article_text[end - 1:end + 2]
        if any(m in before for m in _OPENING) and any(m in after for m in _CLOSING):
            return "direct"
        return "mixed" if any(m in inside for m in _OPENING + _CLOSING) else "indirect"

    def report(self, key: str, article_text: str) -> Report:
        """This side as the pair model reads a report: content, kind and the date in the
        article's name (PolNeAR names are ``outlet_yyyy-mm-dd_slug``)."""
        return Report(key, self.text(article_text), self.kind(article_text),
                      self.article.split("_")[1])


@dataclass(frozen=True)
class StatementPair:
    a: Side
    b: Side
    speaker: str
    same: bool
    relation: Optional[str] = None
    note: str = ""


@dataclass(frozen=True)
class PairScore:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def default_gold_path() -> Path:
    """The statement gold shipped with the package."""
    return Path(str(resources.files("quotegraph") / "data" / "statements-polnear.json"))


def story_gold_path() -> Path:
    """The single-story statement gold: pairs from two articles that tell one story
    (docs/statement-gold.md, Single-story pairs)."""
    return Path(str(resources.files("quotegraph") / "data" / "statements-stories.json"))


def load_statement_gold(path: Union[str, Path, None] = None) -> list[StatementPair]:
    """The gold pairs, in file order. Raises :class:`StatementGoldError` on a bad file."""
    path = Path(path) if path is not None else default_gold_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise StatementGoldError(f"{path}: cannot read the statement gold ({error})") from error
    pairs = []
    for n, row in enumerate(data.get("pairs", []), start=1):
        relation = row.get("relation")
        if row["same"] != (relation in RELATIONS) or (relation is not None and not row["same"]):
            raise StatementGoldError(f"{path}: pair {n}: a same pair has a relation "
                                     f"({', '.join(RELATIONS)}), a different pair none")
        pairs.append(StatementPair(Side(row["a"]["article"], row["a"]["content"]),
                                   Side(row["b"]["article"], row["b"]["content"]),
                                   row["speaker"], row["same"], relation, row.get("note", "")))
    return pairs


def gold_texts(pairs: Sequence[StatementPair], root: Union[str, Path]) -> dict[str, str]:
    """The PolNeAR text of every article the pairs name (under ``root``'s ``train`` or
    ``dev``); raises :class:`StatementGoldError` for one that is missing."""
    texts = {}
    for pair in pairs:
        for side in (pair.a, pair.b):
            if side.article not in texts:
                found = next(Path(root).glob(f"*/text/{side.article}.txt"), None)
                if found is None:
                    raise StatementGoldError(f"{side.article}.txt is in neither {root}/train/text"
                                             f" nor {root}/dev/text: pass the PolNeAR folder")
                texts[side.article] = found.read_text(encoding="utf-8")
    return texts


def pair_scores(pairs: Sequence[StatementPair], same_cluster: Callable[[str, str], bool],
                texts: Mapping[str, str]) -> PairScore:
    """Count ``same_cluster``'s answers on the pairs against the gold; ``texts`` maps an article
    name to its text (the speaker is the same on both sides, so it is not passed)."""
    tp = fp = fn = tn = 0
    for pair in pairs:
        joined = same_cluster(pair.a.text(texts[pair.a.article]), pair.b.text(texts[pair.b.article]))
        if pair.same:
            tp, fn = tp + joined, fn + (not joined)
        else:
            fp, tn = fp + joined, tn + (not joined)
    return PairScore(tp, fp, fn, tn)

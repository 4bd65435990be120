"""Score resolved speakers against a speaker gold: who said each gold attribution.

The speaker gold (``data/speakers-polnear-dev.json``, rules in ``docs/speaker-gold.md``) gives,
for every gold attribution of an article, the speaker a reader resolves its source to: a
person's fullest name in the article, an organisation, a group, ``unnamed: description``, or
no one. It is keyed by the attribution's content offsets, so it holds no article text.

Two numbers, overall and by the gold source's type (``name``, ``pronoun``, ``description``,
``none``):

* **speaker accuracy**: of the gold attributions whose content the system found (the
  content-overlap pairs of :func:`~quotegraph.evaluate.metrics.score_article`), the share
  whose predicted speaker is the gold one;
* **speaker-resolved** precision / recall / F1: an attribution counts when its content matches
  and its speaker is right; precision over every prediction in the gold's articles.

A predicted speaker is the gold one (:func:`same_speaker`) when, after case, accents,
punctuation, titles and a leading "the" are set aside, a named speaker has the same first and
last word as the gold name (``Donald J. Trump`` = ``Donald Trump``; ``Trump`` alone is not
``Donald Trump``; a nickname the gold gives in quotes counts as a first name: ``Robert C.
"Bobby" Scott`` = ``Bobby Scott``; an organisation may be named by the last two or more
words of its name: ``Security Council``); an unnamed gold speaker is predicted unnamed, or as a
group with the same head word; a gold group is predicted as a group or unnamed with the same
head word (``many Democrats`` = ``Democrats``); a gold ``none`` is predicted with no speaker.
A named person or organisation where the gold has none or an unnamed source is always wrong.

>>> same_speaker(GoldSpeaker([(0, 5)], "person", "Sergey Lavrov", "pronoun"),
...              Speaker("S1", "Mr. Sergey Lavrov", "person"))
True
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Optional, Sequence, Union

from quotegraph.evaluate.brat import GoldArticle, Span
from quotegraph.evaluate.metrics import ArticleScore, Score
from quotegraph.model import Extraction, Speaker
from quotegraph.speakers.names import TITLES, fold

SOURCE_TYPES = ("name", "pronoun", "description", "none")
GOLD_KINDS = ("person", "organization", "group", "unnamed", "none")
UNNAMED = "unnamed: "
# Last words of bodies' names, where "Defense", "State" or "Foreign" is no title: "State
# Department", "Foreign Ministry".
_BODY_ENDS = {"ministry", "department", "office", "committee", "council", "commission", "agency",
              "court", "service", "administration"}


class SpeakerGoldError(ValueError):
    """A speaker gold file that cannot be read or does not fit its articles."""


@dataclass(frozen=True)
class GoldSpeaker:
    """The speaker of one gold attribution, found by its content fragments."""

    content: tuple[Span, ...]
    kind: str
    speaker: str
    source_type: str

    def __init__(self, content: Sequence[Span], kind: str, speaker: str, source_type: str):
        object.__setattr__(self, "content", tuple(tuple(s) for s in content))
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "speaker", speaker)
        object.__setattr__(self, "source_type", source_type)


def default_gold_path() -> Path:
    """The speaker gold shipped with the package: 35 PolNeAR dev articles."""
    return Path(str(resources.files("quotegraph") / "data" / "speakers-polnear-dev.json"))


def load_speaker_gold(path: Union[str, Path, None] = None) -> dict[str, list[GoldSpeaker]]:
    """Article name -> its gold speakers. Raises :class:`SpeakerGoldError` on a bad file."""
    path = Path(path) if path is not None else default_gold_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise SpeakerGoldError(f"{path}: cannot read the speaker gold ({error})") from error
    gold: dict[str, list[GoldSpeaker]] = {}
    for article in data.get("articles", []):
        rows = []
        for n, row in enumerate(article["attributions"], start=1):
            if row["kind"] not in GOLD_KINDS or row["source_type"] not in SOURCE_TYPES:
                raise SpeakerGoldError(f"{path}: {article['article']} row {n}: kind must be one of "
                                       f"{', '.join(GOLD_KINDS)} and source_type one of "
                                       f"{', '.join(SOURCE_TYPES)}")
            rows.append(GoldSpeaker(row["content"], row["kind"], row["speaker"], row["source_type"]))
        gold[article["article"]] = rows
    return gold


def name_words(name: str) -> list[str]:
    """Folded words of a name without titles, punctuation or a leading "the":
    ``Sen. Tim Kaine`` -> ``['tim', 'kaine']``. A body's name keeps the words that would be
    a title before a person's: ``Defense Ministry`` -> ``['defense', 'ministry']``."""
    words = fold(re.sub(r"['’]s\b", "", name)).replace("-", " ")   # (before fold drops "’")
    words = [w for w in re.sub(r"[^a-z0-9 ]", " ", words).split()]
    body = bool(words) and words[-1] in _BODY_ENDS
    while len(words) > 1 and (words[0] == "the" or words[0] in TITLES and not body):
        words = words[1:]
    return words


def same_speaker(gold: GoldSpeaker, predicted: Optional[Speaker]) -> bool:
    """Whether ``predicted`` is the speaker ``gold`` names (see the module docstring)."""
    if gold.kind == "none":
        return predicted is None
    if predicted is None:
        return False
    expected = name_words(gold.speaker[len(UNNAMED):] if gold.speaker.startswith(UNNAMED)
                          else gold.speaker)
    words = name_words(predicted.name)
    if not words or not expected:
        return False
    # A nickname the gold name gives in quotes may stand for the first name.
    firsts = {expected[0]} | {w for nick in re.findall(r'["“]([^"”]+)["”]', gold.speaker)
                              for w in name_words(nick)[:1]}
    if words[0] in firsts and words[-1] == expected[-1]:
        return True
    if gold.kind == "organization" and len(words) >= 2 and expected[-len(words):] == words:
        return True   # the article's short name: "Security Council" of "United Nations Security Council"
    if gold.kind in ("unnamed", "group") and predicted.kind in ("unnamed", "group"):
        return predicted.kind == gold.kind == "unnamed" or words[-1].rstrip("s") == expected[-1].rstrip("s")
    return False


@dataclass
class SpeakerSlice:
    """Counts for one source type (or overall): gold attributions, those whose content was
    found (``matched``), those with the right speaker too (``right``), and predictions."""

    gold: int = 0
    matched: int = 0
    right: int = 0
    predicted: Optional[int] = None   # counted overall only: predictions have no source type

    @property
    def accuracy(self) -> float:
        return self.right / self.matched if self.matched else 0.0

    @property
    def resolved(self) -> Score:
        """Speaker-resolved counts: a hit is a content match with the right speaker (by source
        type only recall means something: predictions are not counted there)."""
        return Score(tp=self.right, fn=self.gold - self.right, tp_pred=self.right,
                     fp=(self.predicted or self.right) - self.right)

    def to_dict(self) -> dict:
        resolved = self.resolved.to_dict()
        if self.predicted is None:
            resolved = {k: resolved[k] for k in ("tp", "fn", "recall")}
        return {"gold": self.gold, "matched": self.matched, "right": self.right,
                "accuracy": round(self.accuracy, 4), "resolved": resolved}


@dataclass
class SpeakerError:
    """A content match whose speaker is wrong: the gold and the predicted speaker."""

    article: str
    content: str
    gold: GoldSpeaker
    predicted: Optional[Speaker]


@dataclass
class SpeakerReport:
    """Speaker accuracy and speaker-resolved scores, overall and by gold source type, with
    the content-overlap score on the same articles to read them against."""

    articles: int = 0
    slices: dict[str, SpeakerSlice] = field(default_factory=lambda: {
        "overall": SpeakerSlice(predicted=0), **{k: SpeakerSlice() for k in SOURCE_TYPES}})
    content: Score = field(default_factory=Score)
    errors: list[SpeakerError] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"articles": self.articles, "content_overlap": self.content.to_dict(),
                **{k: s.to_dict() for k, s in self.slices.items()}}

    def format_table(self) -> str:
        lines = [f"speakers on {self.articles} articles with a speaker gold "
                 f"(content overlap F1 there: {100 * self.content.f1:.1f})",
                 f"{'source':<12} {'gold':>5} {'found':>6} {'right':>6} | {'accuracy':>8} | "
                 f"{'resolved P':>10} {'R':>5} {'F1':>5}"]
        for name, s in self.slices.items():
            r = s.resolved
            precision = f"{100 * r.precision:10.1f}" if name == "overall" else f"{'':>10}"
            f1 = f"{100 * r.f1:5.1f}" if name == "overall" else f"{'':>5}"
            lines.append(f"{name:<12} {s.gold:>5} {s.matched:>6} {s.right:>6} | "
                         f"{100 * s.accuracy:8.1f} | {precision} {100 * r.recall:5.1f} {f1}")
        return "\n".join(lines)


def score_speakers(gold: Sequence[GoldArticle], scores: Sequence[ArticleScore],
                   extractions: Sequence[Extraction],
                   speakers: dict[str, list[GoldSpeaker]]) -> SpeakerReport:
    """Score the speakers of ``extractions`` (``gold[i]``, ``scores[i]`` and
    ``extractions[i]`` are one article) on the articles ``speakers`` covers.

    Raises :class:`SpeakerGoldError` when a gold speaker's content is no gold attribution of
    its article (the gold file belongs to other texts).
    """
    report = SpeakerReport()
    for article, score, extraction in zip(gold, scores, extractions):
        rows = speakers.get(article.name)
        if rows is None:
            continue
        report.articles += 1
        by_content = {tuple(tuple(s) for s in a.content): n for n, a in enumerate(article.attributions)}
        predicted = {m.gold: m.predicted for m in score.matches}
        people = {s.id: s for s in extraction.speakers}
        report.content += score.content_overlap["overall"]
        report.slices["overall"].predicted += len(extraction.attributions)
        for row in rows:
            index = by_content.get(row.content)
            if index is None:
                raise SpeakerGoldError(f"{article.name}: the speaker gold names content "
                                       f"{list(row.content)}, which is no gold attribution there")
            found = predicted.get(index)
            attribution = extraction.attributions[found] if found is not None else None
            speaker = people.get(attribution.speaker_id) if attribution is not None else None
            right = attribution is not None and same_speaker(row, speaker)
            for name in ("overall", row.source_type):
                s = report.slices[name]
                s.gold += 1
                s.matched += attribution is not None
                s.right += right
            if attribution is not None and not right:
                report.errors.append(SpeakerError(article.name, attribution.content.text, row, speaker))
    return report

"""Score speakers on probe rounds: whole news articles written to test who said what, with
every attributed statement listed and who made it.

A probe round is a folder of articles (``NN-outlet-slug.txt``: the headline, a blank line, the
body in paragraphs) and ``gold.jsonl``, one line per attributed statement: ``file``;
``quote``, words copied from inside what was said, unique in the article; ``speaker``, the
fullest name the article gives whoever said it; ``aliases``, the other names the article gives
them. Rules (docs/speaker-probes.md): a report inside another's ("She said the minister had
told her that X") has the innermost speaker for X; a cue-less quote has whoever the reader
takes to have said it; a headline's claim has the one the headline gives it to; a statement by
someone the article never names is not listed.

The attribution judged for a quote is the innermost one whose content holds at least half of
the quote's characters. It is

* ``right`` where its speaker names the gold speaker: after case, accents, punctuation,
  titles and a leading "the" are set aside (:func:`~quotegraph.evaluate.speakers.name_words`),
  its words are those of the speaker or of an alias, or one holds the other's words in a row
  with a word that names (``Ministry of Energy`` of ``Ministry of Energy of Ukraine``, not
  ``ministry`` alone);
* ``wrong`` where it has another speaker, ``unresolved`` where it has none;
* ``missing`` where no attribution holds the quote.

>>> same_probe_speaker("Mr. Kenji Morimoto", ["Kenji Morimoto", "Morimoto"])
True
>>> same_probe_speaker("ministry", ["Ministry of Health, Labour and Welfare"])
False
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence, Union

from quotegraph.evaluate.speakers import name_words
from quotegraph.model import Attribution, Extraction

VERDICTS = ("right", "wrong", "unresolved", "missing")
# Words that name no one by themselves: a match on these alone is no match.
_GENERIC = {"ministry", "department", "office", "of", "for", "and", "the", "national", "state",
            "city", "company", "union", "council", "party", "group", "police", "minister",
            "president", "spokesman", "spokeswoman", "official", "officials"}


@dataclass(frozen=True)
class ProbeQuote:
    """One listed statement: ``quote`` lies at ``start:end`` of the article ``file``."""

    file: str
    quote: str
    speaker: str
    aliases: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class ProbeResult:
    """The verdict on one listed statement, with the attribution judged (None where missing)."""

    gold: ProbeQuote
    verdict: str
    attribution: Optional[Attribution]


class ProbeError(ValueError):
    """A probe round whose gold does not fit its articles."""


def load_probes(folder: Union[str, Path]) -> tuple[dict[str, str], list[ProbeQuote]]:
    """The articles of a probe round (file name -> text) and its listed statements, located.

    Raises :class:`ProbeError` for a quote that is not in its article."""
    folder = Path(folder)
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    quotes = []
    for number, line in enumerate((folder / "gold.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        g = json.loads(line)
        text = texts.get(g["file"])
        start = text.find(g["quote"]) if text is not None else -1
        if start < 0:
            raise ProbeError(f"{folder / 'gold.jsonl'}:{number}: {g['quote']!r} is not in {g['file']}")
        quotes.append(ProbeQuote(g["file"], g["quote"], g["speaker"], tuple(g.get("aliases", ())),
                                 start, start + len(g["quote"])))
    return texts, quotes


def same_probe_speaker(predicted: str, names: Sequence[str]) -> bool:
    """Whether the speaker name ``predicted`` is one of ``names`` (see the module docstring)."""
    words = name_words(predicted)
    for name in names:
        expected = name_words(name)
        if not words or not expected:
            continue
        if words == expected:
            return True
        short, long = (words, expected) if len(words) <= len(expected) else (expected, words)
        if set(short) - _GENERIC and any(long[i:i + len(short)] == short
                                         for i in range(len(long) - len(short) + 1)):
            return True
    return False


def judge(quote: ProbeQuote, attributions: Iterable[Attribution]) -> ProbeResult:
    """The verdict on ``quote`` given the attributions of its article."""
    held = []
    for a in attributions:
        covered = sum(max(0, min(e, quote.end) - max(s, quote.start)) for s, e in a.content.spans)
        if 2 * covered >= quote.end - quote.start:
            held.append((sum(e - s for s, e in a.content.spans), a.content.start, a))
    if not held:
        return ProbeResult(quote, "missing", None)
    attribution = min(held, key=lambda h: h[:2])[2]
    if attribution.speaker is None:
        return ProbeResult(quote, "unresolved", attribution)
    right = same_probe_speaker(attribution.speaker, [quote.speaker, *quote.aliases])
    return ProbeResult(quote, "right" if right else "wrong", attribution)


def score_probes(folder: Union[str, Path],
                 extract_many: Callable[[Iterable[tuple[str, str]]], Iterable[Extraction]]) -> list[ProbeResult]:
    """Every listed statement of the probe round in ``folder``, judged on the extractions
    ``extract_many`` (e.g. :meth:`quotegraph.Extractor.extract_many`) makes of its articles."""
    texts, quotes = load_probes(folder)
    found = {name: e.attributions for name, e in zip(texts, extract_many(list(texts.items())))}
    return [judge(q, found[q.file]) for q in quotes]


def verdicts(results: Iterable[ProbeResult]) -> Counter:
    """How many results have each verdict (every one of :data:`VERDICTS` present)."""
    counts = Counter(dict.fromkeys(VERDICTS, 0))
    counts.update(r.verdict for r in results)
    return counts

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
  ``ministry`` alone); a department or ministry named before its noun is also named as the
  "of" form writes it (``Agriculture Department``, ``Department of Agriculture``);
* ``wrong`` where it has another speaker, ``unresolved`` where it has none;
* ``missing`` where no attribution holds the quote.

>>> same_probe_speaker("Mr. Kenji Morimoto", ["Kenji Morimoto", "Morimoto"])
True
>>> same_probe_speaker("ministry", ["Ministry of Health, Labour and Welfare"])
False
>>> same_probe_speaker("The Agriculture Department", ["Department of Agriculture"])
True
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

from quotegraph.evaluate import ExtractModes
from quotegraph.evaluate.speakers import name_words
from quotegraph.model import Attribution

VERDICTS = ("right", "wrong", "unresolved", "missing")
# Words that name no one by themselves: a match on these alone is no match.
_GENERIC = {"ministry", "department", "office", "of", "for", "and", "the", "national", "state",
            "city", "company", "union", "council", "party", "group", "police", "minister",
            "president", "spokesman", "spokeswoman", "official", "officials"}
_DEPARTMENTS = {"ministry", "department"}


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
    return any(_same_words(words, expected) for words in _forms(predicted)
               for name in names for expected in _forms(name))


def _forms(name: str) -> list[list[str]]:
    """The words of ``name`` (:func:`~quotegraph.evaluate.speakers.name_words`), and for a
    department or ministry named before its noun, as the "of" form writes them: "Agriculture
    Department" is also "Department of Agriculture"."""
    words = name_words(name)
    if len(words) >= 2 and words[-1] in _DEPARTMENTS and "of" not in words:
        return [words, [words[-1], "of", *words[:-1]]]
    return [words]


def _same_words(words: list[str], expected: list[str]) -> bool:
    if not words or not expected:
        return False
    if words == expected:
        return True
    short, long = (words, expected) if len(words) <= len(expected) else (expected, words)
    return bool(set(short) - _GENERIC) and any(long[i:i + len(short)] == short
                                               for i in range(len(long) - len(short) + 1))


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


def score_rounds(folders: Sequence[Union[str, Path]],
                 extract_modes: ExtractModes) -> list[dict[str, list[ProbeResult]]]:
    """Every listed statement of the probe rounds in ``folders``, judged on what
    ``extract_modes`` makes of all their articles in one batch (ids ``ROUND/FILE``; per article,
    one extraction per mode, as :func:`quotegraph.pipeline.extract_modes` gives them): per mode,
    each round's results by its folder's name."""
    rounds = {Path(folder).name: load_probes(folder) for folder in folders}
    items = [(f"{name}/{file}", text) for name, (texts, _) in rounds.items() for file, text in texts.items()]
    found = dict(zip((id for id, _ in items), extract_modes(items)))
    modes = len(next(iter(found.values()), ()))
    return [{name: [judge(q, found[f"{name}/{q.file}"][mode].attributions) for q in quotes]
             for name, (_, quotes) in rounds.items()} for mode in range(modes)]


def verdicts(results: Iterable[ProbeResult]) -> Counter:
    """How many results have each verdict (every one of :data:`VERDICTS` present)."""
    counts = Counter(dict.fromkeys(VERDICTS, 0))
    counts.update(r.verdict for r in results)
    return counts

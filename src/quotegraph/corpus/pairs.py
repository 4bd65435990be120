"""Are two reports by one speaker the same statement? Features of a pair and the fitted model.

A pair of reports (contents of two attributions by the same canonical speaker) is described by
:data:`FEATURES`: how close their meanings are (cosine of sentence embeddings), how much of the
shorter one's wording the longer one holds (fuzzy partial ratio, content-word containment, the
verbatim rule of :mod:`quotegraph.corpus.clusters`), whether they share the numbers and names
that pin a claim down, how each is reported (direct quote or not) and how far apart they were
published. A logistic model over them (``data/statements.json``, fitted on the statement gold
by ``quotegraph train-statements``; numpy applies it) says whether they are the same statement;
a pair that passes the verbatim rule always is.

>>> a = Report("a", "We will build a wall on the southern border", "direct", "2016-08-01")
>>> b = Report("b", "He will build a wall along the southern border, Trump said", "indirect", "2016-08-03")
>>> f = pair_features(a, b, cosine=0.8)
>>> f["partial"] > 0.7, f["shared_numbers"], f["days"]
(True, 0.0, 0.14285714285714285)
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Optional, Union

import numpy as np
from rapidfuzz import fuzz

from quotegraph.corpus.clusters import MIN_SCORE, MIN_WORDS, normalize_words
from quotegraph.errors import ModelError

MODEL = "data/statements.json"
# The time window: reports further apart than this many days are never the same statement.
WINDOW_DAYS = 14
# Function words, which say nothing about which claim was made.
STOP_WORDS = frozenset("""a about after again all also am an and any are as at be been before
being but by can could did do does doing during each for from had has have having he her here
hers him his how i if in into is it it's its itself just let me more most my no nor not now of
off on once only or other our ours out over own said same says she should so some such than
that the their them then there these they this those through to too under until up very was we
were what when where which while who whom why will with would you your yours""".split())
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
# What precedes a word that opens a sentence: nothing, or an end mark, then spaces and quotes.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;])[\s\"“‘'(]*$")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve
twenty thirty forty fifty hundred thousand million billion trillion half percent""".split())
FEATURES = ("cosine", "partial", "containment", "verbatim", "shared_numbers", "numbers_differ",
            "shared_names", "names_differ", "both_direct", "one_direct", "days", "short")
# A report whose content words, at least this many, the other report all holds is the same
# statement whatever the model says ("separation of terrorists in Aleppo never happened" of
# "The separation of terrorists from the moderate opposition in Aleppo has never happened"): on
# the statement gold 10 of the 12 such pairs are the same statement, and the model joins all
# but one of them.
MIN_CONTAINED = 4


@dataclass(frozen=True)
class Report:
    """One attribution's content, how it was reported (``direct``, ``mixed``, ``indirect``)
    and its article's date (ISO, or None)."""

    key: str
    text: str
    kind: Optional[str] = None
    date: Optional[str] = None


def content_words(text: str) -> set[str]:
    """Normalised words that are not function words, of three letters or more.

    >>> sorted(content_words("We will NOT raise the taxes"))
    ['raise', 'taxes']
    """
    return {w for w in normalize_words(text) if len(w) > 2 and w not in STOP_WORDS}


def numbers(text: str) -> set[str]:
    """Numbers a text states, in digits (separators dropped) or as number words.

    >>> sorted(numbers("2,000 troops, not two hundred"))
    ['2000', 'hundred', 'two']
    """
    found = {m.group().rstrip(".").replace(",", "") for m in _NUMBER.finditer(text)}
    return found | {w for w in normalize_words(text) if w in _NUMBER_WORDS}


def names(text: str) -> set[str]:
    """Capitalised words that do not open a sentence (names, places, titles), folded; function
    words are left out.

    >>> sorted(names("Mexico will pay. He said Putin and Obama met in Paris"))
    ['obama', 'paris', 'putin']
    """
    found = set()
    for match in _CAPITALISED.finditer(text):
        if not _SENTENCE_START.search(text, 0, match.start()):
            word = normalize_words(match.group())
            if word and word[0] not in STOP_WORDS:
                found.add(word[0])
    return found


def days_apart(a: Optional[str], b: Optional[str]) -> Optional[int]:
    """Whole days between two ISO dates (``yyyy-mm-dd...``), None when either is missing."""
    if not a or not b:
        return None
    return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)


def pair_features(a: Report, b: Report, cosine: float) -> dict[str, float]:
    """The :data:`FEATURES` of a pair, ``cosine`` being that of their content embeddings.

    ``partial`` is rapidfuzz's partial ratio of the normalised words (0 to 1: the shorter one
    aligned with the best-matching part of the longer); ``containment`` the share of the
    shorter one's content words that the other has; ``verbatim`` 1 when the pair passes the
    verbatim clustering's test (both of at least ``MIN_WORDS`` words, partial ratio at least
    ``MIN_SCORE``); numbers and names count as shared when both state some and have one in
    common, and as differing when both state some and have none in common; ``days`` is the
    date gap over the window (0.5 when a date is missing); ``short`` is 1 over the shorter
    report's word count. Besides the features, ``contained`` is 1 when the other holds every
    content word of the one with fewer, and it has at least :data:`MIN_CONTAINED`.
    """
    wa, wb = normalize_words(a.text), normalize_words(b.text)
    partial = fuzz.partial_ratio(" ".join(wa), " ".join(wb)) / 100
    ca, cb = content_words(a.text), content_words(b.text)
    smaller = min(ca, cb, key=len)
    containment = len(ca & cb) / len(smaller) if smaller else 0.0
    na, nb = numbers(a.text), numbers(b.text)
    ea, eb = names(a.text), names(b.text)
    gap = days_apart(a.date, b.date)
    direct = [k == "direct" for k in (a.kind, b.kind)]
    return {"cosine": float(cosine), "partial": partial, "containment": containment,
            "verbatim": float(min(len(wa), len(wb)) >= MIN_WORDS and partial * 100 >= MIN_SCORE),
            "shared_numbers": float(bool(na & nb)),
            "numbers_differ": float(bool(na and nb and not na & nb)),
            "shared_names": float(bool(ea & eb)),
            "names_differ": float(bool(ea and eb and not ea & eb)),
            "both_direct": float(all(direct)), "one_direct": float(any(direct) and not all(direct)),
            "days": 0.5 if gap is None else min(gap, WINDOW_DAYS) / WINDOW_DAYS,
            "short": 1 / max(1, min(len(wa), len(wb))),
            "contained": float(len(smaller) >= MIN_CONTAINED and containment == 1.0)}


@dataclass
class PairModel:
    """A logistic model over :data:`FEATURES`: standardised with ``mean`` and ``scale``, then
    ``coef`` and ``intercept``; a pair is the same statement when its probability is at least
    ``threshold``. ``info`` records how it was fitted and scored."""

    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float
    info: dict

    @classmethod
    def load(cls, path: Union[str, Path, None] = None) -> "PairModel":
        """The shipped model, or one written by ``quotegraph train-statements --out PATH``."""
        if path is None:
            path = Path(str(resources.files("quotegraph").joinpath(MODEL)))
        try:
            data = json.loads(Path(path).read_text("utf-8"))
        except (OSError, ValueError) as error:
            raise ModelError(f"cannot read the statement pair model {path}: {error}; fit one"
                             f" with 'quotegraph train-statements'") from error
        if tuple(data["features"]) != FEATURES:
            raise ModelError(f"{path} was fitted on features {data['features']}, this version"
                             f" computes {list(FEATURES)}: fit it again with 'quotegraph train-statements'")
        return cls(FEATURES, np.array(data["mean"]), np.array(data["scale"]),
                   np.array(data["coef"]), float(data["intercept"]), float(data["threshold"]),
                   data.get("info", {}))

    def to_dict(self) -> dict:
        return {"features": list(self.features), "mean": self.mean.tolist(),
                "scale": self.scale.tolist(), "coef": self.coef.tolist(),
                "intercept": self.intercept, "threshold": self.threshold, "info": self.info}

    def probabilities(self, rows: list[dict[str, float]]) -> np.ndarray:
        """The probability that each pair (its :func:`pair_features`) is one statement."""
        if not rows:
            return np.zeros(0)
        x = np.array([[row[f] for f in self.features] for row in rows])
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1 / (1 + np.exp(-z))

    def same(self, rows: list[dict[str, float]], probabilities: Optional[np.ndarray] = None) -> np.ndarray:
        """Whether each pair is one statement: the verbatim rule, one report's words all in
        the other (``contained``), or the model (``probabilities``: theirs, where the caller
        has them)."""
        ruled = np.array([row["verbatim"] == 1.0 or row["contained"] == 1.0 for row in rows], dtype=bool)
        if probabilities is None:
            probabilities = self.probabilities(rows)
        return ruled | (probabilities >= self.threshold)

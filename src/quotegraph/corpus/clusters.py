"""The same quote across articles and outlets: near-duplicate detection and alteration flags.

Candidates come from MinHash LSH over *windows* of :data:`WINDOW` consecutive words (every
:data:`STEP` words), not over whole quotes: a quote trimmed by one outlet shares whole windows
with the full quote even though the two quotes' shingle sets are far apart, and a changed word
only spoils the windows it falls in. Candidates are verified with rapidfuzz's ``partial_ratio`` on
the normalised words (a trimmed quote aligns with a substring of the full one) and joined with a
union-find that never puts two different known speakers in one cluster.

A member is *altered* when, after dropping the words one side has beyond the other's start or end
(trimming, by either side), the word sequences still differ: a word inside the shared stretch was
replaced, added or dropped (dropping "not" is an alteration). Case, punctuation and accents are
not wording.

>>> clusters = cluster_quotes([
...     QuoteRecord("a1/A1", "We will never accept the annexation of Crimea", "2016-01-02", "nyt"),
...     QuoteRecord("a2/A4", "we will never accept the annexation", "2016-01-03", "politico")])
>>> [(c.members, c.outlets, c.altered) for c in clusters]
[(['a1/A1', 'a2/A4'], ['nyt', 'politico'], {})]
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Iterable, Optional

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from quotegraph.corpus.speakers import fold

SHINGLE = 3
WINDOW = 8
STEP = 2
# partial_ratio (0-100) a candidate pair needs: the shorter quote, aligned with the best part of
# the longer one, differs in at most about one character in seven.
MIN_SCORE = 85.0
# MinHash size, LSH Jaccard threshold and shortest quote clustered (the Spark job uses them too).
NUM_PERM = 64
THRESHOLD = 0.5
MIN_WORDS = 5
_WORD = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
# A word as printed, with the marks around it (wording_diff).
_PRINTED = re.compile(r"\S+")


@dataclass(frozen=True)
class QuoteRecord:
    """One attribution's content, with where and when it appeared."""

    key: str
    text: str
    date: Optional[str]
    outlet: Optional[str]
    speaker: Optional[str] = None
    kind: Optional[str] = None   # direct, mixed or indirect (statement clusters read it)


@dataclass
class Cluster:
    """Quotes that are the same words, earliest first; ``canonical`` is the earliest member."""

    id: str
    members: list[str]
    first_seen: Optional[str]
    outlets: list[str]
    canonical: str
    altered: dict[str, list] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"id": self.id, "members": list(self.members), "first_seen": self.first_seen,
                "outlets": list(self.outlets), "canonical": self.canonical,
                "altered": {k: [list(op) for op in v] for k, v in self.altered.items()}}


def words(text: str) -> list[str]:
    """Display words of a quote: ``“We’re ready,” he said`` -> ``["We're", "ready", "he", "said"]``."""
    return _WORD.findall(text.replace("’", "'").replace("‘", "'"))


def normalize_words(text: str) -> list[str]:
    """Lower-case ASCII words, the form quotes are compared in: ``Łódź`` -> ``lodz``; a word
    with no ASCII letter stays as it is."""
    return [_fold(word) for word in words(text)]


def _fold(word: str) -> str:
    return fold(word) or word


@lru_cache(maxsize=None)
def _template(num_perm: int) -> MinHash:
    # Drawing the permutations is the costly part of a MinHash: draw them once per size.
    return MinHash(num_perm=num_perm)


def _minhash_words(tokens: list[str], num_perm: int) -> MinHash:
    template = _template(num_perm)
    sketch = MinHash(num_perm=num_perm, permutations=template.permutations,
                     scheme=template.scheme)
    shingles = [" ".join(tokens[i:i + SHINGLE]) for i in range(max(1, len(tokens) - SHINGLE + 1))]
    sketch.update_batch([s.encode("utf-8") for s in shingles])
    return sketch


def minhash(text: str, num_perm: int = NUM_PERM) -> MinHash:
    """MinHash of a quote's 3-word shingles of normalised words (a shorter quote is one shingle).

    >>> minhash("We will win").jaccard(minhash("we WILL win!"))
    1.0
    """
    return _minhash_words(normalize_words(text), num_perm)


def window_minhashes(text: str, num_perm: int = NUM_PERM) -> list[MinHash]:
    """The blocking sketches of a quote: one MinHash per window of ``WINDOW`` words, every ``STEP``
    words, the last window ending at the last word. A quote of at most ``WINDOW`` words has one."""
    return _window_minhashes(normalize_words(text), num_perm)


def _window_minhashes(tokens: list[str], num_perm: int) -> list[MinHash]:
    starts = list(range(0, max(1, len(tokens) - WINDOW + 1), STEP))
    if starts[-1] + WINDOW < len(tokens):
        starts.append(len(tokens) - WINDOW)
    return [_minhash_words(tokens[s:s + WINDOW], num_perm) for s in starts]


def word_diff(a: str, b: str) -> list[tuple[str, str]]:
    """Word-level diff from ``a`` to ``b``, compared case- and punctuation-blind.

    >>> word_diff("we will not back down", "We will back down now")
    [('equal', 'we will'), ('delete', 'not'), ('equal', 'back down'), ('insert', 'now')]
    """
    wa, wb = words(a), words(b)
    ops = []
    for tag, i1, i2, j1, j2 in _opcodes([_fold(w) for w in wa], [_fold(w) for w in wb]):
        if tag in ("equal", "delete", "replace"):
            ops.append(("equal" if tag == "equal" else "delete", " ".join(wa[i1:i2])))
        if tag in ("insert", "replace"):
            ops.append(("insert", " ".join(wb[j1:j2])))
    return ops


def wording_diff(earliest: str, wording: str) -> list[list[str]]:
    """Word diff from ``earliest`` to ``wording`` as they were printed: words are compared
    case-, accent- and punctuation-blind (as clusters are made), and shown with their marks,
    equal runs as ``wording`` prints them (:func:`word_diff` shows bare words).

    >>> wording_diff('"We will keep its berth," she said', '"We will keep their berth."')
    [['equal', '"We will keep'], ['delete', 'its'], ['insert', 'their'], ['equal', 'berth."'], ['delete', 'she said']]
    """
    old, new = _PRINTED.findall(earliest), _PRINTED.findall(wording)

    def keys(tokens):
        return [" ".join(normalize_words(t)) or t for t in tokens]

    ops = []
    for tag, i1, i2, j1, j2 in _opcodes(keys(old), keys(new)):
        if tag == "equal":
            ops.append(["equal", " ".join(new[j1:j2])])
        if tag in ("delete", "replace"):
            ops.append(["delete", " ".join(old[i1:i2])])
        if tag in ("insert", "replace"):
            ops.append(["insert", " ".join(new[j1:j2])])
    return ops


def _opcodes(a: list[str], b: list[str]):
    return SequenceMatcher(None, a, b, autojunk=False).get_opcodes()


def is_altered(canonical: list[str], member: list[str]) -> bool:
    """Whether two normalised word sequences differ beyond trimming at either end."""
    ops = _opcodes(canonical, member)
    while ops and ops[0][0] != "equal":
        ops.pop(0)
    while ops and ops[-1][0] != "equal":
        ops.pop()
    return not ops or any(tag != "equal" for tag, *_ in ops)


def cluster_quotes(records: Iterable[QuoteRecord], threshold: float = THRESHOLD,
                   min_words: int = MIN_WORDS) -> list[Cluster]:
    """Group the records that quote the same words; only clusters of two or more are returned.

    ``threshold`` is the Jaccard similarity of window shingles at which LSH proposes a pair;
    quotes of fewer than ``min_words`` words are skipped. The result is sorted by cluster id and
    does not depend on the order of ``records``.
    """
    quotes = sorted(records, key=lambda r: r.key)
    keys = [q.key for q in quotes]
    if len(set(keys)) != len(keys):
        duplicate = next(k for k, n in zip(keys, keys[1:]) if k == n)
        raise ValueError(f"quote record key {duplicate!r} occurs twice")
    normalised = {q.key: normalize_words(q.text) for q in quotes}
    quotes = [q for q in quotes if len(normalised[q.key]) >= min_words]
    pairs = candidate_pairs([normalised[q.key] for q in quotes], threshold)
    scored = []
    for a, b in pairs:
        qa, qb = quotes[a], quotes[b]
        if qa.speaker and qb.speaker and qa.speaker != qb.speaker:
            continue
        score = fuzz.partial_ratio(" ".join(normalised[qa.key]), " ".join(normalised[qb.key]))
        if score >= MIN_SCORE:
            scored.append((-score, a, b))
    # Best pairs first, so a pair that would join two known speakers loses to better evidence.
    parent = list(range(len(quotes)))
    speaker = [q.speaker for q in quotes]

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, a, b in sorted(scored):
        ra, rb = find(a), find(b)
        if ra == rb or (speaker[ra] and speaker[rb] and speaker[ra] != speaker[rb]):
            continue
        root, child = min(ra, rb), max(ra, rb)
        parent[child] = root
        speaker[root] = speaker[root] or speaker[child]
    groups: dict[int, list[QuoteRecord]] = {}
    for i, quote in enumerate(quotes):
        groups.setdefault(find(i), []).append(quote)
    clusters = [_cluster(members, normalised) for members in groups.values() if len(members) > 1]
    return sorted(clusters, key=lambda c: c.id)


def candidate_pairs(quotes: list[list[str]], threshold: float) -> set[tuple[int, int]]:
    """Index pairs ``(i, j)``, ``i < j``, of quotes (normalised words) that share a window LSH
    finds similar."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sketches = []
    for i, tokens in enumerate(quotes):
        for w, sketch in enumerate(_window_minhashes(tokens, NUM_PERM)):
            lsh.insert((i, w), sketch)
            sketches.append((i, sketch))
    pairs = set()
    for i, sketch in sketches:
        for j, _ in lsh.query(sketch):
            if i < j:
                pairs.add((i, j))
    return pairs


def _cluster(members: list[QuoteRecord], normalised: dict[str, list[str]]) -> Cluster:
    # An undated quote counts as seen after every dated one.
    members = sorted(members, key=lambda q: (q.date is None, q.date or "", q.key))
    canonical = members[0]
    outlets = list(dict.fromkeys(q.outlet for q in members if q.outlet))
    altered = {q.key: word_diff(canonical.text, q.text) for q in members[1:]
               if is_altered(normalised[canonical.key], normalised[q.key])}
    dates = [q.date for q in members if q.date]
    return Cluster(id="c-" + hashlib.sha1(canonical.key.encode("utf-8")).hexdigest()[:12],
                   members=[q.key for q in members], first_seen=min(dates) if dates else None,
                   outlets=outlets, canonical=canonical.key, altered=altered)

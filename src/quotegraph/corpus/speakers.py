"""One canonical speaker across articles, from the speakers each article resolved on its own.

Records are blocked by ``(kind, blocking_key(name, kind))`` and only compared inside a block, so
the work is near-linear in the number of records and a Spark job can shuffle on the same key.
Inside a person block (one surname):

* full names (a given name, or an alias-file entry) merge when their first given names match
  after ASCII folding and a few transliteration rules (``Sergey``/``Sergei``/``Serguei``,
  ``Aleksandr``/``Alexander``, ``Yuri``/``Yuriy``, ``Mohammed``/``Muhammad``) with a Jaro-Winkler
  similarity of at least :data:`GIVEN_NAME_SIMILARITY` and the same first letter, and carry the
  same suffix (``Donald Trump Jr.`` is not ``Donald Trump``); leading titles are stripped first
  (``Russian Foreign Minister Sergey Lavrov`` -> ``Sergey Lavrov``, role kept);
* a bare surname (``Mr. Lavrov``) or an initial (``J. Lavrov``) joins a full-name speaker only on
  unambiguous evidence: it is the only compatible one in the block; else, among those sharing a
  role word with the record, the one with the most records; else, among those named by the same
  outlet, the one with the most records in that outlet. A tie or no evidence leaves it with the
  other unresolved bare mentions of that surname, as a speaker of its own (``p:clinton``).

Organisations and groups merge on their normalised name (case, accents, punctuation and a
leading "the" ignored: ``The Kremlin`` == ``Kremlin``). Unnamed speakers ("a source") never merge.

>>> ids = canonicalize([SpeakerRecord("a1/S1", "Sergey Lavrov", "person"),
...                     SpeakerRecord("a2/S1", "Mr. Lavrov", "person")])
>>> sorted({c.id for c in ids.values()})
['p:sergey-lavrov']
"""
from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Optional

from rapidfuzz.distance import JaroWinkler

from quotegraph.errors import QuotegraphError
from quotegraph.speakers.names import PersonName, fold, parse_person

GIVEN_NAME_SIMILARITY = 0.9
_ROLE_STOPWORDS = {"the", "of", "a", "an", "and", "for", "to", "in", "on", "at", "former",
                   "then", "current", "s", "u", "mr", "mrs", "ms", "miss", "mx"}
_PREFIX = {"person": "p", "organization": "o", "group": "g", "unnamed": "u"}


class AliasError(QuotegraphError, ValueError):
    """An alias file is missing or has a malformed row."""


@dataclass(frozen=True)
class SpeakerRecord:
    """One speaker of one article, as the article's own resolution named it."""

    key: str
    name: str
    kind: str
    roles: tuple[str, ...] = ()
    outlet: Optional[str] = None


@dataclass(frozen=True)
class Canonical:
    """The speaker a record belongs to across the corpus."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind,
                "aliases": list(self.aliases), "roles": list(self.roles)}


def normalize_org(name: str) -> str:
    """``The U.S. State Department`` -> ``us state department``."""
    text = fold(name).replace("&", " and ")
    text = re.sub(r"[.'’`]", "", text)
    text = " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())
    return re.sub(r"^the ", "", text)


def blocking_key(name: str, kind: str) -> str:
    """The key records are compared within: the folded surname for people, else the name.

    >>> blocking_key("Russian Foreign Minister Sergey Lavrov", "person")
    'lavrov'
    >>> blocking_key("The Kremlin", "organization")
    'kremlin'
    """
    if kind == "person":
        return parse_person(name).surname
    return normalize_org(name)


def load_aliases(path) -> dict[str, str]:
    """Read a CSV file with the header ``alias,canonical``: alias name -> canonical name.

    Raises :class:`AliasError` (a ``ValueError``) naming the file and line of a bad row.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise AliasError(f"{path}: cannot read the alias file ({error.strerror})") from error
    rows = csv.reader(text.splitlines())
    header = next(rows, None)
    if header is None or [h.strip().lower() for h in header] != ["alias", "canonical"]:
        raise AliasError(f"{path}:1: the first line must be the header 'alias,canonical'")
    aliases: dict[str, str] = {}
    for line, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != 2 or not row[0].strip() or not row[1].strip():
            raise AliasError(f"{path}:{line}: expected two non-empty columns 'alias,canonical', "
                             f"got {row!r}")
        alias, canonical = (" ".join(cell.split()) for cell in row)
        if aliases.get(alias, canonical) != canonical:
            raise AliasError(f"{path}:{line}: alias {alias!r} already maps to "
                             f"{aliases[alias]!r}; keep one row for it")
        aliases[alias] = canonical
    return aliases


def canonicalize(records: Iterable[SpeakerRecord],
                 aliases: Optional[Mapping[str, str]] = None) -> dict[str, Canonical]:
    """Map every record key to its canonical speaker; the result does not depend on input order.

    ``aliases`` maps a name (compared ignoring case and spacing) to the canonical name it must
    take: the record skips the automatic decision and joins the speaker of that name.
    """
    forced = alias_targets(aliases)
    blocks: dict[tuple[str, str], list[tuple[SpeakerRecord, str, bool]]] = defaultdict(list)
    result: dict[str, Canonical] = {}
    seen: set[str] = set()
    for record in sorted(records, key=lambda r: r.key):
        if record.key in seen:
            raise ValueError(f"speaker record key {record.key!r} occurs twice")
        seen.add(record.key)
        target = aliased(record.name, forced)
        name = target or record.name
        if record.kind == "unnamed":
            result[record.key] = _canonical("u", record.key, record.kind, [(record, name)])
            continue
        blocks[(record.kind, blocking_key(name, record.kind))].append(
            (record, name, target is not None))
    for (kind, key), block in blocks.items():
        groups = _person_groups(block) if kind == "person" \
            else [[(r, n) for r, n, _ in block]]
        for members in groups:
            name = _canonical_name(members, kind, set(forced.values()))
            # An organisation's id is its normalised name, so "The Kremlin" is o:kremlin.
            speaker = _canonical(_PREFIX.get(kind, kind[:1]), name if kind == "person" else key,
                                 kind, members, name)
            for record, _ in members:
                result[record.key] = speaker
    return result


def alias_targets(aliases: Optional[Mapping[str, str]]) -> dict[str, str]:
    """``aliases`` ready for :func:`aliased`: keys compared ignoring case and spacing."""
    return {_alias_key(alias): " ".join(target.split()) for alias, target in (aliases or {}).items()}


def aliased(name: str, targets: Mapping[str, str]) -> Optional[str]:
    """The canonical name an alias gives ``name`` (``targets`` from :func:`alias_targets`), or
    None; :func:`canonicalize` blocks such a record by that name.

    >>> aliased("PUTIN", alias_targets({"Putin": "Vladimir Putin"}))
    'Vladimir Putin'
    """
    return targets.get(_alias_key(name))


def _alias_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _person_groups(block) -> list[list[tuple[SpeakerRecord, str]]]:
    """Split one surname block into speakers (see the module docstring for the rules)."""
    parsed = [(record, name, forced, parse_person(name)) for record, name, forced in block]
    # Union-find over distinct (given key, suffix) pairs: few per surname, so pairwise is cheap.
    full_keys = sorted({(p.given, p.suffix) for _, _, forced, p in parsed if p.given})
    parent = {key: key for key in full_keys}

    def find(key):
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for i, a in enumerate(full_keys):
        for b in full_keys[i + 1:]:
            if a[1] == b[1] and a[0][0] == b[0][0] \
                    and JaroWinkler.similarity(a[0], b[0]) >= GIVEN_NAME_SIMILARITY:
                parent[max(find(a), find(b))] = min(find(a), find(b))
    groups: dict[tuple, list] = defaultdict(list)
    partial = []
    for record, name, forced, p in parsed:
        if p.given:
            groups[find((p.given, p.suffix))].append((record, name, p))
        elif forced:      # an alias to a bare surname keeps it out of the full names
            groups[("", p.surname)].append((record, name, p))
        else:
            partial.append((record, name, p))
    full = {key: members for key, members in groups.items() if key[0]}
    for record, name, p in partial:
        key = _attach(record, p, full)
        groups[key if key else ("", p.surname)].append((record, name, p))
    return [[(r, n) for r, n, _ in groups[key]] for key in sorted(groups)]


def _attach(record: SpeakerRecord, name: PersonName, full: dict) -> Optional[tuple]:
    """The full-name speaker a bare surname or an initial refers to, if the evidence is clear."""
    candidates = [key for key, members in sorted(full.items())
                  if key[1] == name.suffix
                  and (not name.initial or members[0][2].initial == name.initial)]
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    words = _role_words(record.roles + ((name.title,) if name.title else ()))
    scored = [(len(full[key]), key) for key in candidates
              if words & _role_words(tuple(role for r, _, p in full[key]
                                           for role in r.roles + (p.title,)))]
    if not scored and record.outlet:
        scored = [(sum(r.outlet == record.outlet for r, _, _ in full[key]), key)
                  for key in candidates]
        scored = [(count, key) for count, key in scored if count]
    if not scored:
        return None
    best = max(count for count, _ in scored)
    winners = [key for count, key in scored if count == best]
    return winners[0] if len(winners) == 1 else None


def _role_words(roles: tuple[str, ...]) -> set[str]:
    return {w for role in roles for w in re.findall(r"[a-z]+", fold(role))
            if w not in _ROLE_STOPWORDS}


def _canonical_name(members, kind: str, targets: set[str]) -> str:
    """An alias-file target if one names the speaker, else the most frequent full form
    (ties: the longest, then alphabetical)."""
    if kind == "person":
        forms = Counter(parse_person(name).display for _, name in members)
        full = Counter({form: n for form, n in forms.items() if parse_person(form).given})
        forms = full or forms
    else:
        forms = Counter(" ".join(name.split()) for _, name in members)
    named = sorted(form for form in forms if form in targets)
    if named:
        return named[0]
    return min(forms, key=lambda form: (-forms[form], -len(form), form))


def _canonical(prefix: str, slug_source: str, kind: str, members, name: Optional[str] = None):
    name = name or members[0][1]
    slug = re.sub(r"[^a-z0-9]+", "-", fold(slug_source)).strip("-") or "unknown"
    roles = Counter(role for record, _ in members for role in record.roles)
    if kind == "person":
        roles.update(t for _, n in members if (t := parse_person(n).title))
    return Canonical(id=f"{prefix}:{slug}", name=name, kind=kind,
                     aliases=tuple(sorted({" ".join(r.name.split()) for r, _ in members})),
                     roles=tuple(sorted(roles, key=lambda role: (-roles[role], role))))

"""Read PolNeAR-style brat standoff annotations as gold attributions.

A gold directory holds ``text/NAME.txt`` and ``attributions/NAME_ANNOTATOR.ann``. Each ``E``
line of an ``.ann`` file is one attribution whose roles point at ``T`` spans::

    T1	Source 89 106	The New York Post
    T2	Cue 107 114	reports
    T3	Content 115 290	that Hillary ...
    T4	Attribution 107 114	reports
    E1	Attribution:T4 Content:T3 Cue:T2 Source:T1

Example::

    >>> articles = load_gold("data/polnear/dev")           # doctest: +SKIP
    >>> a = articles[0].attributions[0]                      # doctest: +SKIP
    >>> articles[0].text[a.source[0][0]:a.source[0][1]]      # doctest: +SKIP
    'The New York Post'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

from quotegraph.errors import AnnotationError

Span = tuple[int, int]

# A brat record starts with an id and a tab; any other line continues the previous record,
# because brat writes an annotated string that contains a newline verbatim.
_RECORD_START = re.compile(r"(?:[TERAMN]\d+|#\d*|\*)\t")
ROLES = ("content", "source", "cue")


@dataclass
class GoldAttribution:
    """One annotated attribution; each role is a sorted list of ``(start, end)`` fragments.

    A role is empty when the annotator left it out (e.g. ``Attribution-no-source``).
    """

    content: list[Span]
    source: list[Span]
    cue: list[Span]
    id: str = ""


@dataclass
class GoldArticle:
    """An article text with its gold attributions; offsets index :attr:`text`.

    :attr:`attributions` are the first annotator's (the first ``.ann`` file in sorted order);
    :attr:`other_annotators` holds each further annotator's, in file order (empty for an
    article annotated once), to measure how far people agree (see
    :func:`quotegraph.evaluate.metrics.agreement`).
    """

    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)
    other_annotators: list[list[GoldAttribution]] = field(default_factory=list)


@dataclass
class TextBound:
    """A ``T`` line: label, fragments and the string brat stored for them."""

    label: str
    spans: list[Span]
    text: str


def load_gold(directory: Union[str, Path]) -> list[GoldArticle]:
    """Load every annotated article of a gold directory, sorted by name.

    Articles with several annotator files are scored on the first file in sorted order; the
    others are kept in :attr:`GoldArticle.other_annotators`. Texts with no
    ``.ann`` file are left out (see :func:`unannotated`), since reading them as "no
    attributions" would count every prediction in them as a false alarm.
    """
    articles = []
    for txt, ann_files in _pair_files(directory):
        if not ann_files:
            continue
        text = _read(txt)
        first, *others = (parse_ann(_read(ann), source=ann) for ann in ann_files)
        articles.append(GoldArticle(txt.stem, text, first, others))
    return articles


def unannotated(directory: Union[str, Path]) -> list[str]:
    """Names of the texts in a gold directory that have no ``.ann`` file."""
    return [txt.stem for txt, ann_files in _pair_files(directory) if not ann_files]


def parse_ann(content: str, source: Union[str, Path] = "<string>") -> list[GoldAttribution]:
    """Parse the text of one ``.ann`` file into attributions, in file order.

    ``Discard``/``Discuss`` spans and ``A``/``R``/``#`` lines are ignored; role names are
    matched by prefix so ``Content2`` counts as content. An ``E`` line with no content is
    skipped (a handful in PolNeAR): there is nothing to match a prediction against.

    >>> parse_ann("T1\\tCue 4 8\\tsaid\\nT2\\tContent 0 3\\tYes\\n"
    ...           "E1\\tAttribution:T1 Content:T2 Cue:T1\\n")
    [GoldAttribution(content=[(0, 3)], source=[], cue=[(4, 8)], id='E1')]
    """
    bounds = text_bounds(content, source)
    attributions = []
    for record in _records(content):
        if not record.startswith("E"):
            continue
        event_id, _, args = record.partition("\t")
        roles: dict[str, list[Span]] = {role: [] for role in ROLES}
        # The first argument is the trigger (Attribution:T4); the rest are the roles.
        for arg in args.split()[1:]:
            role_name, _, ref = arg.partition(":")
            role = next((r for r in ROLES if role_name.lower().startswith(r)), None)
            if role is None:
                continue
            if ref not in bounds:
                raise AnnotationError(
                    f"{source}: {event_id} refers to {ref}, which has no T line; "
                    "fix or remove that role in the .ann file")
            roles[role].extend(bounds[ref].spans)
        if not roles["content"]:
            continue
        attributions.append(GoldAttribution(
            sorted(roles["content"]), sorted(roles["source"]), sorted(roles["cue"]), event_id))
    return attributions


def text_bounds(content: str, source: Union[str, Path] = "<string>") -> dict[str, TextBound]:
    """The ``T`` lines of an ``.ann`` file by id.

    >>> text_bounds("T1\\tCue 4 8\\tsaid\\n")
    {'T1': TextBound(label='Cue', spans=[(4, 8)], text='said')}
    """
    bounds = {}
    for record in _records(content):
        if not record.startswith("T"):
            continue
        try:
            tid, label_spans, text = record.split("\t", 2)
            label, _, offsets = label_spans.partition(" ")
            spans = [(int(s), int(e)) for s, e in
                     (fragment.split() for fragment in offsets.split(";"))]
        except ValueError as exc:
            raise AnnotationError(
                f"{source}: cannot read the T line {record[:60]!r}; expected "
                "'T<n><TAB>Label START END[;START END]<TAB>text'") from exc
        bounds[tid] = TextBound(label, spans, text)
    return bounds


def _records(content: str) -> list[str]:
    records: list[str] = []
    for line in content.split("\n"):
        if _RECORD_START.match(line) or not records:
            records.append(line)
        else:
            records[-1] += "\n" + line
    # Drop the empty tail left by the file's final newline (kept above as a continuation).
    return [r.rstrip("\n") for r in records if r.strip()]


def _pair_files(directory: Union[str, Path]) -> list[tuple[Path, list[Path]]]:
    """Each text file, sorted, with its annotator files, sorted."""
    directory = Path(directory)
    text_dir, ann_dir = directory / "text", directory / "attributions"
    missing = [d.name + "/" for d in (text_dir, ann_dir) if not d.is_dir()]
    if missing:
        raise AnnotationError(
            f"{directory} lacks {' and '.join(missing)}; a gold directory must hold "
            "text/NAME.txt and attributions/NAME_ANNOTATOR.ann (e.g. data/polnear/dev)")
    by_name: dict[str, list[Path]] = {}
    for ann in ann_dir.glob("*.ann"):
        # NAME itself may contain "_"; the annotator id after the last "_" never does.
        by_name.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    return [(txt, sorted(by_name.get(txt.stem, []))) for txt in sorted(text_dir.glob("*.txt"))]


def _read(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters, so brat offsets stay exact
    # (Path.read_text only takes newline= from Python 3.13).
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()

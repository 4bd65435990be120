"""Turn a file (or stdin) into a :class:`Document`: the exact text to analyse plus warnings.

Plain text is decoded as UTF-8 (a BOM is dropped, ``\\r\\n`` and lone ``\\r`` become ``\\n``,
undecodable bytes become U+FFFD with a warning).  HTML -- recognised by its extension or by
``<!doctype html`` / ``<html`` near the start -- goes through trafilatura, and the article text
is ``title + "\\n" + main text``, one paragraph per line, so the headline sits on the first line
as in our plain-text convention. Script, style, template and noscript elements are dropped
first, so their code never reaches headline or body; a page too short for trafilatura keeps
its own headings and paragraphs; a body that comes out doubled is kept once.  Every offset
quotegraph reports indexes ``Document.text``.

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "story.txt"
>>> _ = path.write_bytes(b"Headline\\r\\nBody line.\\r\\n")
>>> read_document(path).text
'Headline\\nBody line.\\n'
"""
from __future__ import annotations

import os
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.utils import decode_file, load_html

from quotegraph.errors import InputError

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SNIFF_BYTES = 8192
# Control bytes that never occur in real text; tab, newlines, form feed and ESC are tolerated.
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b") + b"\x7f"
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL)
# Share of control bytes above which a NUL-free file is still treated as binary.
MAX_CONTROL_SHARE = 0.10
_REPLACEMENT_UTF8 = "\ufffd".encode()


@dataclass
class Document:
    """One input, ready to analyse.

    ``metadata`` always has ``source_path``; for HTML it also has whichever of ``title``,
    ``url``, ``date``, ``sitename`` and ``author`` trafilatura found.
    """

    id: str
    text: str
    warnings: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)


def read_document(path: str | os.PathLike) -> Document:
    """Read ``path`` (``"-"`` for stdin) as plain text or HTML.

    Raises :class:`InputError` for a missing or unreadable path, a binary file, or HTML with
    no article text; an empty file or bad UTF-8 only adds a warning.
    """
    if str(path) == "-":
        label, doc_id, suffix = "<stdin>", "stdin", ""
        data = sys.stdin.buffer.read()
    else:
        file = Path(path)
        label, doc_id, suffix = str(file), file.stem, file.suffix.lower()
        try:
            data = file.read_bytes()
        except OSError as err:
            raise InputError(f"{label}: cannot read file ({err.strerror or err})") from err

    return read_bytes(data, label, doc_id, html=suffix in HTML_SUFFIXES or None)


def read_bytes(data: bytes, label: str, id: str, html: bool | None = None) -> Document:
    """:func:`read_document` for bytes already in memory (a WARC payload, say).

    ``html=None`` sniffs the bytes for HTML; ``True`` always takes the HTML path. ``label``
    names the input in messages and ``metadata["source_path"]``.

    >>> read_bytes(b"<html><body><h1>Hi</h1><p>A long enough paragraph of text.</p></body></html>",
    ...            "page", "page", html=True).text
    'Hi\\nA long enough paragraph of text.'
    """
    doc = Document(id=id, text="", metadata={"source_path": label})
    if _looks_binary(data[:SNIFF_BYTES]):
        raise InputError(f"{label}: looks like a binary file (not text or HTML); skipped")
    if data and not data.isspace() and (html or (html is None and _sniffs_html(data))):
        _read_html(data, label, doc)
    else:
        doc.text = _decode_text(data, label, doc.warnings)
    if not doc.text or doc.text.isspace():
        doc.text = ""
        doc.warnings.append(f"{label}: empty file, no attributions")
    return doc


def _looks_binary(sample: bytes) -> bool:
    if b"\x00" in sample:
        return True
    control = len(sample.translate(None, _NOT_CONTROL))
    return control > MAX_CONTROL_SHARE * len(sample)


def _sniffs_html(data: bytes) -> bool:
    head = data[:1024].lower()
    return b"<!doctype html" in head or b"<html" in head


def _decode_text(data: bytes, label: str, warnings_: list[str]) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", errors="replace")
        # U+FFFD characters that were already in the file are not replacements.
        replaced = text.count("\ufffd") - data.count(_REPLACEMENT_UTF8)
        warnings_.append(f"{label}: invalid UTF-8 replaced with U+FFFD at {replaced} places")
    return normalise_newlines(text)


def _once(paragraphs: list[str]) -> list[str]:
    """The paragraphs without the doubling some pages come out with: the whole sequence
    twice (``A B A B``) or each paragraph twice in a row (``A A B B``).

    >>> _once(["A", "B", "A", "B"]), _once(["A", "A", "B", "B"]), _once(["A", "B", "A"])
    (['A', 'B'], ['A', 'B'], ['A', 'B', 'A'])
    """
    n = len(paragraphs)
    if n >= 2 and n % 2 == 0:
        if paragraphs[:n // 2] == paragraphs[n // 2:]:
            return paragraphs[:n // 2]
        if paragraphs[0::2] == paragraphs[1::2]:
            return paragraphs[0::2]
    return paragraphs


def normalise_newlines(text: str) -> str:
    """CRLF and CR line ends to LF."""
    # Offsets index the returned text, so newlines are normalised once, here, before analysis.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# Elements whose text no reader sees: never headline or body.
_UNSEEN = ("script", "style", "template", "noscript")
# Elements whose text is the body when the extractor finds none (a short page or fragment).
_BLOCKS = ("h1", "h2", "h3", "p", "li", "blockquote")


def _read_html(data: bytes, label: str, doc: Document) -> None:
    # trafilatura's own loader finds the encoding as trafilatura would; it refuses a bare
    # fragment (<article>...</article>), which lxml then reads as one.
    tree = load_html(data)
    if tree is None:
        try:
            tree = lxml.html.fromstring(decode_file(data))
        except (lxml.etree.ParserError, ValueError) as error:
            raise InputError(f"{label}: HTML that cannot be parsed ({error})") from error
    for element in list(tree.iter(*_UNSEEN)):
        element.drop_tree()
    with warnings.catch_warnings():
        # trafilatura 2.0 trips lxml's FutureWarning about element truth-testing; it is noise.
        warnings.simplefilter("ignore", FutureWarning)
        result = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
    main = normalise_newlines(result.text or "").strip() if result is not None else ""
    if not main:   # too short for the extractor: the page's own blocks, each once
        main = "\n".join(_once([" ".join(e.text_content().split()) for e in tree.iter(*_BLOCKS)
                                 if e.text_content().strip()]))
    else:
        main = "\n".join(_once(main.split("\n")))
    if not main:
        raise InputError(f"{label}: no article text found in HTML")
    title = (result.title or "").strip() if result is not None else ""
    if title:
        # trafilatura keeps the page's <h1> as the first line; don't repeat the headline.
        first, _, rest = main.partition("\n")
        if first.strip() == title:
            main = rest.lstrip("\n")
        doc.text = f"{title}\n{main}" if main else title
    else:
        doc.text = main
    for key in ("title", "url", "date", "sitename", "author"):
        value = getattr(result, key, None)
        if value:
            doc.metadata[key] = value

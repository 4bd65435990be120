"""Find the articles in a collection: files, directories, JSON/JSONL, WARC archives, feeds.

:func:`iter_collection` walks the given paths (directories recursively, in name order) and
yields one :class:`Item` per article it can read and one :class:`Failure` per file, record or
feed entry it cannot, so a bad input never stops a batch. What each kind of file gives:

* ``.txt``, ``.html`` and anything else: one article, read as :func:`read_document` does.
* ``.json`` (one object or a list of objects), ``.jsonl``/``.ndjson`` (one object a line): the
  text is ``text`` (or ``content``, ``body``); ``title``, ``url``, ``date``/``published``,
  ``outlet``/``source``, ``language``/``lang`` and ``id`` are metadata. When a title is given and
  the text does not start with it, the analysed text is ``title + "\\n" + text``.
* ``.warc``, ``.warc.gz`` (as in Common Crawl News): each ``response`` record with an HTML
  payload; ``WARC-Target-URI`` is the URL and ``WARC-Date`` the fallback date.
* ``.rss``, ``.atom``, and ``.xml`` files that are feeds: each entry's content (or summary),
  with its ``title``, ``link`` and ``published`` date.

An item's ``source`` names where it came from: the path, plus ``#N`` for the N-th record,
line or entry in a file (counting from 1).

>>> import json, pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "wire.jsonl"
>>> _ = path.write_text(json.dumps({"title": "Talks stall", "text": "Lavrov said no.",
...                                 "url": "https://tass.com/politics/1"}) + "\\n")
>>> [(i.text, i.url, i.source.endswith("wire.jsonl#1")) for i in iter_collection([path])]
[('Talks stall\\nLavrov said no.', 'https://tass.com/politics/1', True)]
"""
from __future__ import annotations

import email.utils
import html
import json
import os
import re
import time
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Union
from urllib.parse import urlsplit
from xml.sax import SAXParseException

from quotegraph.errors import InputError
from quotegraph.ingest.read import HTML_SUFFIXES, normalise_newlines, read_bytes, read_document

JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom"}
TEXT_FIELDS = ("text", "content", "body")
DEFAULT_LANGUAGE = "en"
_BLOCK_TAGS = ("p", "div", "br", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr")
_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y",
                 "%B %d %Y", "%Y/%m/%d")


@dataclass
class Item:
    """One article found in a collection, with whatever metadata the input carried."""

    source: str
    text: str
    url: Optional[str] = None
    date: Optional[str] = None          # ISO yyyy-mm-dd from the input's metadata
    record_date: Optional[str] = None   # the WARC record's date: the last resort
    headline: Optional[str] = None
    outlet: Optional[str] = None
    language: str = DEFAULT_LANGUAGE
    metadata: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)   # e.g. invalid UTF-8 replaced


@dataclass
class Failure:
    """An input (file, record, line or entry) that gave no article, and why, on one line.

    ``reason`` does not repeat ``source``: ``Failure("a.json", "invalid JSON (...)")``.
    """

    source: str
    reason: str


def iter_collection(paths: Iterable[Union[str, os.PathLike]],
                    skip: Iterable[Union[str, os.PathLike]] = ()) -> Iterator[Union[Item, Failure]]:
    """Every article (and every failure) under ``paths``, in order.

    In directories, hidden files (``.name``) and the files in ``skip`` (the database being
    written, say) are left out; nothing outside a given directory is read: a link that leads
    out of it, a link to nothing and anything that is no regular file (a FIFO, a socket) is a
    failure, never read.
    """
    skip = {Path(p).resolve() for p in skip}
    for path in paths:
        path = Path(path)
        if not path.is_dir():
            files = [path]
        else:
            root = path.resolve()
            files = []
            for p in sorted(path.rglob("*")):
                relative = p.relative_to(path).as_posix()
                if relative.startswith(".") or "/." in relative or p.resolve() in skip or p.is_dir():
                    continue
                refused = _refused(p, root)
                if refused:
                    yield Failure(str(p), refused)
                else:
                    files.append(p)
        for file in files:
            try:
                yield from read_collection_file(file)
            except InputError as error:
                yield Failure(str(file), _reason(error, str(file)))


def _refused(path: Path, root: Path) -> Optional[str]:
    """Why a directory entry is not read, or None: it must be a regular file inside ``root``
    once links are followed."""
    if path.is_symlink() and not path.exists():
        return f"a link to nothing ({os.readlink(path)})"
    target = path.resolve()
    if not target.is_relative_to(root):
        return f"a link that leads out of {root} (to {target}); not read"
    if not target.is_file():
        return "not a regular file (a FIFO, socket or device); not read"
    return None


def read_collection_file(path: Path) -> Iterator[Union[Item, Failure]]:
    """The articles of one file, by its kind (see the module docstring)."""
    kind, suffix = _kind(path.name)
    if kind == "warc":
        yield from _read_warc(path)   # streamed: a WARC may not fit in memory
    elif kind == "document":
        yield _document_item(read_document(path), str(path))
    else:
        yield from _structured_items(kind, _read_bytes(path, suffix), str(path))


def _kind(name: str) -> tuple[str, str]:
    """What a file named ``name`` holds (warc, json, jsonl, feed, xml or document), and its
    suffix; an ``xml`` file is a feed only if its content says so (:func:`_structured_items`)."""
    name = name.lower()
    suffix = "." + name.rsplit(".", 1)[-1] if "." in name else ""
    if name.endswith((".warc", ".warc.gz")):
        return "warc", suffix
    if suffix in JSONL_SUFFIXES:
        return "jsonl", suffix
    if suffix in JSON_SUFFIXES:
        return "json", suffix
    if suffix in FEED_SUFFIXES:
        return "feed", suffix
    return ("xml" if suffix == ".xml" else "document"), suffix


def _structured_items(kind: str, raw: bytes, label: str) -> Iterator[Union[Item, Failure]]:
    """The items of a JSON, JSON Lines, feed or XML file's bytes."""
    if kind in ("json", "jsonl"):
        yield from _json_items(raw, label, jsonl=kind == "jsonl")
    elif kind == "feed" or _is_feed(raw):
        yield from _feed_items(raw, label)
    else:
        raise InputError(f"{label}: XML file that is not an RSS or Atom feed")


def _document_item(document, label: str) -> Item:
    if not document.text:
        raise InputError(f"{label}: empty file, no article")
    meta = document.metadata
    return Item(source=label, text=document.text, url=meta.get("url"),
                date=normalise_date(meta.get("date")), headline=meta.get("title"),
                outlet=meta.get("sitename"), metadata=_jsonable(meta), warnings=document.warnings)


def read_collection_stream(label: str, stream: BinaryIO, *, defer_html: bool = False
                           ) -> Iterator[Union[Item, Failure, WarcPage]]:
    """:func:`read_collection_file` for a file opened as ``stream`` (read once, from the start,
    never sought), named ``label`` (a path or a URI such as ``hdfs://...``; its name says the
    kind). A WARC is read record by record, so it never needs to fit in memory; other kinds
    are read whole. With ``defer_html``, a WARC's HTML responses come as :class:`WarcPage`,
    whose :meth:`~WarcPage.item` reads the article later (the Spark job spreads pages over its
    cores first). An unreadable file is one Failure.

    >>> import io
    >>> [i.text for i in read_collection_stream("s3://bucket/a.jsonl", io.BytesIO(b'{"text": "Hi."}'))]
    ['Hi.']
    """
    name = label.rsplit("/", 1)[-1]
    kind, suffix = _kind(name)
    try:
        if kind == "warc":
            pages = warc_pages(stream, label, gzipped=suffix == ".gz")
            yield from pages if defer_html else _items(pages)
            return
        data = stream.read()
        if kind == "document":
            stem = name.rsplit(".", 1)[0] if "." in name else name
            yield _document_item(read_bytes(data, label, stem, html=suffix in HTML_SUFFIXES or None),
                                 label)
        else:
            yield from _structured_items(kind, _checked_bytes(data, label, suffix), label)
    except InputError as error:
        yield Failure(label, _reason(error, label))
    except OSError as error:
        yield Failure(label, _one_line(f"cannot read file ({error.strerror or error})"))


def outlet_of(url: Optional[str]) -> Optional[str]:
    """The outlet a URL belongs to: its host without ``www.``.

    >>> outlet_of("https://www.nytimes.com/2016/10/31/us/politics/x.html")
    'nytimes.com'
    """
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def normalise_date(value) -> Optional[str]:
    """An ISO ``yyyy-mm-dd`` for the dates inputs carry, or ``None``.

    >>> [normalise_date(v) for v in ("2016-10-31T09:12:00Z", "Mon, 31 Oct 2016 09:12:00 GMT",
    ...                              "October 31, 2016", "next week")]
    ['2016-10-31', '2016-10-31', '2016-10-31', None]
    """
    if value is None or value == "":
        return None
    if isinstance(value, time.struct_time):
        return date(value.tm_year, value.tm_mon, value.tm_mday).isoformat()
    if isinstance(value, (int, float)):
        return datetime.fromtimestamp(value, timezone.utc).date().isoformat()
    text = str(value).strip()
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _json_items(raw: bytes, label: str, jsonl: bool) -> Iterator[Union[Item, Failure]]:
    if b"\x00" in raw[:8192]:
        raise InputError(f"{label}: looks like a binary file (not JSON)")
    try:
        data = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{label}: not UTF-8 JSON ({error.reason} at byte {error.start})")
    if not data.strip():
        raise InputError(f"{label}: empty file, no article")
    if jsonl:
        for n, line in enumerate(data.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as error:
                yield Failure(f"{label}#{n}", f"invalid JSON on line {n}: {error.msg}")
                continue
            yield _json_item(value, f"{label}#{n}")
        return
    try:
        value = json.loads(data)
    except json.JSONDecodeError as error:
        raise InputError(f"{label}: invalid JSON ({error.msg} at line {error.lineno})")
    if isinstance(value, list):
        for n, obj in enumerate(value, start=1):
            yield _json_item(obj, f"{label}#{n}")
    else:
        yield _json_item(value, label)


def _json_item(obj, source: str) -> Union[Item, Failure]:
    if not isinstance(obj, dict):
        return Failure(source, f"expected a JSON object, got {type(obj).__name__}")
    body = next((obj[k] for k in TEXT_FIELDS if isinstance(obj.get(k), str) and obj[k].strip()), None)
    if body is None:
        return Failure(source, "JSON object has no text, content or body")
    title = _str(obj.get("title"))
    url = _str(obj.get("url"))
    return Item(source=source, text=_with_title(title, normalise_newlines(body)), url=url,
                date=normalise_date(obj.get("date") or obj.get("published")), headline=title,
                outlet=_str(obj.get("outlet") or obj.get("source")),
                language=_str(obj.get("language") or obj.get("lang")) or DEFAULT_LANGUAGE,
                metadata={k: v for k, v in obj.items() if k not in TEXT_FIELDS})


@dataclass
class WarcPage:
    """An HTML ``response`` record of a WARC, its payload not yet read into an article.

    :meth:`item` does the reading (trafilatura: the costly part); ``record_date`` is the
    record's ``WARC-Date`` (ISO), the article's date of last resort.
    """

    source: str
    url: Optional[str]
    record_date: Optional[str]
    payload: bytes

    def item(self) -> Union[Item, Failure]:
        """The page's article, or a Failure saying why it has none."""
        try:
            document = read_bytes(self.payload, self.source,
                                  Path(urlsplit(self.url or "").path).stem, html=True)
        except InputError as error:
            return Failure(self.source, _reason(error, self.source))
        meta = document.metadata
        return Item(source=self.source, text=document.text, url=self.url or meta.get("url"),
                    date=normalise_date(meta.get("date")), record_date=self.record_date,
                    headline=meta.get("title"), outlet=meta.get("sitename"),
                    metadata=_jsonable(meta), warnings=document.warnings)


def _items(entries: Iterable[Union[WarcPage, Failure]]) -> Iterator[Union[Item, Failure]]:
    return (entry.item() if isinstance(entry, WarcPage) else entry for entry in entries)


def _read_warc(path: Path) -> Iterator[Union[Item, Failure]]:
    try:
        stream = path.open("rb")
    except OSError as error:
        raise InputError(f"{path}: cannot read file ({error.strerror or error})") from error
    with stream:
        yield from _items(warc_pages(stream, str(path), gzipped=path.name.lower().endswith(".gz")))


def warc_pages(stream: BinaryIO, label: str, gzipped: bool) -> Iterator[Union[WarcPage, Failure]]:
    """The HTML responses of one WARC, read from ``stream`` record by record in one pass (the
    stream need not seek), and a Failure for each problem.

    A record cut short or a corrupt archive ends the file with one Failure (``label``: "truncated
    or corrupt WARC after N records"); the pages before it have been given already. A file
    without any HTML response is a Failure too.
    """
    from warcio.archiveiterator import ArchiveIterator

    records = found = 0
    check = _GzipCheck(stream) if gzipped else None
    try:
        for record in ArchiveIterator(check or stream):
            records += 1
            content_type = (record.http_headers.get_header("Content-Type") or "").lower() \
                if record.http_headers else ""
            if record.rec_type != "response" or "html" not in content_type:
                record.raw_stream.read()
                _check_complete(record)
                continue
            found += 1
            payload = record.content_stream().read()
            _check_complete(record)
            yield WarcPage(f"{label}#{records}", record.rec_headers.get_header("WARC-Target-URI"),
                           normalise_date(record.rec_headers.get_header("WARC-Date")), payload)
        if check:
            check.finish(label)
    except InputError as error:
        yield Failure(label, f"truncated or corrupt WARC after {records} records: "
                             f"{_reason(error, label)}")
        return
    except OSError as error:
        raise InputError(f"{label}: cannot read file ({error.strerror or error})") from error
    except Exception as error:  # warcio raises many kinds on truncated or corrupt archives
        what = "truncated or corrupt WARC" if records else "not a readable WARC file"
        yield Failure(label, _one_line(f"{what} after {records} records: "
                                       f"{type(error).__name__}: {error}"))
        return
    if not found:
        # warcio reads almost anything as some record; a file without one HTML response is
        # not what we expect, whatever it is.
        yield Failure(label, f"no HTML response records in {records} WARC records")


_GZIP_MAGIC = b"\x1f\x8b"


class _GzipCheck:
    """A read-through view of a gzip ``stream`` that decompresses what passes, so that one pass
    tells whether every gzip member was complete: warcio stops silently at a cut."""

    def __init__(self, stream: BinaryIO):
        self.stream = stream
        self.position = 0
        self.unzip = zlib.decompressobj(wbits=31)
        self.open_member = False    # bytes of a member seen, its end not yet
        self.error: Optional[str] = None

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.position += len(data)
        self._feed(data)
        return data

    def tell(self) -> int:
        return self.position

    def _feed(self, data: bytes) -> None:
        while data and self.error is None:
            if not self.open_member and len(data) >= 2 and data[:2] != _GZIP_MAGIC:
                self.error = f"Not a gzipped file ({data[:2]!r})"
                return
            self.open_member = True
            try:
                self.unzip.decompress(data)
            except zlib.error as error:
                self.error = str(error)
                return
            data = b""
            if self.unzip.eof:
                data = self.unzip.unused_data
                self.unzip = zlib.decompressobj(wbits=31)
                self.open_member = False

    def finish(self, label: str) -> None:
        """Read what the archive reader left and raise :class:`InputError` unless the stream
        was complete gzip."""
        while self.read(1 << 20):
            pass
        if self.error:
            raise InputError(f"{label}: {_one_line(self.error)}")
        if self.open_member:
            raise InputError(f"{label}: Compressed file ended before the end-of-stream marker "
                             f"was reached")


def _check_complete(record) -> None:
    # A record cut short leaves part of its declared Content-Length unread.
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        raise EOFError(f"record ends {missing} bytes short of its Content-Length")


def _is_feed(data: bytes) -> bool:
    head = data[:2048].lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _feed_items(raw: bytes, label: str) -> Iterator[Union[Item, Failure]]:
    """The entries of an RSS or Atom feed. In a feed that is not well-formed XML, each entry is
    read on its own: the well-formed ones are kept; a malformed one is a failure with the XML
    parser's error and its line and column in the file, or, when feedparser's lenient reading
    still finds its text, an article with that error as a warning."""
    import feedparser

    if not raw.strip():
        raise InputError(f"{label}: empty file, no article")
    parsed = feedparser.parse(raw)
    error = parsed.get("bozo_exception")
    if isinstance(error, SAXParseException):
        entries = list(_ENTRY.finditer(raw))
        frame = raw[:entries[0].start()] + raw[entries[-1].end():] if entries else b""
        if entries and not isinstance(feedparser.parse(frame).get("bozo_exception"), SAXParseException):
            yield from _entries_one_by_one(raw, entries, label)
            return
    if not parsed.entries:
        why = error or "no entries"
        raise InputError(f"{label}: not an RSS or Atom feed with entries ({why})")
    for n, entry in enumerate(parsed.entries, start=1):
        item = _feed_item(entry, parsed.feed, f"{label}#{n}")
        if isinstance(item, Failure) and isinstance(error, SAXParseException):
            # Truncated or broken around its entries: the XML error says why it is empty.
            item = Failure(item.source, f"malformed feed: {error.getMessage()} (line "
                                        f"{error.getLineNumber()}, column {error.getColumnNumber() + 1})")
        yield item


# An entry of a feed, found in the raw bytes when the whole is not well-formed XML.
_ENTRY = re.compile(rb"<(item|entry)\b[^>]*>.*?</\1\s*>", re.DOTALL)


def _entries_one_by_one(raw: bytes, entries: list, label: str) -> Iterator[Union[Item, Failure]]:
    """Each entry parsed in the feed's own frame (what lies before the first entry and after
    the last), so that a malformed entry costs only itself."""
    import feedparser

    head, tail = raw[:entries[0].start()], raw[entries[-1].end():]
    for n, entry in enumerate(entries, start=1):
        source = f"{label}#{n}"
        parsed = feedparser.parse(head + entry.group() + tail)
        item = (_feed_item(parsed.entries[0], parsed.feed, source) if len(parsed.entries) == 1
                else Failure(source, "feed entry not read as one entry"))
        error = parsed.get("bozo_exception")
        if isinstance(error, SAXParseException):
            line, column = _position_in_feed(raw, entries, n - 1, error)
            problem = f"malformed feed entry: {error.getMessage()} (line {line}, column {column})"
            if isinstance(item, Failure):
                item = Failure(source, problem)
            else:   # feedparser's lenient reading kept its text ("AT&T" with a bare "&")
                item.warnings.append(f"{source}: {problem}, read leniently")
        yield item


def _position_in_feed(raw: bytes, entries: list, n: int, error: SAXParseException) -> tuple[int, int]:
    """Line and column (from 1) in ``raw`` of an error the parser reported in entry ``n``
    parsed in the feed's frame: head, entry, tail."""
    head, entry = entries[0].start(), entries[n]
    parsed = raw[:head] + entry.group() + raw[entries[-1].end():]
    line_start = 0
    for _ in range(error.getLineNumber() - 1):
        line_start = parsed.find(b"\n", line_start) + 1 or len(parsed)
    at = line_start + error.getColumnNumber()   # expat counts columns from 0
    if at >= head:   # in the entry (or the tail after it: the entry's end)
        at = min(entry.start() + at - head, entry.end())
    return raw.count(b"\n", 0, at) + 1, at - (raw.rfind(b"\n", 0, at) + 1) + 1


def _feed_item(entry, feed, source: str) -> Union[Item, Failure]:
    markup = entry.content[0].value if entry.get("content") else entry.get("summary")
    body = _fragment_text(markup) if markup else ""
    if not body:
        return Failure(source, "feed entry has no content or summary")
    title = _str(entry.get("title"))
    link = _str(entry.get("link"))
    published = entry.get("published_parsed") or entry.get("updated_parsed")
    return Item(source=source, text=_with_title(title, body), url=link,
                date=normalise_date(published or entry.get("published")), headline=title,
                language=_language(feed.get("language")),
                metadata={k: entry[k] for k in ("id", "author", "published") if entry.get(k)})


def _fragment_text(markup: str) -> str:
    """The text of an HTML fragment (a feed entry's content), one paragraph per line."""
    import lxml.html
    from lxml.etree import ParserError

    if "<" not in markup:   # plain text, perhaps with entities ("AT&amp;T")
        return "\n".join(line.strip() for line in html.unescape(markup).splitlines() if line.strip())
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except ParserError:
        return ""
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def _with_title(title: Optional[str], body: str) -> str:
    body = body.strip("\n")
    if title and not body.startswith(title):
        return f"{title}\n{body}"
    return body


def _language(value) -> str:
    # Feeds say "en-us"; we keep the primary subtag.
    return (_str(value) or DEFAULT_LANGUAGE).split("-")[0].lower()


def _str(value) -> Optional[str]:
    return value.strip() or None if isinstance(value, str) else None


def _jsonable(meta: dict) -> dict:
    return {k: v for k, v in meta.items() if isinstance(v, (str, int, float, bool))}


def _read_bytes(path: Path, suffix: str) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot read file ({error.strerror or error})") from error
    return _checked_bytes(data, str(path), suffix)


def _checked_bytes(data: bytes, label: str, suffix: str) -> bytes:
    if data[:2] == b"\x1f\x8b":
        raise InputError(f"{label}: gzip-compressed; expected {suffix} text")
    return data


def _reason(error: InputError, label: str) -> str:
    """The error's message without the input's name, which the failure records apart."""
    return _one_line(str(error).removeprefix(f"{label}: ").removesuffix("; skipped"))


def _one_line(text: str) -> str:
    return " ".join(text.split())

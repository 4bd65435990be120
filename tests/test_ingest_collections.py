"""Discovering and reading collections: JSON/JSONL, HTML, text, WARC, feeds, and bad input."""
import gzip
import json
import random
import re
from pathlib import Path

import pytest

from quotegraph.ingest.collections import (Failure, Item, WarcPage, iter_collection, normalise_date,
                                           outlet_of, warc_pages)
from tests.fixtures.corpus.builders import page, write_warc

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
ARTICLES = FIXTURES / "articles"


def read(*paths):
    entries = list(iter_collection(paths))
    items = {Path(e.source).name: e for e in entries if isinstance(e, Item)}
    failures = {Path(e.source).name: e.reason for e in entries if isinstance(e, Failure)}
    return items, failures


def test_fixture_directory_is_read_recursively_with_metadata():
    items, failures = read(ARTICLES)
    assert sorted(items) == ["article.json", "briefs.xml#1", "page.html", "plain.txt",
                             "wires.jsonl#1", "wires.jsonl#2", "world.rss#1", "world.rss#2"]
    tass = items["wires.jsonl#1"]
    assert (tass.outlet, tass.url, tass.date) == ("TASS", "https://tass.com/politics/912345", "2016-10-31")
    # The title is prepended to the text, once.
    assert tass.text.startswith("Lavrov says separation of terrorists in Aleppo never happened\nMOSCOW")
    assert items["wires.jsonl#2"].date == "2016-11-01"    # RFC 822 "published"
    interfax = items["article.json"]
    assert (interfax.outlet, interfax.date, interfax.language) == ("Interfax", "2016-11-02", "en")
    assert interfax.text.count("Kremlin rejects criticism") == 1
    assert items["page.html"].url == "https://www.dw.com/en/geneva-talks/a-36200000"
    assert items["page.html"].text.startswith("Geneva talks on Syria end without agreement\nTalks in Geneva")
    tram = items["world.rss#1"]
    assert (tram.url, tram.date, tram.headline) == ("https://news.example.org/2016/11/03/tram",
                                                    "2016-11-03", "Mayor backs new tram line")
    # Paragraphs of the entry's HTML become lines.
    assert tram.text.splitlines()[1:] == ['"The tram will change this city for the better," '
                                          'Mayor Ingrid Dahl said on Thursday.',
                                          "Dahl said construction would start in spring."]
    # A feed entry with missing link and date is still an article.
    assert (items["world.rss#2"].url, items["world.rss#2"].date) == (None, None)
    assert items["briefs.xml#1"].date == "2016-11-04"
    assert failures["world.rss#3"] == "feed entry has no content or summary"


def test_bad_inputs_each_get_a_one_line_reason():
    items, failures = read(FIXTURES / "bad")
    assert items == {}
    assert failures == {
        "broken.html": "no article text found in HTML",
        "broken.rss#1": "malformed feed: no element found (line 2, column 1)",
        "empty.txt": "empty file, no article",
        "nofeed.xml": "XML file that is not an RSS or Atom feed",
        "notes.json": "invalid JSON (Expecting value at line 1)",
    }
    assert all("\n" not in reason for reason in failures.values())


def test_more_bad_inputs(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "archive.jsonl").write_bytes(gzip.compress(b'{"text": "x"}\n'))
    (tmp_path / "lines.jsonl").write_text('{"text": "Good line, said Ana."}\n{"title": "no text"}\n'
                                          '[1, 2]\n{broken\n', encoding="utf-8")
    (tmp_path / "fake.warc.gz").write_text("Just some text pretending to be an archive.\n")
    (tmp_path / "list.json").write_text(json.dumps([{"body": "Body text, she said."}, "oops"]))
    items, failures = read(tmp_path)
    assert sorted(items) == ["lines.jsonl#1", "list.json#1"]
    assert failures["image.txt"] == "looks like a binary file (not text or HTML)"
    assert failures["archive.jsonl"] == "gzip-compressed; expected .jsonl text"
    assert failures["lines.jsonl#2"] == "JSON object has no text, content or body"
    assert failures["lines.jsonl#3"] == "expected a JSON object, got list"
    assert failures["lines.jsonl#4"].startswith("invalid JSON on line 4")
    assert failures["fake.warc.gz"].startswith("truncated or corrupt WARC after 1 records: Not a gzipped")
    (tmp_path / "fake.warc").write_text("Just some text pretending to be an archive.\n")
    assert dict(read(tmp_path / "fake.warc")[1]) == {
        "fake.warc": "no HTML response records in 1 WARC records"}
    assert failures["list.json#2"] == "expected a JSON object, got str"


def test_warc_response_records_become_articles(tmp_path):
    pages = [("https://www.tass.com/politics/1", "2016-10-31T10:00:00Z",
              page("Lavrov on Aleppo", ['"Terrorists must be separated from the opposition," Sergey Lavrov said.',
                                        "He spoke in Moscow after talks with his Turkish counterpart.",
                                        "The minister said Russia would keep supporting the Syrian army.",
                                        '"We will not abandon our partners," he added.'])),
             ("https://www.rt.com/news/2", "2016-11-01T08:30:00Z", b"<html><body></body></html>"),
             ("https://nytimes.com/world/3", "2016-11-02T00:00:00Z",
              page("Talks in Geneva", ['"We are not there yet," the envoy said on Wednesday.',
                                       "Diplomats said the next round would start in December.",
                                       "The United Nations has called for a humanitarian pause in Aleppo.",
                                       '"Every day of delay costs lives," a spokesman said.']))]
    warc = write_warc(tmp_path / "crawl.warc.gz", pages)
    entries = list(iter_collection([warc]))
    items = [e for e in entries if isinstance(e, Item)]
    failures = [e for e in entries if isinstance(e, Failure)]
    assert [(i.url, i.record_date, outlet_of(i.url)) for i in items] == [
        ("https://www.tass.com/politics/1", "2016-10-31", "tass.com"),
        ("https://nytimes.com/world/3", "2016-11-02", "nytimes.com")]
    assert items[0].text.splitlines()[:2] == [
        "Lavrov on Aleppo", '"Terrorists must be separated from the opposition," Sergey Lavrov said.']
    # Records count from 1 and include the request records.
    assert [(Path(f.source).name, f.reason) for f in failures] == [
        ("crawl.warc.gz#4", "no article text found in HTML")]

    # Truncated: the complete records before the cut still land, the file gets one failure.
    data = warc.read_bytes()
    truncated = tmp_path / "cut.warc.gz"
    truncated.write_bytes(data[:int(len(data) * 0.8)])
    entries = list(iter_collection([truncated]))
    assert [e.url for e in entries if isinstance(e, Item)] == ["https://www.tass.com/politics/1"]
    [failure] = [e for e in entries if isinstance(e, Failure) and e.source == str(truncated)]
    assert failure.reason.startswith("truncated or corrupt WARC after")
    assert "\n" not in failure.reason

    plain = write_warc(tmp_path / "plain.warc", pages[:1], gzip=False)
    assert [e.url for e in iter_collection([plain])] == ["https://www.tass.com/politics/1"]


class ForwardOnly:
    """A stream that can only be read forward (as from HDFS or S3), counting the bytes read."""

    def __init__(self, data: bytes):
        self.data, self.read_bytes = data, 0

    def read(self, size: int = -1) -> bytes:
        end = len(self.data) if size is None or size < 0 else self.read_bytes + size
        chunk = self.data[self.read_bytes:end]
        self.read_bytes += len(chunk)
        return chunk


def _story(n: int) -> bytes:
    """A page of about 20 kB that compresses no better than news does."""
    words = random.Random(n).choices("budget council vote mayor plan road school tax city".split(), k=3000)
    return page(f"Council vote {n}", [f'"We will decide on the budget by Friday {n}," the mayor said.',
                                      f"The council met for the {n}th time this year.",
                                      " ".join(words) + ".",
                                      '"Nobody has read it," a councillor said.'])


def test_warc_pages_are_read_record_by_record_from_a_forward_only_stream(tmp_path):
    pages = [(f"https://city.example/{n}", "2016-10-31T10:00:00Z", _story(n)) for n in range(30)]
    pages[5] = ("https://city.example/5", "2016-10-31T10:00:00Z", bytes(range(256)) * 40)
    data = write_warc(tmp_path / "city.warc.gz", pages).read_bytes()
    stream = ForwardOnly(data)
    entries = warc_pages(stream, "city.warc.gz", gzipped=True)
    first = next(entries)
    assert isinstance(first, WarcPage) and first.source == "city.warc.gz#2"   # after a request
    assert stream.read_bytes < len(data) / 4, "the first page comes before the rest is read"
    rest = list(entries)
    assert stream.read_bytes == len(data)
    # The binary payload of the sixth response (record 12) is reported; every other page lands.
    found = [first.item(), *(entry.item() for entry in rest)]
    assert [e.source for e in found if isinstance(e, Failure)] == ["city.warc.gz#12"]
    assert [e.reason for e in found if isinstance(e, Failure)] == [
        "looks like a binary file (not text or HTML)"]
    assert [e.url for e in found if isinstance(e, Item)] == [
        f"https://city.example/{n}" for n in range(30) if n != 5]
    assert found[-1].text.startswith("Council vote 29\n")


@pytest.mark.parametrize("cut", [0.5, 0.95])
def test_a_cut_warc_keeps_the_pages_before_the_cut_and_fails_once(tmp_path, cut):
    pages = [(f"https://city.example/{n}", "2016-10-31T10:00:00Z", _story(n)) for n in range(6)]
    data = write_warc(tmp_path / "city.warc.gz", pages).read_bytes()
    entries = list(warc_pages(ForwardOnly(data[:int(len(data) * cut)]), "cut.warc.gz", gzipped=True))
    good = [e for e in entries if isinstance(e, WarcPage)]
    [failure] = [e for e in entries if isinstance(e, Failure)]
    assert entries[-1] is failure and failure.source == "cut.warc.gz"
    # Cut between records (a member ends early) or inside one (its Content-Length unmet).
    assert re.fullmatch(r"truncated or corrupt WARC after \d+ records: (Compressed file ended before "
                        r"the end-of-stream marker was reached|EOFError: record ends \d+ bytes "
                        r"short of its Content-Length)", failure.reason), failure.reason
    assert [p.url for p in good] == [f"https://city.example/{n}" for n in range(len(good))]
    assert 1 <= len(good) < 6


def test_a_warc_with_garbage_after_its_records_is_reported(tmp_path):
    pages = [(f"https://city.example/{n}", "2016-10-31T10:00:00Z", _story(n)) for n in range(2)]
    data = write_warc(tmp_path / "city.warc.gz", pages).read_bytes()
    entries = list(warc_pages(ForwardOnly(data + b"not gzip at all"), "x.warc.gz", gzipped=True))
    assert [e.url for e in entries if isinstance(e, WarcPage)] == [p[0] for p in pages]
    assert entries[-1] == Failure("x.warc.gz", "truncated or corrupt WARC after 4 records: "
                                               "ArchiveLoadFailed: Invalid WARC record, first line: "
                                               "not gzip at all")


def test_hidden_and_skipped_files_are_left_out(tmp_path):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / "a.txt").write_text("Headline\nBody, he said.\n")
    (tmp_path / "corpus.db").write_bytes(b"SQLite format 3\x00")
    entries = list(iter_collection([tmp_path], skip=[tmp_path / "corpus.db"]))
    assert [Path(e.source).name for e in entries] == ["a.txt"]


@pytest.mark.parametrize("value, expected", [
    ("2016-10-31", "2016-10-31"), ("2016-10-31T23:59:00-05:00", "2016-10-31"),
    ("Mon, 31 Oct 2016 09:12:00 GMT", "2016-10-31"), ("October 31, 2016", "2016-10-31"),
    ("31 October 2016", "2016-10-31"), ("2016-02-30", None), ("soon", None), (None, None)])
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


def feed_item(n: int, body: str) -> str:
    return (f"<item><title>Story {n}</title><link>https://news.example.org/{n}</link>"
            f"<description>{body}</description></item>")


def test_a_malformed_feed_entry_costs_only_itself_and_says_where(tmp_path):
    """Issue 15: one malformed item lost the good items after it, reported as 'entry has no
    content'. Each entry is read on its own; the XML error and its place are the reason."""
    good = [feed_item(n, f"Mayor Ana Ruiz said plan {n} would pass.") for n in (1, 4)]
    unclosed = feed_item(2, "<![CDATA[ The council said the vote was close.")
    mismatched = "<item><title>Story 3</titl><description>Plan three, she said.</description></item>"
    bare_ampersand = feed_item(5, "AT&T said the deal would close.")
    (tmp_path / "news.rss").write_text(
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Desk</title>\n'
        + "\n".join([good[0], unclosed, mismatched, good[1], bare_ampersand]) + "\n</channel></rss>\n",
        encoding="utf-8")
    items, failures = read(tmp_path)
    assert sorted(items) == ["news.rss#1", "news.rss#4", "news.rss#5"]
    assert items["news.rss#4"].text == "Story 4\nMayor Ana Ruiz said plan 4 would pass."
    assert failures == {
        "news.rss#2": "malformed feed entry: unclosed CDATA section (line 4, column 148)",
        "news.rss#3": "malformed feed entry: mismatched tag (line 5, column 23)"}
    # Kept as feedparser read it, with the error as a warning on the stored article.
    assert items["news.rss#5"].text.endswith("AT&T said the deal would close.")
    [warning] = items["news.rss#5"].warnings
    assert warning.endswith("news.rss#5: malformed feed entry: not well-formed (invalid token) (line 7, column 85),"
                            " read leniently")

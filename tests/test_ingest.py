"""Reading plain text, HTML and stdin into Documents; errors and warnings for bad input."""
import io
import os

import pytest

from quotegraph.errors import InputError
from quotegraph.ingest import read_document

STORY = "Mayor says bridge will reopen in May\nThe mayor said the bridge would reopen.\n"

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Mayor says bridge will reopen in May</title>
<meta property="og:site_name" content="Riverside Gazette">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2021-03-04">
<link rel="canonical" href="https://news.example.org/bridge-reopens">
</head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Mayor says bridge will reopen in May</h1>
<p>RIVERSIDE (AP) — The mayor of Riverside said on Tuesday that the Elm Street bridge will
reopen in May after repairs that took far longer than the city had planned.</p>
<p>"We owe people an apology for the delay," Mayor Ann Lee told reporters at city hall,
adding that the total cost had nonetheless stayed within the approved budget.</p>
<p>Engineers said the steel beams had to be replaced entirely because the corrosion was
much worse than earlier inspections had shown.</p>
</article>
<footer>Copyright 2021 Riverside Gazette. All rights reserved.</footer>
</body></html>
"""


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_text(tmp_path):
    path = write(tmp_path, "bridge.txt", "Café owners said “yes”.\n".encode())
    doc = read_document(path)
    assert doc.id == "bridge"
    assert doc.text == "Café owners said “yes”.\n"
    assert doc.warnings == []
    assert doc.metadata == {"source_path": str(path)}


def test_bom_dropped_and_newlines_normalised(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbfHeadline\r\nBody.\rMore.\r\n")
    assert read_document(path).text == "Headline\nBody.\nMore.\n"


def test_invalid_utf8_is_replaced_with_a_warning(tmp_path):
    # One real U+FFFD in the file plus two bad bytes: only the bad bytes are counted.
    data = "Head \ufffd\n".encode() + b"Bad \xff and \xfe bytes.\n"
    path = write(tmp_path, "bad.txt", data)
    doc = read_document(path)
    assert doc.text == "Head \ufffd\nBad \ufffd and \ufffd bytes.\n"
    assert doc.warnings == [f"{path}: invalid UTF-8 replaced with U+FFFD at 2 places"]


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf"])
def test_empty_file_warns(tmp_path, data):
    path = write(tmp_path, "empty.txt", data)
    doc = read_document(path)
    assert doc.text == ""
    assert doc.warnings == [f"{path}: empty file, no attributions"]


@pytest.mark.parametrize("data", [
    b"PK\x03\x04\x00\x00zip archive",
    bytes(range(1, 32)) * 20 + b"some text",
])
def test_binary_file_is_rejected(tmp_path, data):
    path = write(tmp_path, "photo.txt", data)
    with pytest.raises(InputError, match="looks like a binary file"):
        read_document(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt: cannot read file \(No such file"):
        read_document(tmp_path / "nope.txt")


def test_directory_is_rejected(tmp_path):
    with pytest.raises(InputError, match="cannot read file"):
        read_document(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path):
    path = write(tmp_path, "secret.txt", b"text")
    path.chmod(0)
    with pytest.raises(InputError, match="Permission denied"):
        read_document(path)


def test_html_extraction(tmp_path):
    path = write(tmp_path, "bridge.html", PAGE.encode())
    doc = read_document(path)
    lines = doc.text.split("\n")
    assert lines[0] == "Mayor says bridge will reopen in May"
    assert lines[1].startswith("RIVERSIDE (AP) — The mayor of Riverside")
    assert lines[2].startswith('"We owe people an apology')
    assert lines[3].startswith("Engineers said")
    assert len(lines) == 4
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.id == "bridge"
    assert doc.metadata["title"] == "Mayor says bridge will reopen in May"
    assert doc.metadata["url"] == "https://news.example.org/bridge-reopens"
    assert doc.metadata["sitename"] == "Riverside Gazette"
    assert doc.metadata["author"] == "Jane Doe"
    assert doc.metadata["date"] == "2021-03-04"
    assert doc.metadata["source_path"] == str(path)


def test_html_is_sniffed_without_extension(tmp_path):
    doc = read_document(write(tmp_path, "page.txt", PAGE.encode()))
    assert doc.text.startswith("Mayor says bridge will reopen in May\nRIVERSIDE (AP)")


def test_html_without_article_text(tmp_path):
    path = write(tmp_path, "blank.html", b"<!doctype html><html><body><nav></nav></body></html>")
    with pytest.raises(InputError, match="no article text found in HTML"):
        read_document(path)


@pytest.mark.parametrize("page", [
    b"<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>"
    b"<p>Union leader Ana Ruiz said the strike was off.</p><p>\"We have a deal,\" she said.</p>"
    b"</article></body></html>",
    b"<article><p>Union leader Ana Ruiz said the strike was off.</p>"
    b"<p>\"We have a deal,\" she said.</p></article>",
    b"<html><body><div><p>Union leader Ana Ruiz said the strike was off.</p>"
    b"<p>\"We have a deal,\" she said.</p></div></body></html>",
])
def test_a_short_page_gives_each_paragraph_once(tmp_path, page):
    text = read_document(write(tmp_path, "short.html", page)).text
    assert text.count("Union leader Ana Ruiz said the strike was off.") == 1
    assert text.count('"We have a deal," she said.') == 1


def test_script_and_style_never_reach_headline_or_body(tmp_path):
    page = (b"<html><head><title>x</title><style>p{color:red}</style></head><body>"
            b"<h1>Port <script>var leak = 1;</script>strike ends</h1><template><p>hidden</p></template>"
            b"<p>Union leader Ana Ruiz said the strike was off after a night of talks.</p>"
            b"<noscript>enable JavaScript</noscript></body></html>")
    doc = read_document(write(tmp_path, "script.html", page))
    assert "leak" not in doc.text and "color" not in doc.text and "hidden" not in doc.text
    assert "JavaScript" not in doc.text and "leak" not in doc.metadata.get("title", "")
    assert "Ana Ruiz said the strike was off" in doc.text


def test_stdin(monkeypatch):
    class FakeStdin:
        buffer = io.BytesIO(STORY.replace("\n", "\r\n").encode())

    monkeypatch.setattr("sys.stdin", FakeStdin())
    doc = read_document("-")
    assert doc.id == "stdin"
    assert doc.text == STORY
    assert doc.metadata["source_path"] == "<stdin>"

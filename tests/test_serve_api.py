"""The web app through FastAPI's TestClient on a real SQLite corpus: every page and its JSON
twin, the token, the body limit, hostile input and a schemathesis run over the OpenAPI schema;
then the pages as a browser meets them: the site's error page for every 4xx (JSON under /api),
HEAD, the favicon, the API docs served from the package, and /analyse keeping the analysed
text, an upload's too, to edit, analyse again and store."""
import concurrent.futures
import gc
import html
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from jinja2 import Environment
from markupsafe import escape

from quotegraph import Extractor, Settings
from quotegraph.serve import create_app
from quotegraph.serve.app import Pages
from quotegraph.serve.render import LOW_CONFIDENCE, pieces, query_strings, timeline
from quotegraph.serve.workers import spread_by_kernel
from quotegraph.store import ingest
from tests.fixtures.serve.build import build_corpus

TOKEN = "s3cret-token"
ARTICLE = 'Talks stall\n"We will not give up," Foreign Minister Ana Ruiz said. She said talks would resume.'
TALKS = ('Harbour talks resume\n"We are back at the table," union negotiator Mara Voss said on Friday.\n'
         'She said a deal could come within weeks.')
PAGE = ("<!doctype html><html><head><title>Ferry fares</title></head><body><article>"
        "<h1>Ferry fares to fall</h1><p>\u201cFares will fall by a tenth in May,\u201d transport "
        "director Olle Sand said on Tuesday, adding that the ferry timetable stays the same.</p>"
        "</article></body></html>")
HOSTILE_QUERIES = ['"', 'NEAR(', '*', 'a OR', 'AND OR', "')--", '\x00', 'a\x00b', 'x' * 400,
                   ' '.join(['said'] * 120), 'harbour"', '^', 'content:', '(((', '-', '\\']


@pytest.fixture(scope="module")
def db(tmp_path_factory, extractor):
    return build_corpus(tmp_path_factory.mktemp("serve"), extractor)


@pytest.fixture(scope="module")
def client(db, extractor):
    return TestClient(create_app(db, token=TOKEN, extractor=extractor))


@pytest.fixture(scope="module")
def readonly(db, extractor):
    return TestClient(create_app(db, extractor=extractor))


def article_id(db, outlet: str) -> int:
    return sqlite3.connect(db).execute("SELECT id FROM articles WHERE outlet = ?", (outlet,)).fetchone()[0]


def test_search_marks_matches_and_counts_facets(client):
    found = client.get("/api/search", params={"q": "harbour rebuilt"}).json()
    assert found["total"] == 2
    for r in found["results"]:
        marked = {r["content"][s:e].lower() for s, e in r["matches"]}
        assert marked == {"harbour", "rebuilt"}
        assert r["canonical_name"] == "Ingrid Dahl" and r["roles"] == ["Mayor"]
    assert {f["value"]: f["count"] for f in found["facets"]["outlet"]} == {"Harbour Herald": 1, "Coastal Wire": 1}
    assert found["facets"]["speaker"] == [{"id": "p:ingrid-dahl", "value": "Ingrid Dahl", "count": 2}]
    page = client.get("/", params={"q": "harbour rebuilt"}).text
    assert "<mark>harbour</mark>" in page and "<mark>rebuilt</mark>" in page
    assert 'href="/articles/' in page and 'href="https://herald.example/harbour"' in page


def test_search_page_links_facets_and_pages_with_the_form_kept(client):
    """Each facet link and the previous page's are the form's query string with one parameter
    changed, in the form's order (as ``urllib.parse.urlencode`` writes it), escaped in the page."""
    form = {"q": "the", "speaker": "", "outlet": "", "since": "2024", "until": "", "min_confidence": 0.3}
    found = client.get("/api/search", params={**form, "page": 2}).json()
    page = client.get("/", params={**form, "page": 2}).text
    assert found["facets"]["outlet"] and found["facets"]["speaker"]
    assert any("<" in f["value"] for f in found["facets"]["outlet"])     # escaped in the link too
    links = [{**form, "page": 1}] + [{**form, facet: f["value"]} for facet in ("outlet", "speaker")
                                     for f in found["facets"][facet]]
    for link in links:
        assert f'href="?{escape(urlencode(link))}"' in page


@pytest.mark.parametrize("value", ["a b", "A&B/C", "Š+ø “x”", "100%", 0.7, 2, "", "a=b?c#d"])
def test_query_strings_encode_as_the_urlencode_filter(value):
    form = {"q": "tax cuts", "speaker": "O'Brien", "min_confidence": 0.5, "page": 1}
    query = query_strings(form)
    urlencode_filter = Environment().from_string("{{ dict(form, **changed) | urlencode }}")
    for changed in ({"speaker": value}, {"page": value}, {"outlet": value}):
        assert query(**changed) == urlencode_filter.render(form=form, changed=changed)


def test_pages_reads_a_dict_as_jinja_does():
    """The templates' environment looks a dict's key up first, but a name every dict has
    (``items``, ``get``) is still the dict's, as in Jinja, and a missing key is undefined."""
    source = ("{{ d.kind }}|{{ d.get('kind') }}|{{ d.items is callable }}|{{ d.missing is defined }}"
              "|{{ d.values is callable }}|{{ n.real }}|{{ o.kind }}")

    class Row(dict):
        kind = "attribute"
    context = {"d": {"kind": "direct", "items": "a key", "values": 3}, "n": 4, "o": Row(kind="key")}
    assert Pages(autoescape=True).from_string(source).render(context) == \
        Environment(autoescape=True).from_string(source).render(context) == \
        "direct|direct|True|False|True|4|attribute"


def test_a_server_process_leaves_its_startup_objects_out_of_collections(db, extractor):
    gc.unfreeze()
    with TestClient(create_app(db, extractor=extractor)) as client:
        assert gc.get_freeze_count() > 1000
        assert client.get("/api/search", params={"q": "harbour"}).status_code == 200
    gc.unfreeze()


def test_search_filters(client):
    by_outlet = client.get("/api/search", params={"q": "harbour", "outlet": "coastal"}).json()
    assert [r["outlet"] for r in by_outlet["results"]] == ["Coastal Wire"]
    by_speaker = client.get("/api/search", params={"speaker": "Berg"}).json()
    assert by_speaker["total"] == 3 and {r["canonical_name"] for r in by_speaker["results"]} == {"Tomas Berg"}
    dated = client.get("/api/search", params={"since": "2024-03-10", "until": "2024-03-15"}).json()
    assert dated["total"] > 0 and {r["date"] for r in dated["results"]} == {"2024-03-12"}
    assert client.get("/api/search", params={"since": "last week"}).status_code == 422


def test_search_caps_total_and_facets(client, db, extractor, monkeypatch):
    from quotegraph.store import query
    full = client.get("/api/search", params={"q": "the"}).json()
    assert full["total"] > 2 and full["total_capped"] is False
    monkeypatch.setattr(query, "COUNT_CAP", 2)
    client = TestClient(create_app(db, extractor=extractor))     # without the remembered searches
    capped = client.get("/api/search", params={"q": "the"}).json()
    assert capped["total"] == 2 and capped["total_capped"] is True
    for facet in ("outlet", "speaker"):
        assert 0 < sum(f["count"] for f in capped["facets"][facet]) <= 2
    assert 0 < len(capped["results"]) <= 2
    assert "2+ quotes" in client.get("/", params={"q": "the"}).text
    everything = client.get("/api/search").json()
    assert everything["total"] == 2 and everything["total_capped"] is True


def test_a_search_sees_what_was_written_since_it_was_remembered(tmp_path, db, extractor):
    """Repeated searches are answered from memory until another connection (here an ingest, as
    a separate process would run it) commits: the next search, JSON or page, finds the article."""
    copy = tmp_path / "corpus.db"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    # One event loop thread for every request, as under uvicorn (searches are remembered per thread).
    with TestClient(create_app(copy, extractor=extractor)) as client:
        for _ in range(2):
            assert client.get("/api/search", params={"q": "lighthouse"}).json()["total"] == 0
            assert "0 quotes" in client.get("/", params={"q": "lighthouse"}).text
        article = tmp_path / "lighthouse.txt"
        article.write_text('Lighthouse saved\n"The lighthouse stays lit," keeper Nils Ek said.', encoding="utf-8")
        assert ingest([article], copy, extractor=extractor).new == 1
        found = client.get("/api/search", params={"q": "lighthouse"}).json()
        assert found["total"] == 1
        # The facets too: counted from an index made again after the ingest.
        [quote] = found["results"]
        assert found["facets"]["speaker"] == [{"id": quote["canonical_id"], "count": 1,
                                               "value": quote["canonical_name"] or quote["speaker"]}]
        assert "1 quote matching" in client.get("/", params={"q": "lighthouse"}).text


def test_article_json_offsets_and_page_spans(client, db):
    aid = article_id(db, "Harbour Herald")
    data = client.get(f"/api/articles/{aid}").json()
    text = data["extraction"]["text"]
    assert data["meta"]["outlet"] == "Harbour Herald"
    assert len(data["extraction"]["attributions"]) >= 4
    for a in data["extraction"]["attributions"]:
        assert text[a["content"]["start"]:a["content"]["end"]] == a["content"]["text"]
        if a["cue"]:
            assert text[a["cue"]["start"]:a["cue"]["end"]] == a["cue"]["text"]
    speakers = {s["name"]: s["canonical_id"] for s in data["extraction"]["speakers"]}
    assert speakers["Ingrid Dahl"] == "p:ingrid-dahl"
    quote = next(a for a in data["extraction"]["attributions"] if "harbour will be rebuilt" in a["content"]["text"])
    resolution = quote["resolution"]
    assert resolution in ("name", "alias")
    page = client.get(f"/articles/{aid}").text
    assert f'data-a="{quote["id"]}" data-role="cue"' in page
    assert f'title="{quote["id"]} direct · cue: said · speaker: Ingrid Dahl (by {resolution})' in page
    assert 'href="/speakers/p%3Aingrid-dahl"' in page
    assert client.get("/api/articles/999").status_code == 404
    assert client.get("/articles/999").status_code == 404


def test_a_stored_article_gives_back_what_extract_gave(tmp_path, extractor):
    """Issue 16: the dateline's offsets were lost on the way through the store. extract --json
    == /api/articles/N == quotegraph article N --json, and the CLI's text view of the stored
    article is extract's."""
    files = sorted((Path(__file__).parents[1] / "examples").glob("*.txt"))
    db = tmp_path / "examples.db"
    ingest(files, db, extractor=Extractor(Settings(mode="rules"), nlp=extractor.nlp))
    run = subprocess.run([sys.executable, "-m", "quotegraph", "extract", "--json", "--mode", "rules",
                          *map(str, files)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    extracted = {e["id"]: e for e in map(json.loads, run.stdout.splitlines())}
    assert len(extracted) == len(files) >= 3 and all(e["dateline"] for e in extracted.values())
    stored = dict(sqlite3.connect(db).execute("SELECT source, id FROM articles"))
    client = TestClient(create_app(db))
    for file in files:
        got = client.get(f"/api/articles/{stored[str(file)]}").json()["extraction"]
        # An extraction's id names its input: the file name without extension for extract, the
        # source (the path) in the corpus. The API adds each speaker's corpus-wide canonical_id.
        assert got["id"] == str(file)
        shown = subprocess.run([sys.executable, "-m", "quotegraph", "article", str(stored[str(file)]),
                                "--json", "--db", str(db)], capture_output=True, text=True)
        assert json.loads(shown.stdout)["extraction"] == got
        for speaker in got["speakers"]:
            del speaker["canonical_id"]
        assert {**got, "id": file.stem} == extracted[file.stem]
    text_view = subprocess.run([sys.executable, "-m", "quotegraph", "article", str(stored[str(files[0])]),
                                "--db", str(db)], capture_output=True, text=True).stdout
    extracted_view = subprocess.run([sys.executable, "-m", "quotegraph", "extract", "--mode", "rules",
                                     str(files[0])], capture_output=True, text=True).stdout
    assert text_view.split("\n", 1)[1] == extracted_view.replace(f"== {files[0].stem}", f"== {files[0]}", 1)
    missing = subprocess.run([sys.executable, "-m", "quotegraph", "article", "999", "--db", str(db)],
                             capture_output=True, text=True)
    assert missing.returncode == 1 and "no article 999" in missing.stderr


def test_nested_attributions_keep_both_wrappers():
    from quotegraph.model import Attribution, Content, Extraction, TextSpan
    text = "Ana said that Bo warned of floods."
    outer = Attribution("A1", "indirect", "body", Content.of(text, [(9, 33)]), TextSpan.of(text, 4, 8),
                        TextSpan.of(text, 0, 3), "S1", "Ana")
    inner = Attribution("A2", "indirect", "body", Content.of(text, [(24, 33)]), TextSpan.of(text, 17, 23),
                        TextSpan.of(text, 14, 16), "S2", "Bo", parent_id="A1")
    cut = pieces(Extraction("x", text, attributions=[outer, inner]))
    assert "".join(p.text for p in cut) == text
    found = {p.text: [(m.attribution.id, m.role) for m in p.marks] for p in cut}
    assert found["warned"] == [("A1", "content"), ("A2", "cue")]
    assert found["of floods"] == [("A1", "content"), ("A2", "content")]


def test_hostile_article_is_escaped(client, db):
    aid = article_id(db, "<b>Evil</b> Outlet")
    page = client.get(f"/articles/{aid}")
    html = page.text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>Evil" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    search = client.get("/", params={"q": "form"}).text
    assert "&lt;img src=x onerror=alert(1)&gt;" in search and 'href="javascript:' not in search


def test_speaker_page(client):
    data = client.get("/api/speakers/p:tomas-berg").json()
    assert data["name"] == "Tomas Berg" and set(data["aliases"]) == {"Berg", "Tomas Berg"}
    assert {o["outlet"]: o["count"] for o in data["by_outlet"]} == {"Harbour Herald": 2, "Coastal Wire": 1}
    assert data["weeks"] == [{"week": "2024-03-04", "count": 2}, {"week": "2024-03-11", "count": 1}]
    assert len(data["quotes"]) == 3
    page = client.get("/speakers/p:tomas-berg").text
    assert "<svg" in page and "week of 2024-03-04: 2 quotes" in page and "Opposition councillor" in page
    assert client.get("/api/speakers/p:nobody").status_code == 404
    assert [s["name"] for s in client.get("/api/speakers").json()][:2] == ["Ingrid Dahl", "Tomas Berg"]


def test_cluster_side_by_side_with_diff(client):
    [cluster] = client.get("/api/clusters").json()
    data = client.get(f"/api/clusters/{cluster['id']}").json()
    assert [m["outlet"] for m in data["members"]] == ["Harbour Herald", "Coastal Wire"]
    assert [m["altered"] for m in data["members"]] == [False, True]
    assert ["delete", "its"] in data["members"][1]["diff"] and ["insert", "their"] in data["members"][1]["diff"]
    page = client.get(f"/clusters/{cluster['id']}").text
    assert "<del>its</del> <ins>their</ins>" in page


def test_statements_and_similar_quotes(client):
    assert client.get("/api/statements").json() == client.get("/api/clusters").json()
    [statement] = client.get("/api/statements").json()
    assert statement["first_reported"] == {"outlet": "Harbour Herald", "date": statement["first_seen"]}
    assert client.get(f"/api/statements/{statement['id']}").json() == statement
    assert client.get("/api/statements/c-none").status_code == 404
    found = client.get("/api/similar", params={"q": "the port will be reconstructed before the cold months"}).json()
    assert "harbour will be rebuilt before winter" in found[0]["content"]
    assert [f["similarity"] for f in found] == sorted((f["similarity"] for f in found), reverse=True)
    assert found[0]["similarity"] > 0.5 and found[0]["matches"] == []
    by_speaker = client.get("/api/similar", params={"q": "harbour", "speaker": "Tomas Berg", "limit": 2}).json()
    assert len(by_speaker) == 2 and all(f["canonical_name"] == "Tomas Berg" for f in by_speaker)
    assert client.get("/api/similar", params={"q": "   "}).status_code == 400
    assert client.get("/api/similar").status_code == 422


def test_cluster_page_shows_each_report_as_published(client):
    """Issue 17: the exact published wording with its marks, the diff against the earliest on
    those words, a legend, and the speaker's name and role as each outlet printed them."""
    [cluster] = client.get("/api/clusters").json()
    first, second = client.get(f"/api/clusters/{cluster['id']}").json()["members"]
    wording = ('"The harbour will be rebuilt before winter, and every fishing family will keep '
               '{} berth,"')
    assert (first["content"], second["content"]) == (wording.format("its"), wording.format("their"))
    assert first["diff"] is None and first["relation"] is None
    assert second["relation"] == "altered" and second["drift"] == []
    assert second["diff"] == [["equal", wording.split(" {}")[0]], ["delete", "its"],
                              ["insert", "their"], ["equal", 'berth,"']]
    for member, headline in zip((first, second), ("Mayor defends harbour plan", "Harbour rebuild promised by winter")):
        assert (member["speaker"], member["roles"], member["headline"]) == ("Ingrid Dahl", ["Mayor"], headline)
        assert member["attribution_id"].startswith("A") and 0 < member["confidence"] <= 1
    page = client.get(f"/clusters/{cluster['id']}").text
    for member in (first, second):
        assert str(escape(member["content"])) in page   # the published text, marks and all
        assert f'href="/articles/{member["article_id"]}#{member["attribution_id"]}"' in page
        assert member["date"] in page and member["outlet"] in page
    assert page.count('Ingrid Dahl, <span class="role">Mayor</span>') == 2
    assert "&#34;The harbour will be rebuilt before winter, and every fishing family will keep <del>its</del>" in page
    legend = page.split('class="legend statement-legend"')[1].split("</details>")[0]
    assert "<del>" in legend and "<ins>" in legend and "earliest" in legend
    for relation in ("earliest", "verbatim", "altered", "paraphrase", "indirect"):
        assert f'<span class="tag rel-{relation}">{relation}</span>' in legend
    assert '<span class="tag drift">drift</span>' in legend
    # Issue 18: a timeline, earliest first, each report with its relation and how much later it came.
    timeline = page.split('<ol class="statement-timeline">')[1].split("</ol>")[0]
    assert timeline.count('<li class="report rel-') == 2
    assert timeline.index("rel-earliest") < timeline.index('<span class="tag rel-altered">altered</span>')
    assert f'<time datetime="{first["date"][:10]}">' in timeline and "first reported" in timeline


def test_similar_page_shows_the_api_results_and_search_links_to_it(client):
    """Issue 18: a page for fact-checkers over /api/similar, reached from the search page."""
    params = {"q": "the port will be reconstructed before the cold months"}
    found = client.get("/api/similar", params=params).json()
    page = client.get("/similar", params=params).text
    shown = page.split('<ol class="quotes similar">')[1].split("</ol>")[0]
    assert shown.count('<li class="result') == len(found) > 1
    at = [shown.index(f'href="/articles/{f["article_id"]}#{f["attribution_id"]}"') for f in found]
    assert at == sorted(at)                                  # most similar first, as the API
    assert f"similarity {found[0]['similarity']:.2f}" in shown
    assert 'value="the port will be reconstructed before the cold months"' in page
    assert 'href="/similar?q=harbour&amp;speaker="' in client.get("/", params={"q": "harbour"}).text
    assert '<ol class="quotes similar">' not in client.get("/similar", params={"q": "  "}).text
    narrowed = client.get("/similar", params={"q": "harbour", "speaker": "Tomas Berg"}).text
    assert "Tomas Berg" in narrowed and "Ingrid Dahl" not in narrowed.split('<ol class="quotes similar">')[1]


def test_confidence_is_shown_and_filters_search(client, db):
    """Issue 17: every quote shows its confidence, a low one marked; min_confidence narrows
    search (the store's Filters, as the CLI's) and the page's control keeps the choice."""
    everything = client.get("/api/search", params={"q": "harbour"}).json()["results"]
    low = [r for r in everything if r["confidence"] < LOW_CONFIDENCE]
    assert low and len(low) < len(everything)
    sure = client.get("/api/search", params={"q": "harbour", "min_confidence": LOW_CONFIDENCE}).json()
    assert sure["total"] == len(everything) - len(low)
    assert all(r["confidence"] >= LOW_CONFIDENCE for r in sure["results"])
    assert client.get("/api/search", params={"min_confidence": 1.5}).status_code == 422
    page = client.get("/", params={"q": "harbour"}).text
    for r in everything:
        assert f"confidence {r['confidence']:.2f}" in page
    assert page.count('class="result low"') == len(low) and page.count("conf conf-low") == len(low)
    filtered = client.get("/", params={"q": "harbour", "min_confidence": LOW_CONFIDENCE}).text
    assert f'<option value="{LOW_CONFIDENCE}" selected>' in filtered and 'class="result low"' not in filtered
    assert f"min_confidence={LOW_CONFIDENCE}" in filtered   # facet links keep it


def test_article_page_details_sidebar_legend_and_hide_below(client, db):
    aid = article_id(db, "Harbour Herald")
    attributions = client.get(f"/api/articles/{aid}").json()["extraction"]["attributions"]
    page = client.get(f"/articles/{aid}").text
    byline = page.split('<p class="muted byline">')[1].split("</p>")[0]
    assert byline.startswith("<span>Harbour Herald</span> · <span>2024-03-04</span> · ")
    text, sidebar = page.split('<aside class="speakers">')
    for a in attributions:
        # one focusable anchor per attribution, on its first content span; the sidebar entry
        # has another id, links to it, and carries an excerpt of the quote, not the id twice
        assert text.count(f'id="{a["id"]}"') == 1
        assert f'id="{a["id"]}" tabindex="0" aria-describedby="about-{a["id"]}"' in text
        assert sidebar.count(f'id="about-{a["id"]}"') == 1 and f'href="#{a["id"]}"' in sidebar
        assert f'{a["id"]} {a["id"]}' not in sidebar
        assert str(escape(" ".join(a["content"]["text"].split())[:30])) in sidebar
        assert f'confidence {a["confidence"]:.2f}' in sidebar
    legend = page.split('class="legend"')[1].split("</div>")[0]
    assert "italic</span> indirect" in legend and "nested" in legend and "c0" not in legend
    assert 'q-low c-none' in legend
    # the low-confidence attribution is drawn as such, and hidden on request
    low = [a["id"] for a in attributions if a["confidence"] < LOW_CONFIDENCE]
    assert low
    for aid_low in low:
        assert f'q-low" data-a="{aid_low}"' in text
    hidden = client.get(f"/articles/{aid}", params={"min_confidence": LOW_CONFIDENCE}).text
    for a in attributions:
        assert (f'data-a="{a["id"]}"' in hidden) == (a["confidence"] >= LOW_CONFIDENCE)
    assert f"{len(low)} attribution{'' if len(low) == 1 else 's'} below {LOW_CONFIDENCE} hidden" in hidden
    assert client.get(f"/articles/{aid}", params={"min_confidence": -1}).status_code == 422


def test_an_analysed_article_without_outlet_or_date_has_no_stray_dot(client):
    page = client.post("/analyse", data={"text": ARTICLE}).text
    byline = page.split('<p class="muted byline">')[1].split("</p>")[0]
    assert byline.strip().startswith("2 attributions") and "·" not in byline


def test_speakers_list_filters_kinds(tmp_path, extractor):
    """Issue 17: unnamed sources are not ranked among named people; each kind is labelled and
    can be chosen; the outlets column is filled from the articles' outlets."""
    source = tmp_path / "kinds.jsonl"
    source.write_text(json.dumps({"outlet": "Port Post", "date": "2024-05-03", "text":
        'Port deal stalls\n"The talks are over," a senior official said on Friday.\n'
        "The transport ministry said it would appeal the ruling.\n"
        "Dock workers said they would strike on Monday.\n"
        "Mayor Ingrid Dahl said the port would reopen next month.\n"}) + "\n")
    db = tmp_path / "kinds.db"
    ingest([source], db, extractor=extractor)
    kinds = dict(sqlite3.connect(db).execute("SELECT name, kind FROM speakers"))
    assert set(kinds.values()) == {"person", "organization", "group", "unnamed"}
    app = TestClient(create_app(db, extractor=extractor))
    named = {s["name"] for s in app.get("/api/speakers", params={"kind": ["person", "organization"]}).json()}
    assert named == {n for n, k in kinds.items() if k in ("person", "organization")}
    assert {s["kind"] for s in app.get("/api/speakers").json()} == set(kinds.values())
    page = app.get("/speakers").text
    assert all((f">{name}</a>" in page) == (kind in ("person", "organization")) for name, kind in kinds.items())
    assert '<span class="kind kind-organization">organization</span>' in page
    assert 'value="person" checked' in page and 'value="unnamed">' in page
    assert page.count('<td data-label="outlets">Port Post</td>') == len(named)
    unnamed = app.get("/speakers", params={"kind": "unnamed"}).text
    assert [n for n, k in kinds.items() if k == "unnamed"][0] in unnamed and "Ingrid Dahl" not in unnamed
    assert app.get("/speakers", params={"kind": "robot"}).status_code == 422


def test_a_timeline_of_one_week_is_one_narrow_bar_with_distinct_labels():
    """Issue 17: one week of quotes drew one bar over the whole chart, both axis labels equal
    and the maximum written over the bar."""
    svg = str(timeline([{"week": "2024-03-04", "count": 3}], width=640, height=120))
    [bar] = re.findall(r'<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"', svg)
    x, y, width = map(float, bar)
    assert width <= 640 / 6 and 200 < x + width / 2 < 440   # narrow and near the middle
    labels = re.findall(r'<text x="[\d.]+" y="([\d.]+)"[^>]*>([^<]+)</text>', svg)
    dates = [text for _, text in labels if text[:1].isdigit()]
    assert len(dates) == 2 and dates[0] < "2024-03-04" < dates[1]
    [(top_y, _)] = [(float(ly), t) for ly, t in labels if t.startswith("max")]
    assert top_y < y   # the maximum's label is above the bar
    two = str(timeline([{"week": "2024-03-04", "count": 1}, {"week": "2024-06-24", "count": 2}]))
    assert two.count("<rect") == 2 and "2024-03-04" in two and "2024-06-24" in two


def test_analyse_does_not_store(client, db):
    before = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    data = client.post("/api/analyse", json={"text": ARTICLE}).json()
    assert [a["speaker"] for a in data["extraction"]["attributions"]] == ["Ana Ruiz", "Ana Ruiz"]
    assert data["stored_article_id"] is None
    page = client.post("/analyse", data={"text": ARTICLE})
    assert page.status_code == 200 and 'data-role="content"' in page.text and "not stored" in page.text
    upload = client.post("/analyse", files={"file": ("a.txt", ARTICLE.encode(), "text/plain")})
    assert upload.status_code == 200 and 'data-a="A2"' in upload.text
    assert client.post("/analyse", data={"text": " "}).status_code == 400
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == before


def test_storing_needs_the_token(client, readonly, db):
    body = {"text": ARTICLE + " Officials said a deal was close.", "store": True}
    assert client.post("/api/analyse", json=body).status_code == 401
    assert client.post("/api/analyse", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert readonly.post("/api/analyse", json=body, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403
    assert client.post("/analyse", data={"text": body["text"], "store": "true", "token": "nope"}).status_code == 401
    stored = client.post("/api/analyse", json={**body, "outlet": "Desk"},
                         headers={"Authorization": f"Bearer {TOKEN}"}).json()["stored_article_id"]
    assert client.get(f"/api/articles/{stored}").json()["meta"]["outlet"] == "Desk"
    [model_id] = sqlite3.connect(db).execute("SELECT model_id FROM articles WHERE id = ?", (stored,)).fetchone()
    assert model_id.startswith("accurate:tagger-")
    assert client.get("/api/search", params={"q": "deal close"}).json()["total"] == 1
    form = client.post("/analyse", data={"text": body["text"], "store": "true", "token": TOKEN},
                       follow_redirects=False)
    assert form.status_code == 303 and form.headers["location"] == f"/articles/{stored}"


def test_the_mode_of_analyse_is_the_servers(db):
    site = create_app(db, mode="rules").state.site
    assert site.extractor().model_id.startswith("rules+")


def test_body_limit(client):
    """A body over 2 MB is answered 413 before any route reads it: JSON under /api, the site's
    error page (with its way back) for a page, whether Content-Length says so or the chunks do."""
    def chunks():
        for _ in range(30):
            yield b"z" * 100_000
    detail = "request body larger than 2,000,000 bytes"
    big = json.dumps({"text": "x" * 2_100_000})
    for body in (big, chunks()):
        api = client.post("/api/analyse", content=body, headers={"content-type": "application/json"})
        assert api.status_code == 413 and api.json() == {"detail": detail}
    form = {"content-type": "application/x-www-form-urlencoded"}
    for page in (client.post("/analyse", data={"text": "y" * 2_100_000}),
                 client.post("/analyse", content=chunks(), headers=form)):
        assert page.status_code == 413 and page.headers["content-type"].startswith("text/html")
        assert f"<h1>413 {HTTPStatus(413).phrase}</h1>" in page.text and detail in page.text
        assert '<a href="/">Back to the search</a>' in page.text
        assert "default-src 'self'" in page.headers["content-security-policy"]


def test_an_article_over_the_text_limit_is_413_with_the_limit(db, extractor):
    """Issue 15: a pasted 100 KB article held the analyser for 98 s. Texts over the limit are
    refused before any analysis, with the limit in the message, on the API and the page."""
    app = TestClient(create_app(db, extractor=extractor, max_chars=1000))
    long = ARTICLE + " The talks went on." * 60
    answer = app.post("/api/analyse", json={"text": long})
    assert answer.status_code == 413
    assert f"has {len(long):,} characters" in answer.json()["detail"] and "at most 1,000" in answer.json()["detail"]
    page = app.post("/analyse", data={"text": long})
    assert page.status_code == 413 and "at most 1,000" in page.text
    assert app.post("/api/analyse", json={"text": ARTICLE}).status_code == 200


class Held:
    """An extractor whose analyses wait until released, so that one can be caught running."""

    def __init__(self, extractor):
        self.extractor, self.running, self.release = extractor, threading.Event(), threading.Event()

    def extract(self, text, id=""):
        self.running.set()
        self.release.wait(30)
        return self.extractor.extract(text, id)


def test_a_busy_analyser_answers_503_with_retry_after_and_others_are_served(db, extractor):
    held = Held(extractor)
    app = create_app(db, extractor=held)
    site, client = app.state.site, TestClient(app)
    site.wait = 0.2
    first = concurrent.futures.ThreadPoolExecutor(1).submit(site.analyse, ARTICLE)
    assert held.running.wait(10)
    started = time.monotonic()
    busy = client.post("/api/analyse", json={"text": ARTICLE})
    assert busy.status_code == 503 and time.monotonic() - started < 5
    assert int(busy.headers["retry-after"]) > 0 and "busy" in busy.json()["detail"]
    assert client.get("/api/search", params={"q": "harbour"}).status_code == 200   # not blocked
    held.release.set()
    assert [a.speaker for a in first.result(10).attributions] == ["Ana Ruiz", "Ana Ruiz"]
    assert client.post("/api/analyse", json={"text": ARTICLE}).status_code == 200


def test_an_analysis_over_the_time_budget_answers_503_and_frees_the_analyser_after(db, extractor):
    held = Held(extractor)
    app = create_app(db, extractor=held)
    site, client = app.state.site, TestClient(app)
    site.budget = 0.3
    late = client.post("/api/analyse", json={"text": ARTICLE})
    assert late.status_code == 503 and "took longer than 0.3 s" in late.json()["detail"]
    held.release.set()
    site.budget = 30
    assert client.post("/api/analyse", json={"text": ARTICLE}).status_code == 200


@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_hostile_queries_never_500(client, query):
    for url in ("/api/search", "/"):
        for field in ("q", "speaker", "outlet"):
            response = client.get(url, params={field: query})
            assert response.status_code in (200, 400, 422), (url, field, response.text)
            if response.status_code == 400:
                assert "search could not run" in response.text


def test_cli_refuses_a_missing_corpus(tmp_path):
    from click.testing import CliRunner
    from quotegraph.cli import main
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no corpus at" in result.output


schema = schemathesis.pytest.from_fixture("api_schema")


@pytest.fixture(scope="module")
def api_schema(db, extractor):
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(db, extractor=extractor))


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_5xx(case):
    response = case.call()
    assert response.status_code < 500, (case.path, case.query, response.text)


def test_a_non_ascii_token_works_as_a_bearer_header(db, extractor):
    token = "ключ-ö"
    app = TestClient(create_app(db, token=token, extractor=extractor))
    body = {"text": ARTICLE, "store": False}
    # Clients send the header as UTF-8 bytes; the server must compare those bytes.
    ok = app.post("/api/analyse", json={**body, "store": True},
                  headers={"Authorization": f"Bearer {token}".encode("utf-8")})
    assert ok.status_code == 200 and ok.json()["stored_article_id"]
    wrong = app.post("/api/analyse", json={**body, "store": True},
                     headers={"Authorization": "Bearer ключ-o".encode("utf-8")})
    assert wrong.status_code == 401


@pytest.mark.parametrize("body, field", [
    ({"text": "", "store": True}, "text"),
    ({"text": " \n\t ", "store": True}, "text"),
    ({"text": ARTICLE, "date": "31/10/2016"}, "date"),
    ({"text": ARTICLE, "date": "2016-02-30"}, "date"),
])
def test_empty_articles_and_bad_dates_are_rejected_before_anything_is_stored(client, db, body, field):
    before = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    response = client.post("/api/analyse", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"][-1] == field
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == before


@pytest.mark.parametrize("content", [b"not a database at all", None])
def test_serve_refuses_a_file_that_is_not_a_corpus(tmp_path, content):
    path = tmp_path / "other.db"
    if content is None:   # an SQLite database of something else
        sqlite3.connect(path).execute("CREATE TABLE notes (x)").connection.commit()
    else:
        path.write_bytes(content)
    result = subprocess.run([sys.executable, "-m", "quotegraph", "serve", "--db", str(path), "--port", "1"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "not a quotegraph corpus" in result.stderr and "serving" not in result.stderr


def _sockets(pid: int) -> int:
    """How many sockets process ``pid`` holds open."""
    return sum(os.readlink(fd).startswith("socket:") for fd in Path(f"/proc/{pid}/fd").iterdir())


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.skipif(not spread_by_kernel(), reason="SO_REUSEPORT spreads connections on Linux only")
def test_serve_workers_each_take_a_share_of_the_connections(db):
    """Issue 17: under uvicorn's --workers the process that woke first accepted all 50 of the
    benchmark's connections (kept alive, they stayed with it) while the other idled. Each worker
    of 'serve --workers' listens on a socket of its own and the kernel spreads connections."""
    port = _free_port()
    server = subprocess.Popen([sys.executable, "-m", "quotegraph", "serve", "--db", str(db),
                               "--port", str(port), "--workers", "2"], stderr=subprocess.DEVNULL)
    workers = []
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/api/speakers?top=1",
                                 headers={"Connection": "close"}).status_code == 200
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.2)
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        workers = [int(pid) for pid in children
                   if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        # The probe's connection above may still be closing: counted once the counts hold still.
        before = None
        while before != (before := {pid: _sockets(pid) for pid in workers}):
            time.sleep(0.3)
        clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(20)]
        for client_socket in clients:
            client_socket.sendall(b"GET /api/speakers?top=1 HTTP/1.1\r\nHost: test\r\n\r\n")
        assert all(c.recv(65536).startswith(b"HTTP/1.1 200") for c in clients)
        gained = [_sockets(pid) - before[pid] for pid in workers]
        assert len(workers) == 2 and sum(gained) == 20 and min(gained) > 0, gained
        for client_socket in clients:
            client_socket.close()
    finally:
        server.terminate()
        server.wait(30)
    assert workers and not any(Path(f"/proc/{pid}").exists() for pid in workers)


@pytest.mark.skipif(not spread_by_kernel(), reason="SO_REUSEPORT spreads connections on Linux only")
def test_a_worker_that_ends_stops_the_others_and_says_so():
    env = {k: v for k, v in os.environ.items() if k != "QUOTEGRAPH_DB"}   # the app cannot start
    result = subprocess.run([sys.executable, "-c", "from quotegraph.serve.workers import run;"
                             f" run(2, '127.0.0.1', {_free_port()})"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "set QUOTEGRAPH_DB to the corpus database" in result.stderr
    assert re.search(r"WorkerExited: server process quotegraph-serve-\d ended with exit code 1;"
                     r" the others were stopped", result.stderr)


def test_serve_workers_on_a_port_in_use_fail_at_once(db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([sys.executable, "-m", "quotegraph", "serve", "--db", str(db),
                                 "--port", str(port), "--workers", "2"],
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}: Address already in use" in result.stderr


# -- the pages as a browser meets them ---------------------------------------------------

def first_id(db, table: str) -> str:
    return str(sqlite3.connect(db).execute(f"SELECT min(id) FROM {table}").fetchone()[0])


def textarea(page: str) -> str:
    """The text a browser shows in the page's text area (HTML drops the newline after the tag)."""
    [raw] = re.findall(r"<textarea[^>]*>(.*?)</textarea>", page, re.S)
    return html.unescape(raw.removeprefix("\n"))


def hidden_text(page: str) -> str:
    [raw] = re.findall(r'<input type="hidden" name="text" value="([^"]*)">', page)
    return html.unescape(raw)


@pytest.mark.parametrize("method, url, status, message", [
    ("GET", "/articles/0", 422, "article_id: Input should be greater than or equal to 1"),
    ("GET", "/articles/abc", 422, "article_id: Input should be a valid integer"),
    ("GET", "/?page=0", 422, "page: Input should be greater than or equal to 1"),
    ("GET", "/?q=" + "x" * 501, 422, "q: String should have at most 500 characters"),
    ("GET", "/?since=31/10/2016", 422, "since: should be a date, yyyy-mm-dd (or yyyy, yyyy-mm)"),
    ("GET", "/speakers/p:tomas-berg?page=0", 422, "page: Input should be greater than or equal to 1"),
    ("GET", "/articles/999999", 404, "999999"),
    ("GET", "/speakers/p:nobody", 404, "p:nobody"),
    ("GET", "/no/such/page", 404, "There is no page at /no/such/page."),
    ("POST", "/", 405, "Method Not Allowed"),
    ("POST", "/analyse?store=maybe", 422, ""),
])
def test_a_page_error_is_the_sites_error_page_with_a_way_back(client, method, url, status, message):
    response = client.request(method, url, data={"store": "maybe"} if "store" in url else None)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    assert '<header class="top">' in page and '<link rel="stylesheet" href="/static/style.css">' in page
    assert f"<h1>{status} " in page and html.escape(message, quote=False) in page
    assert '<a href="/">Back to the search</a>' in page
    assert "default-src 'self'" in response.headers["content-security-policy"]


def test_the_405_page_keeps_allow(client):
    # Starlette keeps a route's methods in a set: their order varies between processes.
    assert set(client.post("/speakers").headers["allow"].split(", ")) == {"GET", "HEAD"}


@pytest.mark.parametrize("url, status", [("/api/articles/0", 422), ("/api/search?page=0", 422),
                                         ("/api/speakers/p:nobody", 404), ("/api/nothing", 404)])
def test_api_errors_stay_json(client, url, status):
    response = client.get(url)
    assert response.status_code == status and response.headers["content-type"] == "application/json"
    assert "detail" in response.json()


def test_every_page_answers_head(client, db):
    cluster = client.get("/api/clusters").json()[0]["id"]
    pages = ["/", "/?q=harbour", f"/articles/{first_id(db, 'articles')}", "/speakers",
             "/speakers/p:tomas-berg", "/clusters", f"/clusters/{cluster}", "/similar?q=harbour", "/analyse",
             "/docs"]
    for url in pages:
        response = client.head(url)
        assert response.status_code == 200, url
        assert response.headers["content-type"].startswith("text/html") and response.content == b""
    assert client.head("/articles/0").status_code == 422
    assert client.head("/favicon.ico").status_code == 200


def test_favicon(client):
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in client.get("/").text
    for url in ("/favicon.ico", "/static/favicon.svg"):
        response = client.get(url)
        assert response.status_code == 200 and response.headers["content-type"] == "image/svg+xml"
        assert response.text.startswith("<svg")


def test_api_docs_are_served_from_the_package_with_no_inline_script(client):
    response = client.get("/docs")
    assert response.status_code == 200 and '<header class="top">' in response.text
    scripts = re.findall(r"<script([^>]*)>(.*?)</script>", response.text, re.S)
    assert [attributes for attributes, _ in scripts] == [' src="/static/swagger-ui/swagger-ui-bundle.js"',
                                                         ' src="/static/docs.js"']
    assert all(not body.strip() for _, body in scripts)
    assert 'data-openapi-url="/openapi.json"' in response.text
    csp = response.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
    for asset, kind in [("/static/swagger-ui/swagger-ui-bundle.js", "javascript"),
                        ("/static/swagger-ui/swagger-ui.css", "text/css"), ("/static/docs.js", "javascript")]:
        served = client.get(asset)
        assert served.status_code == 200 and kind in served.headers["content-type"], asset
    assert client.get("/redoc").status_code == 404      # FastAPI's, from a CDN: gone


def test_analyse_keeps_the_text_to_edit_and_analyse_again(client):
    page = client.post("/analyse", data={"text": TALKS}).text
    assert 'data-role="content"' in page and "Edit and analyse again" in page
    assert textarea(page) == TALKS and hidden_text(page) == TALKS
    again = client.post("/analyse", data={"text": textarea(page).replace("Friday", "Monday")}).text
    assert "on Monday" in textarea(again) and 'data-role="content"' in again
    blank = client.get("/analyse").text
    assert textarea(blank) == "" and "Analyse an article" in blank and "data-role" not in blank


def test_a_text_starting_with_a_newline_keeps_it(client):
    assert textarea(client.post("/analyse", data={"text": "\n" + TALKS}).text).startswith("\nHarbour")


@pytest.mark.parametrize("name, content, kind, headline", [
    ("talks.txt", TALKS.replace("Friday", "Saturday"), "text/plain", "Harbour talks resume"),
    ("fares.html", PAGE, "text/html", "Ferry fares to fall"),
], ids=["text", "html"])
def test_an_uploaded_file_can_be_stored_after_analysing(client, db, name, content, kind, headline):
    """Issue 17: the store form's hidden text was the empty text area, not the file's text."""
    before = sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0]
    analysed = client.post("/analyse", files={"file": (name, content.encode(), kind)})
    assert analysed.status_code == 200 and 'data-role="content"' in analysed.text
    text = hidden_text(analysed.text)
    assert text.startswith(headline) and textarea(analysed.text) == text
    stored = client.post("/analyse", data={"text": text, "store": "true", "token": TOKEN},
                         follow_redirects=False)
    assert stored.status_code == 303
    article = client.get("/api" + stored.headers["location"]).json()
    assert article["extraction"]["text"] == text and article["extraction"]["attributions"]
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == before + 1

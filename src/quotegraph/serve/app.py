"""The FastAPI app: server-rendered pages, each with a JSON twin under ``/api``.

``create_app(db)`` serves the corpus at ``db`` read-only. With ``token``, ``POST /analyse``
and ``POST /api/analyse`` may also store the analysed article (the token compared in constant
time). Every response carries a Content-Security-Policy that allows no script but files the
app serves itself (only ``/docs`` has any: Swagger UI from the ``swagger-ui-bundle-v2``
package), and a request body over ``max_body`` bytes is answered 413 before it reaches a route
(on a page with the site's error page).
Pages answer GET and HEAD, and an error on a page (a 4xx, a parameter that fails validation)
is the site's error page, while ``/api`` answers errors in JSON.
"""
from __future__ import annotations

import gc
import hmac
import math
import os
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from contextlib import asynccontextmanager
from http import HTTPStatus
from importlib import resources
from typing import Annotated, Optional, Union

import swagger_ui_bundle
from fastapi import FastAPI, File, Form, Header, HTTPException, Path, Query, Request, UploadFile
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException as StarletteHTTPException

import quotegraph
from quotegraph.errors import QuotegraphError
from quotegraph.model import Extraction, SpeakerKind
from quotegraph.pipeline import shared_extractor
from quotegraph.serve import models, render
from quotegraph.serve.guard import (ANALYSE_BUDGET, ANALYSE_WAIT, MAX_BODY, MAX_CHARS, Guard,
                                    json_too_large)
from quotegraph.serve.queries import Corpus, NotFound
from quotegraph.store import ArticleMeta, Filters, add_article

DATE = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
MAX_ID = 2**63 - 1
SIMILAR_PAGE = 20      # quotes on the /similar page
ERRORS = {400: {"model": models.Error}, 404: {"model": models.Error}}
WRITE_ERRORS = {400: {"model": models.Error}, 401: {"model": models.Error},
                403: {"model": models.Error}, 413: {"model": models.Error},
                503: {"model": models.Error}}

Text = Annotated[Optional[str], Query(max_length=500)]
Day = Annotated[Optional[str], Query(pattern=DATE, description="yyyy-mm-dd (or yyyy, yyyy-mm)")]
Page = Annotated[int, Query(ge=1, le=10_000)]
PageNumber = Annotated[int, Query(ge=1, le=10_000, alias="page")]   # the pages' ?page=
Confidence = Annotated[Optional[float], Query(ge=0, le=1, description="only attributions of at least this confidence")]
Kinds = Annotated[Optional[list[SpeakerKind]], Query(description="speaker kinds (repeat it)")]

# What a dict's dotted name reaches before its keys.
DICT_ATTRIBUTES = frozenset(dir(dict))


class Pages(Environment):
    """The templates' environment. They read dicts (search results, speakers, clusters), and
    Jinja looks ``r.kind`` up as an attribute before it tries the key, raising and catching an
    AttributeError every time: about 280 lookups on a search page, a fifth of its rendering.
    Here a plain dict's key comes first unless the name is an attribute of every dict
    (``.get``, ``.items``), which is what Jinja finds first too: the same values, either way.
    """

    def getattr(self, obj, attribute):
        if type(obj) is dict and attribute not in DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


class Site:
    """What the routes share: the read-only corpus, the token, the lazily loaded extractor."""

    def __init__(self, db: Union[str, os.PathLike], token: Optional[str], extractor=None,
                 mode: str = "accurate", max_chars: int = MAX_CHARS,
                 wait: float = ANALYSE_WAIT, budget: float = ANALYSE_BUDGET):
        self.db = db
        self.mode = mode
        self.corpus = Corpus(db)
        self.token = token
        self.max_chars, self.wait, self.budget = max_chars, wait, budget
        self._extractor = extractor
        self._free = threading.Semaphore()    # the analyser: taken until its analysis ends
        self._analyser = ThreadPoolExecutor(max_workers=1, thread_name_prefix="analyse")

    def extractor(self):
        """The given :class:`~quotegraph.pipeline.Extractor`, else the process's shared one of
        the server's mode, loaded on first use."""
        return self._extractor or shared_extractor(self.mode)

    def analyse(self, text: str) -> Extraction:
        """The extraction of one article, analysed one at a time (the spaCy pipeline is
        shared): 413 above :attr:`max_chars`; 503 with ``Retry-After`` when the analyser stays
        busy for :attr:`wait` seconds or the analysis runs past :attr:`budget` seconds (it
        then finishes in the background, holding the analyser, and is not returned)."""
        if len(text) > self.max_chars:
            raise HTTPException(413, f"the article has {len(text):,} characters and this server analyses "
                                     f"at most {self.max_chars:,}; run 'quotegraph extract' on longer texts")
        extractor = self.extractor()
        retry = {"Retry-After": str(math.ceil(self.budget))}
        if not self._free.acquire(timeout=self.wait):
            raise HTTPException(503, "the analyser is busy with another article; try again shortly",
                                headers=retry)
        try:
            job = self._analyser.submit(extractor.extract, text, "pasted")
        except BaseException:
            self._free.release()
            raise
        job.add_done_callback(lambda _: self._free.release())
        try:
            return job.result(timeout=self.budget)
        except FutureTimeout:
            raise HTTPException(503, f"the analysis took longer than {self.budget:g} s; "
                                     "try a shorter text or again later", headers=retry) from None

    def authorise(self, given: Optional[str]) -> None:
        """403 when the server has no token (read-only), 401 when ``given`` is not it."""
        if self.token is None:
            raise HTTPException(403, "this server is read-only: start it with --token to store articles")
        if not given or not hmac.compare_digest(given.encode("utf-8", "surrogatepass"),
                                                self.token.encode("utf-8", "surrogatepass")):
            raise HTTPException(401, "a valid token is needed to store articles",
                                headers={"WWW-Authenticate": "Bearer"})

    def store(self, extraction: Extraction, outlet: Optional[str] = None, url: Optional[str] = None,
              date: Optional[str] = None) -> int:
        """Add one analysed article to the corpus (as ``quotegraph ingest`` writes it) and
        refresh the cross-article tables; returns its article id (the stored one if the same
        text is there already)."""
        meta = ArticleMeta(source="serve:analyse", outlet=outlet or None, url=url or None,
                           date=date or None, headline=extraction.headline, language="en",
                           metadata={})
        return add_article(self.db, extraction, meta, self.extractor())


def _header_text(value: str) -> str:
    """A header as the client wrote it: HTTP servers read header bytes as Latin-1, so a UTF-8
    token (``Bearer ключ``) arrives garbled unless its bytes are read back as UTF-8."""
    try:
        return value.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def safe_url(url: Optional[str]) -> Optional[str]:
    """``url`` when it is http(s); anything else (``javascript:``) is not made a link."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _filters(speaker, outlet, since, until, min_confidence=None) -> Filters:
    return Filters(speaker or None, outlet or None, since or None, until or None, min_confidence)


def explain(errors) -> str:
    """What failed validation in a request, in words for the error page: each parameter with
    what it should be (a date pattern said as the dates it takes).

    >>> explain([{"loc": ("query", "page"), "msg": "Input should be greater than or equal to 1"},
    ...          {"loc": ("query", "since"), "msg": "String should match pattern", "ctx": {"pattern": DATE}}])
    'page: Input should be greater than or equal to 1; since: should be a date, yyyy-mm-dd (or yyyy, yyyy-mm)'
    """
    return "; ".join(
        f"{error['loc'][-1]}: "
        + ("should be a date, yyyy-mm-dd (or yyyy, yyyy-mm)"
           if error.get("ctx", {}).get("pattern") == DATE else error["msg"])
        for error in errors)


@asynccontextmanager
async def _frozen_at_start(app: FastAPI):
    """Before a server process answers: what it has made so far (the modules it imported,
    spaCy's and torch's among them: 270,000 objects) left out of the garbage collector's full
    collections, which otherwise stop every request of the process for 0.1 to 0.2 s every few
    thousand requests."""
    gc.collect()
    gc.freeze()
    yield


def create_app(db: Union[str, os.PathLike], token: Optional[str] = None,
               max_body: int = MAX_BODY, extractor=None, mode: str = "accurate",
               max_chars: int = MAX_CHARS) -> FastAPI:
    """The web app over the corpus at ``db`` (which must exist); ``extractor`` is the
    :class:`~quotegraph.pipeline.Extractor` for /analyse (default: one of ``mode``, loaded on
    first use), which analyses articles of at most ``max_chars`` characters."""
    site = Site(db, token, extractor, mode, max_chars)
    # FastAPI's own /docs and /redoc load their scripts from a CDN, inline: see docs_page.
    app = FastAPI(title="quotegraph", version=quotegraph.__version__, docs_url=None, redoc_url=None,
                  lifespan=_frozen_at_start,
                  description="Who said what: search quotes, read articles with every attribution "
                              "highlighted, follow speakers and quote clusters. Every page has a "
                              "JSON twin under /api.")
    app.state.site = site
    package = resources.files("quotegraph.serve")
    # Before /static, which would otherwise take these paths too.
    app.mount("/static/swagger-ui", StaticFiles(directory=str(swagger_ui_bundle.swagger_ui_path)),
              name="swagger-ui")
    app.mount("/static", StaticFiles(directory=str(package / "static")), name="static")
    # The templates are the package's: read once, never checked for changes (a stat per
    # template and import at every page).
    env = Pages(loader=FileSystemLoader(str(package / "templates")), autoescape=True, auto_reload=False)
    env.filters.update(safe_url=safe_url, marked=render.marked, query_strings=render.query_strings,
                       diff=render.diff, drift_words=render.drift_words, days_after=render.days_after)
    env.globals.update(LOW_CONFIDENCE=render.LOW_CONFIDENCE, CONFIDENCE_STEPS=render.CONFIDENCE_STEPS)
    templates = Jinja2Templates(env=env)

    def page(request: Request, name: str, status: int = 200, headers=None, **context) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"token_enabled": token is not None,
                                                          **context}, status_code=status,
                                          headers=headers)

    def html_route(path: str):
        """A page: answers GET and HEAD with HTML, and is not part of the API's schema."""
        return app.api_route(path, methods=["GET", "HEAD"], response_class=HTMLResponse,
                             include_in_schema=False)

    def run_search(q, speaker, outlet, since, until, page_number, min_confidence=None) -> dict:
        try:
            return site.corpus.search(q or "", _filters(speaker, outlet, since, until, min_confidence),
                                      page_number)
        except sqlite3.OperationalError as error:
            raise HTTPException(400, f"the search could not run ({error}); "
                                     "try plain words without operators") from error

    def find(lookup, *args):
        try:
            return lookup(*args)
        except NotFound as error:
            raise HTTPException(404, str(error)) from error

    # -- JSON --------------------------------------------------------------------------------

    # Searches are bounded (see Corpus.search) and CPU-bound: they run on the event loop, one
    # at a time per worker process, rather than dozens of threads contending for the GIL.
    @app.get("/api/search", response_model=models.SearchOut, responses=ERRORS, tags=["api"])
    async def api_search(q: Text = None, speaker: Text = None, outlet: Text = None, since: Day = None,
                   until: Day = None, page: Page = 1, min_confidence: Confidence = None):
        """Quotes whose content has every word of ``q`` (FTS5, stemmed; all quotes when empty),
        narrowed by speaker/outlet (substrings), date and confidence; facet counts by outlet and
        speaker over at most the first 2,000 matches (``total_capped`` when there are more)."""
        # Plain JSON types already, in the shape of SearchOut: skip re-validating every result.
        return JSONResponse(run_search(q, speaker, outlet, since, until, page, min_confidence))

    @app.get("/api/articles/{article_id}", response_model=models.ArticleOut, responses=ERRORS,
             tags=["api"])
    def api_article(article_id: Annotated[int, Path(ge=1, le=MAX_ID)]):
        """A stored article's text, speakers and attributions (offsets into the text)."""
        return find(site.corpus.article, article_id).to_dict()

    @app.get("/api/speakers", response_model=list[models.SpeakerSummary], tags=["api"])
    def api_speakers(top: Annotated[int, Query(ge=1, le=1000)] = 100, kind: Kinds = None):
        """Canonical speakers, most quoted first; only those of the ``kind``s given (any number)."""
        return site.corpus.speakers(top, kind)

    @app.get("/api/speakers/{speaker_id}", response_model=models.SpeakerOut, responses=ERRORS,
             tags=["api"])
    def api_speaker(speaker_id: str, page: Page = 1):
        """A canonical speaker: aliases, roles, quotes by outlet and per week, a page of quotes."""
        return find(site.corpus.speaker, speaker_id, page)

    @app.get("/api/statements", response_model=list[models.ClusterOut], tags=["api"])
    @app.get("/api/clusters", response_model=list[models.ClusterOut], tags=["api"])
    def api_clusters(speaker: Text = None, limit: Annotated[int, Query(ge=1, le=500)] = 50):
        """Statements reported more than once (in the same or other words), largest first: the
        earliest report, then each other by date with its relation to it and its drift."""
        return site.corpus.clusters(speaker or None, limit)

    @app.get("/api/statements/{cluster_id}", response_model=models.ClusterOut, responses=ERRORS,
             tags=["api"])
    @app.get("/api/clusters/{cluster_id}", response_model=models.ClusterOut, responses=ERRORS,
             tags=["api"])
    def api_cluster(cluster_id: str):
        """One statement across articles and outlets: earliest report first, relations, word
        diffs on printed words, drift."""
        return find(site.corpus.cluster, cluster_id)

    @app.get("/api/similar", response_model=list[models.SimilarOut], responses=ERRORS, tags=["api"])
    def api_similar(q: Annotated[str, Query(min_length=1, max_length=500)], speaker: Text = None,
                    limit: Annotated[int, Query(ge=1, le=100)] = 10):
        """Quotes closest in meaning to ``q`` (cosine of sentence embeddings), most similar
        first, narrowed to a speaker (canonical name or alias, substring) when given."""
        if not q.strip():
            raise HTTPException(400, "give a text to find quotes similar to (q)")
        return site.corpus.similar(q, speaker or None, limit)

    @app.post("/api/analyse", response_model=models.AnalyseOut, responses=WRITE_ERRORS, tags=["api"])
    def api_analyse(body: models.AnalyseIn,
                    authorization: Annotated[Optional[str], Header()] = None):
        """Extract the attributions of one article without storing it; with ``store`` and
        ``Authorization: Bearer TOKEN``, also add it to the corpus."""
        if body.store:
            site.authorise(_header_text(authorization.removeprefix("Bearer ").strip())
                           if authorization else None)
        extraction = analyse_bytes(body.text.encode("utf-8", "replace"), "pasted")
        stored = site.store(extraction, body.outlet, body.url, body.date) if body.store else None
        return {"extraction": extraction.to_dict(), "stored_article_id": stored}

    def analyse_bytes(data: bytes, label: str) -> Extraction:
        from quotegraph.ingest.read import read_bytes
        try:
            document = read_bytes(data, label, label)
        except QuotegraphError as error:
            raise HTTPException(400, str(error)) from error
        return site.analyse(document.text)

    # -- pages -------------------------------------------------------------------------------

    @html_route("/")
    async def search_page(request: Request, q: Text = None, speaker: Text = None, outlet: Text = None,
                          since: Day = None, until: Day = None, page_number: PageNumber = 1,
                          min_confidence: Confidence = None):
        form = {"q": q or "", "speaker": speaker or "", "outlet": outlet or "",
                "since": since or "", "until": until or "", "min_confidence": min_confidence or 0}
        try:
            found = run_search(q, speaker, outlet, since, until, page_number, min_confidence)
        except HTTPException as error:
            return page(request, "search.html", error.status_code, form=form, error=error.detail,
                        found=None)
        # The page is the search's and the form's alone: remembered with the search.
        return HTMLResponse(site.corpus.remember(
            ("search.html", str(request.query_params)),
            lambda: page(request, "search.html", form=form, found=found, error=None).body))

    @html_route("/articles/{article_id}")
    def article_page(request: Request, article_id: Annotated[int, Path(ge=1, le=MAX_ID)],
                     min_confidence: Confidence = None):
        found = find(site.corpus.article, article_id)
        return article_view(request, found.extraction, found.meta, found.canonical,
                            min_confidence=min_confidence)

    def article_view(request, extraction, meta, canonical, status=200, name="article.html",
                     min_confidence=None, **context):
        names = {k: v["name"] for k, v in canonical.items()}
        colours = render.speaker_colours(extraction)
        shown = render.above(extraction, min_confidence)
        counts = {s.id: 0 for s in extraction.speakers}
        for a in shown.attributions:
            if a.speaker_id in counts:
                counts[a.speaker_id] += 1
        return page(request, name, status, meta=meta, extraction=shown,
                    hidden=len(extraction.attributions) - len(shown.attributions),
                    min_confidence=min_confidence, body=render.highlight(shown, names),
                    colours=colours, counts=counts, canonical=canonical, facts=render.facts,
                    excerpt=render.excerpt, **context)

    @html_route("/speakers")
    def speakers_page(request: Request, kind: Kinds = None):
        kinds = kind or ["person", "organization"]
        return page(request, "speakers.html", speakers=site.corpus.speakers(200, kinds), kinds=kinds)

    @html_route("/speakers/{speaker_id}")
    def speaker_page(request: Request, speaker_id: str, page_number: PageNumber = 1):
        found = find(site.corpus.speaker, speaker_id, page_number)
        return page(request, "speaker.html", speaker=found, chart=render.timeline(found["weeks"]))

    @html_route("/clusters")
    def clusters_page(request: Request, speaker: Text = None):
        return page(request, "clusters.html", clusters=site.corpus.clusters(speaker or None, 100),
                    speaker=speaker or "")

    @html_route("/clusters/{cluster_id}")
    def cluster_page(request: Request, cluster_id: str):
        return page(request, "cluster.html", cluster=find(site.corpus.cluster, cluster_id))

    @html_route("/similar")
    def similar_page(request: Request, q: Text = None, speaker: Text = None):
        form = {"q": q or "", "speaker": speaker or ""}
        found = site.corpus.similar(q, speaker or None, SIMILAR_PAGE) if q and q.strip() else None
        return page(request, "similar.html", form=form, found=found)

    @html_route("/analyse")
    def analyse_form(request: Request):
        return page(request, "analyse.html", text="", error=None)

    @app.post("/analyse", response_class=HTMLResponse, include_in_schema=False)
    def analyse_page(request: Request, text: Annotated[str, Form()] = "",
                     file: Annotated[Optional[UploadFile], File()] = None,
                     store: Annotated[bool, Form()] = False, token_field: Annotated[str, Form(alias="token")] = ""):
        try:
            if store:
                site.authorise(token_field)
            if file is not None and file.filename:
                extraction = analyse_bytes(file.file.read(), file.filename)
            elif text.strip():
                extraction = analyse_bytes(text.encode("utf-8", "replace"), "pasted")
            else:
                raise HTTPException(400, "paste an article or choose a file")
        except HTTPException as error:
            return page(request, "analyse.html", error.status_code, text=text, error=error.detail)
        if store:
            return RedirectResponse(f"/articles/{site.store(extraction)}", status_code=303)
        meta = {"id": None, "headline": extraction.headline, "outlet": None, "date": None, "url": None}
        # The text analysed (an uploaded file's too) goes back in the form, to be edited and
        # analysed again, and in the store form's hidden field.
        return article_view(request, extraction, meta, {}, name="analyse.html", analysed=True,
                            text=extraction.text, error=None)

    @html_route("/docs")
    def docs_page(request: Request):
        # Swagger UI from the package, started by static/docs.js: the CSP allows no inline script.
        return page(request, "docs.html", openapi_url=app.openapi_url)

    @app.api_route("/favicon.ico", methods=["GET", "HEAD"], include_in_schema=False)
    def favicon():
        return FileResponse(str(package / "static" / "favicon.svg"), media_type="image/svg+xml")

    def error_page(request: Request, status: int, message, headers=None):
        if status == 404 and message == HTTPStatus.NOT_FOUND.phrase:     # no such route
            message = f"There is no page at {request.url.path}."
        return page(request, "error.html", status, headers, message=message,
                    status_line=f"{status} {HTTPStatus(status).phrase}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        if is_api(request.url.path):
            return JSONResponse({"detail": error.detail}, error.status_code, headers=error.headers)
        return error_page(request, error.status_code, error.detail, error.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError):
        if is_api(request.url.path):
            return await request_validation_exception_handler(request, error)
        return error_page(request, 422, explain(error.errors()))

    def too_large(scope, detail: str):
        # The guard answers before any route or exception handler: a page's error page here.
        request = Request(scope)
        if is_api(request.url.path):
            return json_too_large(scope, detail)
        return error_page(request, 413, detail)

    app.add_middleware(Guard, max_body=max_body, too_large=too_large)
    return app


def is_api(path: str) -> bool:
    """Whether ``path`` is the JSON API's, whose errors are JSON (a page's are HTML pages)."""
    return path.startswith("/api/")

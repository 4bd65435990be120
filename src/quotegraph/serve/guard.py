"""The server's limits, and an ASGI middleware that bounds request bodies and adds the
security headers.

A body larger than ``max_body`` bytes is answered 413 without reaching the app's routes: at
once when ``Content-Length`` says so, otherwise as soon as the streamed chunks pass the
limit. The answer is ``too_large``'s (the web app's: its error page for a page, JSON under
``/api``), by default JSON.
"""
from __future__ import annotations

import json

MAX_BODY = 2_000_000
# /analyse: the longest article text analysed (longer ones are answered 413), how long a
# request waits for the analyser to be free and how long an analysis may take (else 503 with
# Retry-After). One analyser per server process; 'serve --workers N' runs N of them.
MAX_CHARS = 100_000
ANALYSE_WAIT = 5.0
ANALYSE_BUDGET = 60.0

# Scripts only from the site's own files, never inline: the pages are plain HTML and CSS, and
# only /docs runs any (Swagger UI). Images may also be data: URLs, as Swagger UI's stylesheet
# draws its icons with them; an image runs no script.
POLICY = ("default-src 'self'; script-src 'self'; img-src 'self' data:; object-src 'none'; "
          "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", POLICY.encode()),
           (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"),
           (b"x-frame-options", b"DENY")]


def json_too_large(scope, detail: str):
    """A JSON 413 response (an ASGI app) saying ``detail``."""
    body = json.dumps({"detail": detail}).encode()

    async def respond(scope, receive, send):
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
    return respond


class Guard:
    """``too_large(scope, detail)`` gives the ASGI app that answers a body over ``max_body``."""

    def __init__(self, app, max_body: int = MAX_BODY, too_large=json_too_large):
        self.app = app
        self.max_body = max_body
        self.too_large = too_large

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *HEADERS]}
            await send(message)

        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await self._too_large(scope, receive, send_with_headers)
            return
        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send_with_headers)
            return
        # Read the body here, so that a chunked body is bounded too, then hand it on whole.
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return          # the client went away
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_body:
                await self._too_large(scope, receive, send_with_headers)
                return
            if not message.get("more_body"):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send_with_headers)

    async def _too_large(self, scope, receive, send) -> None:
        detail = f"request body larger than {self.max_body:,} bytes"
        await self.too_large(scope, detail)(scope, receive, send)

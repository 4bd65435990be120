"""Regenerate the web app's screenshots in docs/ from the demo corpus (``make screenshots``).

Builds the demo corpus with the ``quotegraph ingest`` line of the Makefile's ``demo`` recipe
(into a temporary folder: demo.db is left alone), serves it with ``quotegraph serve`` on a free
loopback port, and photographs its pages in Debian's chromium through Playwright: the search,
article, cluster, speaker and analyse pages 1280 px wide, the search and article pages 390 px
wide (a phone). The cluster, its speaker and its earliest article are found through the JSON
API, so the pictures follow the demo feed::

    python docs/screenshots.py            # writes docs/*.png
    python docs/screenshots.py --out DIR  # elsewhere

Needs chromium at /usr/bin/chromium (Debian: ``apt-get install chromium``).
"""
import argparse
import glob
import json
import shlex
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
# Headless chromium as root in a container: no sandbox, no GPU, nothing fetched from outside.
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run"]
QUERY = "reopen bridge"
ANALYSED = ROOT / "examples" / "wire-harbour-pension-vote.txt"


@dataclass(frozen=True)
class Shot:
    """One picture: ``page`` (a key of :func:`page_paths`) in a window of ``width`` by ``height``
    CSS px, device scale factor 1: a PNG of that many pixels, the top of the page."""
    name: str
    page: str
    width: int
    height: int


SHOTS = [
    Shot("search.png", "search", 1280, 900),
    Shot("article.png", "article", 1280, 1000),
    Shot("cluster.png", "cluster", 1280, 800),
    Shot("speaker.png", "speaker", 1280, 900),
    Shot("analyse.png", "analyse", 1280, 900),
    Shot("search-390.png", "search", 390, 1300),
    Shot("article-390.png", "article", 390, 1300),
]


def demo_ingest_command(db: Path) -> list[str]:
    """The ``quotegraph ingest`` line of the Makefile's ``demo`` recipe, run with this Python,
    writing ``db`` instead of demo.db (globs expanded as the shell would)."""
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8").split("\ndemo:", 1)[1].split("\n\n", 1)[0]
    line = next(line for line in recipe.splitlines() if "quotegraph ingest" in line)
    args = shlex.split(line.split("quotegraph ", 1)[1])
    args[args.index("--db") + 1] = str(db)
    expanded = [sorted(glob.glob(a, root_dir=ROOT)) if "*" in a else [a] for a in args]
    return [sys.executable, "-m", "quotegraph", *[a for group in expanded for a in group]]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def wait_until_serving(base: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"quotegraph serve exited with status {server.returncode}")
        try:
            get_json(base + "/api/clusters?limit=1")
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"quotegraph serve did not answer within {seconds:.0f} s")


def page_paths(base: str) -> dict[str, str]:
    """The path of each page photographed: the cluster reported by the most outlets, its
    speaker, and its earliest report's article scrolled to (and outlining) that quote."""
    clusters = get_json(base + "/api/clusters")
    if not clusters:
        raise SystemExit("the demo corpus has no quote cluster: nothing to show on the cluster page")
    cluster = max(clusters, key=lambda c: (len(c["outlets"]), c["size"]))
    earliest = get_json(f"{base}/api/clusters/{cluster['id']}")["members"][0]
    return {"search": "/?" + urllib.parse.urlencode({"q": QUERY}),
            "article": f"/articles/{earliest['article_id']}#{earliest['attribution_id']}",
            "cluster": f"/clusters/{cluster['id']}",
            "speaker": f"/speakers/{urllib.parse.quote(cluster['speaker_id'])}",
            "analyse": "/analyse"}


def photograph(base: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    paths = page_paths(base)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        for shot in SHOTS:
            page = browser.new_page(viewport={"width": shot.width, "height": shot.height},
                                    device_scale_factor=1)
            response = page.goto(base + paths[shot.page])
            if response is None or response.status != 200:
                raise SystemExit(f"{paths[shot.page]} answered {response and response.status}")
            if shot.page == "analyse":
                page.fill("textarea[name=text]", ANALYSED.read_text(encoding="utf-8"))
                page.click("form.analyse button[type=submit]")
                page.wait_for_selector("#text")
            target = out / shot.name
            # The top of the page, wherever a #fragment scrolled it.
            page.screenshot(path=str(target), full_page=True,
                            clip={"x": 0, "y": 0, "width": shot.width, "height": shot.height})
            written.append(target)
            page.close()
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNGs [docs/]")
    out = parser.parse_args().out
    if not CHROMIUM.exists():
        raise SystemExit(f"no chromium at {CHROMIUM}: install it (Debian: apt-get install chromium)")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.db"
        ingest = subprocess.run(demo_ingest_command(db), cwd=ROOT, capture_output=True, text=True)
        if ingest.returncode != 0:
            raise SystemExit(f"building the demo corpus failed:\n{ingest.stderr}")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-m", "quotegraph", "serve", "--db", str(db),
                                   "--port", str(port)], cwd=ROOT)
        try:
            wait_until_serving(base, server)
            for path in photograph(base, out):
                print(f"{path} {path.stat().st_size // 1024} KB")
        finally:
            server.terminate()
            server.wait(10)


if __name__ == "__main__":
    main()

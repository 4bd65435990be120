"""The pictures in docs/ are what ``make screenshots`` (docs/screenshots.py) makes from the demo
corpus: the script, run as a subprocess, writes every one as a PNG as wide as its window, and the
README shows those and no other. The run is skipped where /usr/bin/chromium is not installed."""
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from docs.screenshots import CHROMIUM, ROOT, SHOTS

MADE = {shot.name for shot in SHOTS}


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which a PNG must start with."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


def test_the_readme_shows_the_pictures_the_script_makes_and_docs_holds_no_other():
    shown = set(re.findall(r"docs/([\w.-]+\.png)", (ROOT / "README.md").read_text(encoding="utf-8")))
    assert shown == MADE, f"README shows {sorted(shown - MADE)}, leaves out {sorted(MADE - shown)}"
    kept = {path.name for path in (ROOT / "docs").glob("*.png")}
    assert kept == MADE, f"docs/ holds {sorted(kept - MADE)}, lacks {sorted(MADE - kept)}"


@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed")
def test_the_script_writes_every_picture(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "docs" / "screenshots.py"), "--out", str(tmp_path)],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert {path.name for path in tmp_path.iterdir()} == MADE
    for shot in SHOTS:
        width, height = png_size(tmp_path / shot.name)
        # Device scale factor 1: as many pixels as the window has CSS px.
        assert (width, height) == (shot.width, shot.height), shot.name
        assert (tmp_path / shot.name).stat().st_size < 300_000, shot.name

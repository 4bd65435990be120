"""How extraction time and memory grow with the input, one long paragraph against lines.

Articles (the bundled examples by default) are repeated up to each size; the text is run as
it is, one paragraph per line ("lines"), and with every line break turned into a space
("paragraph", a pasted text). Each run is a fresh process, so its peak RSS is its own:
the models are loaded and warmed up first, then one extraction of the whole text is timed.
"spaCy" is a bare ``nlp(text)`` of the same pipeline on the paragraph text (its length
limit raised), what a single call without quotegraph costs. Targets (issue 15): the
paragraph costs at most 1.5x the lines, a text of 1 MB or more at most 1.5x bare spaCy (on
smaller texts the tagger's share is larger than spaCy's loss on one big Doc), and no run
peaks above 1 GiB.

    python benchmarks/scaling.py --sizes 25,100,1000 --mode accurate --data ../shared/data/polnear/dev/text
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "examples"
PARAGRAPH_VS_LINES = 1.5
MB_VS_SPACY = 1.5
PEAK_MB = 1024


def build_text(directory: Path, size: int) -> str:
    """Articles of ``directory`` one after another until ``size`` characters, cut after the
    last full stop."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(directory.glob("*.txt"))]
    if not texts:
        sys.exit(f"error: no *.txt files in {directory}")
    parts, length = [], 0
    while length < size:
        for text in texts:
            parts.append(text.strip())
            length += len(text) + 1
    text = "\n".join(parts)[:size]
    return text[:text.rfind(".") + 1]


def one_paragraph(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def measure(method: str, mode: str, path: str) -> dict:
    """Runs in the child process: load, warm up, time one run of ``method`` on ``path``."""
    text = Path(path).read_text(encoding="utf-8")
    if method == "spacy":
        from quotegraph.nlp import load_pipeline

        nlp = load_pipeline()
        nlp.max_length = max(nlp.max_length, len(text) + 1)
        nlp("Warm up. \"Yes,\" he said.")
        start = time.perf_counter()
        nlp(text)
        found = None
    else:
        from quotegraph.pipeline import Extractor, Settings

        extractor = Extractor(Settings(mode=mode))
        extractor.extract("Warm up. \"Yes,\" he said.")
        start = time.perf_counter()
        found = len(extractor.extract(text).attributions)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "found": found}


def run(method: str, mode: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", method, "--mode", mode, str(path)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="directory of *.txt articles (default: the bundled examples)")
    parser.add_argument("--sizes", default="25,100,1000", help="sizes in KB, comma-separated")
    parser.add_argument("--mode", default="accurate", choices=("accurate", "fast", "rules"))
    parser.add_argument("--measure", choices=("quotegraph", "spacy"), help=argparse.SUPPRESS)
    parser.add_argument("path", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.mode, args.path)))
        return

    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"mode {args.mode}, data {args.data}")
    print(f"{'size':>8} {'shape':<10} {'seconds':>8} {'peak MB':>8} {'found':>6} {'ratio':>22}")
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            lines = build_text(args.data, size * 1000)
            times = {}
            for shape, text in (("lines", lines), ("paragraph", one_paragraph(lines))):
                path = Path(tmp, f"{shape}-{size}.txt")
                path.write_text(text, encoding="utf-8")
                methods = ["quotegraph"] + (["spacy"] if shape == "paragraph" else [])
                for method in methods:
                    r = run(method, args.mode, path)
                    label = shape if method == "quotegraph" else "spaCy"
                    times[label] = r["seconds"]
                    ratio = ""
                    if label == "paragraph":
                        ratio = f"{r['seconds'] / times['lines']:.2f}x lines"
                        if r["seconds"] > PARAGRAPH_VS_LINES * times["lines"]:
                            failures.append(f"{size} KB paragraph: {ratio}")
                    print(f"{size:>5} KB {label:<10} {r['seconds']:>8.1f} {r['peak_mb']:>8.0f} "
                          f"{r['found'] if r['found'] is not None else '-':>6} {ratio:>22}", flush=True)
                    if method == "quotegraph" and r["peak_mb"] > PEAK_MB:
                        failures.append(f"{size} KB {label}: peak {r['peak_mb']:.0f} MB")
            vs_spacy = times["paragraph"] / times["spaCy"]
            print(f"{'':>8} paragraph / bare spaCy: {vs_spacy:.2f}x")
            if size >= 1000 and vs_spacy > MB_VS_SPACY:
                failures.append(f"{size} KB: {vs_spacy:.2f}x bare spaCy")
    print("targets met" if not failures else "targets missed: " + "; ".join(failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

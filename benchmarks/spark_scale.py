"""How `quotegraph spark` (local[2]) scales with input size, next to multiprocessing `ingest`.

Builds WARCs of 1x, 2x, 4x BASE PolNeAR articles (copies get a new headline, so no text repeats),
then per size times the Spark job (a warm session, as on a cluster) and `ingest --processes 2`
on the same WARC. Executor memory is the peak RSS (VmHWM) of each Python worker the Spark job
forks, read from /proc.

    .venv/bin/python benchmarks/spark_scale.py --base 30
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures.corpus.builders import page, write_warc  # noqa: E402


def polnear(limit: int) -> list[tuple[str, list[str]]]:
    files = sorted((ROOT.parent / "shared/data/polnear/train/text").glob("*.txt"))[:limit]
    articles = []
    for file in files:
        title, *paragraphs = [l for l in file.read_text(encoding="utf-8").splitlines() if l.strip()]
        articles.append((title, paragraphs))
    return articles


def build(folder: Path, articles, copies: int) -> Path:
    pages = [(f"https://news{c}.example/{n}.html", "2016-10-31T10:00:00Z",
              page(f"{title} ({c})" if c else title, paragraphs))
             for c in range(copies) for n, (title, paragraphs) in enumerate(articles)]
    folder.mkdir(parents=True, exist_ok=True)
    return write_warc(folder / "news.warc.gz", pages)


class WorkerMemory(threading.Thread):
    """Peak RSS of this process's pyspark worker descendants, polled from /proc."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak: dict[int, int] = {}
        self.stop = threading.Event()

    def run(self):
        while not self.stop.wait(0.5):
            for pid in os.listdir("/proc"):
                if not pid.isdigit():
                    continue
                try:
                    cmd = Path(f"/proc/{pid}/cmdline").read_bytes()
                    if b"pyspark" not in cmd or not self._descends(int(pid)):
                        continue
                    status = Path(f"/proc/{pid}/status").read_text()
                except OSError:
                    continue
                hwm = next((int(l.split()[1]) for l in status.splitlines()
                            if l.startswith("VmHWM:")), 0)
                self.peak[int(pid)] = max(self.peak.get(int(pid), 0), hwm)

    @staticmethod
    def _descends(pid: int) -> bool:
        me = os.getpid()
        while pid > 1:
            if pid == me:
                return True
            try:
                stat = Path(f"/proc/{pid}/stat").read_text()
            except OSError:
                return False
            pid = int(stat.rsplit(")", 1)[1].split()[1])
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=30, help="Articles at 1x.")
    parser.add_argument("--scales", default="1,2,4")
    args = parser.parse_args()

    from quotegraph.spark.job import run, session
    from quotegraph.store import ingest

    spark = session("local[2]", {"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "2",
                                 "spark.driver.memory": "2g"}, app="spark-scale")
    spark.sparkContext.setLogLevel("ERROR")
    articles = polnear(args.base)
    work = Path(tempfile.mkdtemp(prefix="spark-scale-"))
    # Warm-up: starts the Python workers and loads spaCy in them, as a long job would once.
    warm = build(work / "warm", articles[:2], 1)
    run(spark, [str(warm)], str(work / "warm-out"), partitions=2)
    print(f"{'scale':>5} {'articles':>8} {'spark s':>8} {'art/s':>7} {'ingest -p2 s':>12} "
          f"{'art/s':>7} {'worker peak MiB (max, sum)':>28}")
    for scale in map(int, args.scales.split(",")):
        warc = build(work / f"x{scale}", articles, scale)
        n = len(articles) * scale
        memory = WorkerMemory()
        memory.start()
        start = time.perf_counter()
        summary = run(spark, [str(warc)], str(work / f"out-x{scale}"), partitions=2)
        spark_s = time.perf_counter() - start
        memory.stop.set()
        memory.join()
        assert summary.new == n, summary
        start = time.perf_counter()
        ingest([warc], work / f"x{scale}.db", processes=2)
        ingest_s = time.perf_counter() - start
        peaks = sorted(memory.peak.values(), reverse=True)
        print(f"{scale:>4}x {n:>8} {spark_s:>8.1f} {n / spark_s:>7.2f} {ingest_s:>12.1f} "
              f"{n / ingest_s:>7.2f} {peaks[0] / 1024 if peaks else 0:>14.0f}"
              f" {sum(peaks[:2]) / 1024:>13.0f}", flush=True)
    spark.stop()


if __name__ == "__main__":
    main()

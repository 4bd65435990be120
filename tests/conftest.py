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

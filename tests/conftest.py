from pathlib import Path

import pytest

from quotegraph import Extractor

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


def shared_path(relative: str) -> Path:
    """A file under ../shared, or skip the test where the checkout has none."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


@pytest.fixture
def break_analysis(monkeypatch):
    """``break_analysis(word)``: from then on, analysing an article that holds ``word`` raises
    ``RuntimeError("resolver broke")``, as a defect in quotegraph would."""
    from quotegraph import pipeline

    resolve = pipeline.resolve_speakers

    def breaker(word: str) -> None:
        def broken(candidates, docs, offsets, text):
            if word in text:
                raise RuntimeError("resolver broke")
            return resolve(candidates, docs, offsets, text)
        monkeypatch.setattr(pipeline, "resolve_speakers", broken)
    return breaker

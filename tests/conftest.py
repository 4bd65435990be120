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

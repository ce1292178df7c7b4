"""Fixtures of the content tests: the shipped banks loaded through the real loader."""

from __future__ import annotations

import pytest
from contentkit import BANKS_DIR

from trainer.core.banks import LoadResult, load_banks


@pytest.fixture(scope="session")
def shipped() -> LoadResult:
    """The shipped banks, loaded once (seed 0), without a cache."""
    return load_banks([BANKS_DIR], seed=0)


@pytest.fixture(scope="session", params=[0, 1, 2, 7, 42])
def shipped_seeded(request: pytest.FixtureRequest) -> LoadResult:
    """The shipped banks generated with several seeds (distractors and true/false vary)."""
    return load_banks([BANKS_DIR], seed=request.param)

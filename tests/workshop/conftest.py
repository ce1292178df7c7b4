"""A small real bank (every kind, three topics, GIFT's special characters) loaded once."""

from __future__ import annotations

from pathlib import Path

import pytest
from wsbankkit import BANK

from trainer.core.banks import LoadResult, Question, load_banks


@pytest.fixture(scope="session")
def bank_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("banks")
    (folder / "ws.yaml").write_text(BANK, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def loaded(bank_dir: Path) -> LoadResult:
    result = load_banks([bank_dir])
    assert not result.errors, [str(e) for e in result.errors]
    return result


@pytest.fixture(scope="session")
def questions(loaded: LoadResult) -> list[Question]:
    return loaded.questions


@pytest.fixture(scope="session")
def by_id(loaded: LoadResult) -> dict[str, Question]:
    return loaded.by_id

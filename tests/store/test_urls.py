"""``TRAINER_DATABASE_URL`` that cannot be used: a plain message naming the variable and
what is wrong, never "unexpected error" (and never the password)."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.store import StoreError, open_store
from trainer.store.engine import ENV_DATABASE_URL


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("garbage", "is not a database URL"),
        ("postgresql://amina:secret@localhost/trainer", "psycopg"),
        ("mysql://amina:secret@localhost/trainer", "MySQLdb"),
        ("nosuchdb://localhost/trainer", "no database of the kind 'nosuchdb'"),
        ("sqlite://", "in memory"),
    ],
)
def test_an_unusable_url_is_named_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, url: str, said: str
) -> None:
    monkeypatch.setenv(ENV_DATABASE_URL, url)
    with pytest.raises(StoreError) as caught:
        open_store(tmp_path / "trainer.sqlite3")
    message = str(caught.value)
    assert ENV_DATABASE_URL in message and said in message
    assert "secret" not in message
    assert not (tmp_path / "trainer.sqlite3").exists()

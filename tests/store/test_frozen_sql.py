"""The statements frozen for the start-up's fast path (``trainer/store/frozen_sql.py``)
are the Core statements as the store compiles them, at Alembic's head revision."""

from __future__ import annotations

import runpy
from pathlib import Path

from trainer.store import frozen_sql, open_store
from trainer.store.fast import frozen

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "freeze_sql.py"


def test_the_committed_module_is_what_the_tool_writes_now() -> None:
    render = runpy.run_path(str(TOOL))["render"]
    committed = (ROOT / "trainer" / "store" / "frozen_sql.py").read_text(encoding="utf-8")
    assert render() == committed, (
        "trainer/store/frozen_sql.py is stale; regenerate it with "
        "`PYTHONPATH=. .venv/bin/python tools/freeze_sql.py`"
    )


def test_the_head_revision_is_alembics() -> None:
    from alembic.script import ScriptDirectory

    from trainer.store import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_current_head() == frozen_sql.HEAD_REVISION


def test_each_statement_is_the_one_the_store_compiles(tmp_path: Path) -> None:
    from importlib import import_module

    sources = runpy.run_path(str(TOOL))["SOURCES"]
    statements = {
        name: statement
        for source in sources
        for name, statement in import_module(source).STATEMENTS.items()
    }
    assert set(statements) == set(frozen_sql.STATEMENTS)
    store = open_store(tmp_path / "t.sqlite3")
    try:
        for name, statement in statements.items():
            compiled, kept = store.prepare(statement), frozen(name)
            assert (kept.sql, kept.names, kept.defaults, kept.positional) == (
                compiled.sql,
                compiled.names,
                compiled.defaults,
                compiled.positional,
            ), name
            with store.fast_read() as cur:  # and SQLite takes it, as the store runs it
                cur.execute(kept, {n: 0 for n in kept.names}).all()
    finally:
        store.close()

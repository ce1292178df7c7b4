"""What an ordinary start imports on the way to Home (issue 14, item 11).

Each check runs in a fresh interpreter, as the app does: a module imported by an
earlier test would hide an import made by the code under test.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def python(code: str, *args: str) -> str:
    return python_env(code, {}, *args)


def python_env(code: str, extra_env: dict[str, str], *args: str) -> str:
    env = {**os.environ, **extra_env}
    env.pop("TRAINER_DATABASE_URL", None)
    env.pop("TRAINER_DATA_DIR", None)
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


HEAVY = (
    "import sys\n"
    "def loaded(*roots):\n"
    "    return sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in roots})\n"
)


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    db = tmp_path / "t.sqlite3"
    python(
        HEAVY + "from trainer.store import open_store\nopen_store(sys.argv[1]).close()\n", str(db)
    )
    out = python(
        HEAVY + "from trainer.store import open_store\n"
        "open_store(sys.argv[1]).close()\n"
        "print('LOADED', loaded('alembic', 'mako'))\n",
        str(db),
    )
    assert "LOADED []" in out


def test_the_revisions_read_without_alembic_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    from trainer.store import migrate

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}


def test_banks_from_the_cache_load_without_pydantic_or_yaml(tmp_path: Path) -> None:
    code = (
        HEAVY + "from pathlib import Path\n"
        "from trainer.core.banks import load_banks\n"
        "from trainer.paths import shipped_banks_dir\n"
        "result = load_banks([shipped_banks_dir()], cache_dir=Path(sys.argv[1]))\n"
        "print('QUESTIONS', len(result.questions), 'ERRORS', len(result.errors))\n"
        "print('LOADED', loaded('pydantic', 'pydantic_core', 'yaml'))\n"
    )
    first = python(code, str(tmp_path))  # fills the cache
    second = python(code, str(tmp_path))
    assert first.splitlines()[0] == second.splitlines()[0]
    assert "ERRORS 0" in second
    assert "LOADED []" in second


def test_home_is_read_at_start_up_without_sqlalchemy_migrations_or_the_bank_format(
    tmp_path: Path,
) -> None:
    """``DataFolder.load_home`` (the fast path): shipped banks from the cache, a learner
    with answers, and none of the heavy libraries imported."""
    from trainer.core.data_folder import DataFolder

    with DataFolder(tmp_path) as folder:
        folder.load()
        learner = folder.study.create_profile("Ada").id
        for _ in range(5):
            card = folder.study.next_card(learner)
            assert card is not None
            folder.study.answer_card(learner, card.item_id, 3)
    out = python(
        HEAVY + "from pathlib import Path\n"
        "from trainer.core.data_folder import DataFolder\n"
        "home = DataFolder(Path(sys.argv[1])).load_home(None)\n"
        "print('HOME', home is not None and home.profile.name)\n"
        "print('LOADED', loaded('sqlalchemy', 'alembic', 'mako', 'pydantic', 'yaml'))\n",
        str(tmp_path),
    )
    assert "HOME Ada" in out and "LOADED []" in out, out


HOME_PROBE = r"""
import sys
from pathlib import Path

import pytest
from trainer.ui import app as ui_app

at_home = []

class Recording(ui_app.Session):
    def __init__(self, data_dir):
        super().__init__(data_dir)
        self.controller.home_ready.connect(lambda: at_home.append(set(sys.modules)))

ui_app.Session = Recording
code = ui_app.run_app(Path(sys.argv[1]), startup_probe=True)
assert code == 0 and len(at_home) == 1, (code, len(at_home))
print("SCREEN", ui_app.QApplication.instance() is not None)
print("LOADED", sorted(name for name in sys.argv[2:] if name in at_home[0]))
"""

NOT_ON_THE_WAY_HOME = (
    "pydantic",
    "pydantic_core",
    "yaml",
    "alembic",
    "mako",
    "trainer.core.banks.schema",
    "trainer.core.workshop.definition",
)
"""What Home does not need: the bank format's and the workshop file's models (banks come
from the cache), migrations (the database is up to date)."""


def test_home_is_reached_without_the_bank_format_workshop_files_or_migrations(
    tmp_path: Path,
) -> None:
    from trainer.core.data_folder import DataFolder

    with DataFolder(tmp_path) as folder:  # a learner with an answer: Home, not a first run
        folder.load()
        learner = folder.study.create_profile("Ada").id
        card = folder.study.next_card(learner)
        assert card is not None
        folder.study.answer_card(learner, card.item_id, 3)
    env = {"QT_QPA_PLATFORM": "offscreen"}
    first = python_env(HOME_PROBE, env, str(tmp_path), *NOT_ON_THE_WAY_HOME)
    assert "SCREEN True" in first  # the probe ran the real start-up
    second = python_env(HOME_PROBE, env, str(tmp_path), *NOT_ON_THE_WAY_HOME)
    assert "LOADED []" in second, second


QUICK_HOME = r"""
import sys
from types import SimpleNamespace
from trainer.core.data_folder import DataFolder, Loaded
from trainer.core.home_snapshot import HomeSnapshot
from trainer.core.overview import summarise
from trainer.core.study.results import HomeCounts

def load_home(self, preferred_learner):
    # Home as the quick read gives it, with stand-ins for what would bring SQLAlchemy
    result = self.read_banks()
    ada = SimpleNamespace(id=1, name="Ada")
    loaded = Loaded(summarise(result), [ada], {bank.id: "shipped" for bank in result.banks})
    seen = SimpleNamespace(by_bank={}, by_topic={}, streak=0)
    return HomeSnapshot(loaded, 1, ada, HomeCounts(0, 0, {}, {}), seen, [], "")

DataFolder.load_home = load_home
"""

NOT_BEFORE_A_QUICK_HOME = ("sqlalchemy", "alembic", *NOT_ON_THE_WAY_HOME)
"""With Home read quickly, the app imports neither SQLAlchemy nor the presenters that
need it before Home is filled: they come with the full load and the other screens."""


def test_home_from_the_quick_read_comes_before_sqlalchemy(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen"}
    probe = QUICK_HOME + HOME_PROBE
    first = python_env(probe, env, str(tmp_path), *NOT_BEFORE_A_QUICK_HOME)
    assert "SCREEN True" in first
    second = python_env(probe, env, str(tmp_path), *NOT_BEFORE_A_QUICK_HOME)
    assert "LOADED []" in second, second


def test_the_real_quick_read_comes_before_sqlalchemy(tmp_path: Path) -> None:
    from trainer.core.data_folder import DataFolder

    with DataFolder(tmp_path) as folder:
        folder.load()
        learner = folder.study.create_profile("Ada").id
    if DataFolder(tmp_path).load_home(learner) is None:
        pytest.skip("DataFolder.load_home is still the stub (the quick read has not landed)")
    env = {"QT_QPA_PLATFORM": "offscreen"}
    python_env(HOME_PROBE, env, str(tmp_path), *NOT_BEFORE_A_QUICK_HOME)
    second = python_env(HOME_PROBE, env, str(tmp_path), *NOT_BEFORE_A_QUICK_HOME)
    assert "LOADED []" in second, second


PAINT_PROBE = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from trainer.ui import app as ui_app

at_paint = []

class Seen(QObject):
    def eventFilter(self, watched, event):
        if not at_paint and event.type() == QEvent.Type.Paint:
            import PySide6.QtCore
            names = set(sys.modules)
            if "Qt" in vars(PySide6.QtCore):
                names.add("PySide6.QtCore.Qt")
            at_paint.append(names)
        return False

class Recording(ui_app.Session):
    def start(self, *after_paint):
        self.seen = Seen()
        self.window.installEventFilter(self.seen)
        super().start(*after_paint)

ui_app.Session = Recording
from trainer.cli import main
code = main(["--data-dir", sys.argv[1], "--startup-probe"])
assert code == 0 and at_paint, code
print("LOADED", sorted(name for name in sys.argv[2:] if name in at_paint[0]))
"""

NOT_BEFORE_THE_FIRST_PAINT = (
    "trainer.workshop_cli",
    "trainer.analysis_cli",
    "trainer.progress_cli",
    "trainer.live_cli",
    "trainer.ui.widgets.common",
    "trainer.ui.home",
    "hashlib",
    "decimal",
    "PySide6.QtCore.Qt",
)
"""What a bare Qt window does not do before its first frame: the command line's
commands, the screens' modules, OpenSSL's hashes (the single-instance socket's name),
the decimal arithmetic of the numbers shown,
and PySide's Qt namespace (30 ms to build, on first use)."""


def test_the_first_paint_comes_before_the_commands_screens_and_qt_namespace(
    tmp_path: Path,
) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen"}
    out = python_env(PAINT_PROBE, env, str(tmp_path), *NOT_BEFORE_THE_FIRST_PAINT)
    assert "LOADED []" in out, out

"""Where Trainer keeps its data, and where the shipped files are, without Qt.

The data directory is chosen in this order:

1. ``--data-dir DIR`` on the command line;
2. the ``TRAINER_DATA_DIR`` environment variable;
3. portable mode: a file named ``portable`` next to the executable puts the data
   in a ``TrainerData`` folder beside it (for a USB stick);
4. the platform's per-user application data folder (the same folder that Qt's
   ``QStandardPaths.AppDataLocation`` gives for organisation "Trainer", app
   "Trainer"; ``tests/ui/test_paths_qt.py`` checks that they agree).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_DATA_DIR = "TRAINER_DATA_DIR"
PORTABLE_MARKER = "portable"
PORTABLE_DIR_NAME = "TrainerData"
ORG_NAME = "Trainer"
APP_NAME = "Trainer"
APP_ID = "trainer"
"""The command, the X11 window class's instance name and the desktop file's name."""


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def install_dir() -> Path:
    """The folder that holds the executable (frozen) or the source checkout."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def bundle_dir() -> Path:
    """Where the read-only shipped files live: ``sys._MEIPASS`` when frozen."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    return Path(__file__).resolve().parent.parent


def shipped_banks_dir() -> Path:
    return bundle_dir() / "question_banks"


def resources_dir() -> Path:
    return bundle_dir() / "resources"


def app_icon_path() -> Path:
    """The application's icon (an SVG; the window, the bundle and ``trainer.desktop``)."""
    return resources_dir() / "icons" / "trainer.svg"


def platform_data_dir(home: Path | None = None, env: dict[str, str] | None = None) -> Path:
    """The per-user application data folder of this platform."""
    env = dict(os.environ) if env is None else env
    home = Path.home() if home is None else home
    if sys.platform.startswith("win"):
        base = env.get("APPDATA") or str(home / "AppData" / "Roaming")
        return Path(base) / ORG_NAME / APP_NAME
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / ORG_NAME / APP_NAME
    xdg = env.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    return Path(xdg) / ORG_NAME / APP_NAME


def portable_data_dir() -> Path | None:
    """The portable data folder when a ``portable`` file sits next to the executable."""
    if (install_dir() / PORTABLE_MARKER).is_file():
        return install_dir() / PORTABLE_DIR_NAME
    return None


def resolve_data_dir(cli_value: str | None = None, env: dict[str, str] | None = None) -> Path:
    """Apply the precedence above; the folder is not created here."""
    env = dict(os.environ) if env is None else env
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    if env.get(ENV_DATA_DIR):
        return Path(env[ENV_DATA_DIR]).expanduser().resolve()
    portable = portable_data_dir()
    if portable is not None:
        return portable
    return platform_data_dir(env=env)


def user_banks_dir(data_dir: Path) -> Path:
    """The user's own banks: YAML files dropped here load beside the shipped ones."""
    return data_dir / "banks"


def cache_dir(data_dir: Path) -> Path:
    return data_dir / "cache"


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def database_path(data_dir: Path) -> Path:
    return data_dir / "trainer.sqlite3"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"

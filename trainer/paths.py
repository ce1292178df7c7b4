"""Where Trainer keeps its data, and where the shipped files are, without Qt.

The data directory is chosen in this order:

1. ``--data-dir DIR`` on the command line;
2. the ``TRAINER_DATA_DIR`` environment variable;
3. portable mode: a file named ``portable`` next to the executable puts the data
   in a ``TrainerData`` folder beside it (for a USB stick);
4. the platform's per-user application data folder (the same folder that Qt's
   ``QStandardPaths.AppDataLocation`` gives for organisation "Trainer", app
   "Trainer"; ``tests/ui/test_paths_qt.py`` checks that they agree).

A folder that cannot be worked out (``~someone`` of no such user, no home folder,
a loop of symbolic links) raises :class:`DataDirError` with a plain message.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from trainer.errors import UserError

ENV_DATA_DIR = "TRAINER_DATA_DIR"
PORTABLE_MARKER = "portable"
PORTABLE_DIR_NAME = "TrainerData"
ORG_NAME = "Trainer"
APP_NAME = "Trainer"
APP_ID = "trainer"
"""The command, the X11 window class's instance name and the desktop file's name."""
CHOOSE_ANOTHER = "Choose another folder with --data-dir or the TRAINER_DATA_DIR variable."


class DataDirError(UserError, ValueError):
    """The data folder cannot be worked out; the message names it and says why."""


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
    if home is None:
        try:
            home = Path.home()
        except RuntimeError:  # no HOME and no entry in the user database
            raise DataDirError(
                f"Trainer cannot find your home folder, where it keeps its data. {CHOOSE_ANOTHER}"
            ) from None
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
    return data_dir_and_source(cli_value, env)[0]


def data_dir_and_source(
    cli_value: str | None = None, env: dict[str, str] | None = None
) -> tuple[Path, str]:
    """The data folder (by the precedence above) and where it came from, in words."""
    env = dict(os.environ) if env is None else env
    if cli_value is not None:
        given = "given with --data-dir"
        if not cli_value.strip():
            raise DataDirError(_cannot_use(cli_value, given, "the name is empty"))
        return _resolved(cli_value, given), given
    if env.get(ENV_DATA_DIR):
        given = f"given in the {ENV_DATA_DIR} variable"
        return _resolved(env[ENV_DATA_DIR], given), given
    portable = portable_data_dir()
    if portable is not None:
        return portable, "portable mode: a 'portable' file beside the program"
    return platform_data_dir(env=env), "the per-user default"


def _resolved(value: str, given: str) -> Path:
    """``value`` with ``~`` expanded, made absolute; :class:`DataDirError` when it cannot be."""
    try:
        expanded = Path(value).expanduser()
    except RuntimeError:  # "~name" of no such user, or "~" with no home folder
        user = value[1:].replace("\\", "/").split("/", 1)[0]
        reason = (
            f"there is no user {user!r} on this computer, so {'~' + user!r} names no home folder"
            if user
            else "your home folder cannot be found"
        )
        raise DataDirError(_cannot_use(value, given, reason)) from None
    try:
        return expanded.resolve()
    except (RuntimeError, OSError) as error:  # a loop of symbolic links (3.11: RuntimeError)
        loop = isinstance(error, RuntimeError) or getattr(error, "errno", None) == errno.ELOOP
        reason = (
            "its path goes round a loop of symbolic links"
            if loop
            else str(getattr(error, "strerror", None) or error)
        )
        raise DataDirError(_cannot_use(value, given, reason)) from None


def _cannot_use(value: str, given: str, reason: str) -> str:
    return f"The data folder {given}, {value!r}, cannot be used: {reason}."


def user_banks_dir(data_dir: Path) -> Path:
    """The user's own banks: YAML files dropped here load beside the shipped ones."""
    return data_dir / "banks"


def cache_dir(data_dir: Path) -> Path:
    return data_dir / "cache"


def log_dir(data_dir: Path) -> Path:
    return data_dir / "logs"


def database_path(data_dir: Path) -> Path:
    return data_dir / "trainer.sqlite3"


def settings_path(data_dir: Path) -> Path:
    """The preferences kept on this computer (``QSettings`` in INI format)."""
    return data_dir / "settings.ini"


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"

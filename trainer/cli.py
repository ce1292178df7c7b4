"""The command line: ``trainer [options] [command]``.

Without a command it starts the desktop app. Commands that do not need Qt or
SQLAlchemy never import them (``tests/test_cli.py`` checks it): heavy imports
happen inside each command's function.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from trainer import __version__
from trainer.paths import (
    DataDirError,
    backups_dir,
    data_dir_and_source,
    database_path,
    portable_data_dir,
    resolve_data_dir,
    settings_path,
    shipped_banks_dir,
    user_banks_dir,
)
from trainer.pipes import closed_pipe_exit


def _add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where profiles, progress, backups and logs live "
        "(default: $TRAINER_DATA_DIR, portable mode, or the per-user data folder)",
    )


APP_FLAGS = ("--self-test", "--startup-probe")
"""The desktop app's options without a value (``--data-dir`` takes one)."""


def app_only(argv: Sequence[str]) -> bool:
    """True when ``argv`` holds only the desktop app's own options (no command, no
    ``--help``): then the commands' parsers, and the modules that add them, are not
    built before the window shows."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--data-dir":
            value = next(tokens, None)
            if value is None or value.startswith("-"):
                return False
        elif not (token in APP_FLAGS or token.startswith("--data-dir=")):
            return False
    return True


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """``trainer``'s parser; without ``commands``, the desktop app's options only."""
    parser = argparse.ArgumentParser(
        prog="trainer",
        description="Offline flashcards and quizzes on international migration governance.",
    )
    parser.add_argument("--version", action="version", version=f"trainer {__version__}")
    _add_data_dir(parser)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run headless checks (banks, quiz, every main screen offscreen) and exit 0 or 1",
    )
    # Developer option for bench/startup.py: print start-up milestones and quit.
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    if not commands:
        parser.set_defaults(command=None)
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("run", help="start the desktop app (the default)")
    _add_data_dir(p)

    p = sub.add_parser(
        "validate",
        help="check bank files or folders and report errors as path:line:column",
        description="Check question banks. Exit 0 when all are valid, 1 when any is not, "
        "2 on bad usage. Default: the shipped banks and the user's bank folder.",
    )
    _add_data_dir(p)
    p.add_argument("paths", nargs="*", metavar="PATH", help="bank files or folders")
    p.add_argument("--format", choices=["text", "json"], default="text")

    p = sub.add_parser("schema", help="print the JSON Schema of the bank format")
    _add_data_dir(p)

    p = sub.add_parser("paths", help="print where Trainer keeps its data and finds its banks")
    _add_data_dir(p)

    p = sub.add_parser("self-test", help="same as --self-test")
    _add_data_dir(p)

    from trainer.workshop_cli import add_subcommands  # export, print

    add_subcommands(sub, _add_data_dir)
    from trainer.analysis_cli import add_subcommand as add_analysis

    add_analysis(sub, _add_data_dir)
    from trainer.progress_cli import add_subcommands as add_progress  # progress export/import

    add_progress(sub, _add_data_dir)
    from trainer.live_cli import add_subcommand as add_live  # live (phones)

    add_live(sub, _add_data_dir)
    return parser


def _data_dir(args: argparse.Namespace) -> Path:
    return resolve_data_dir(getattr(args, "data_dir", None))


def cmd_paths(args: argparse.Namespace, out: TextIO) -> int:
    from trainer.logsetup import log_file

    data, source = data_dir_and_source(getattr(args, "data_dir", None))
    url = os.environ.get("TRAINER_DATABASE_URL")
    if url:
        from trainer.store.errors import hide_password

        database = f"{hide_password(url)} (given in the TRAINER_DATABASE_URL variable)"
    else:
        database = str(database_path(data))
    print(f"data directory: {data} ({source})", file=out)
    print(f"database:       {database}", file=out)
    print(f"backups:        {backups_dir(data)}", file=out)
    print(f"settings:       {settings_path(data)}", file=out)
    print(f"log file:       {log_file(data)}", file=out)
    print(f"user banks:     {user_banks_dir(data)}", file=out)
    print(f"shipped banks:  {shipped_banks_dir()}", file=out)
    print(f"portable mode:  {'on' if portable_data_dir() is not None else 'off'}", file=out)
    return 0


def cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    from trainer.core.banks import validate_cmd
    from trainer.core.data_folder import DataFolder

    defaults = DataFolder(_data_dir(args)).bank_folders()  # the banks the app reads
    return validate_cmd.run(list(args.paths), fmt=args.format, default_paths=defaults, out=out)


def cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    from trainer.core.banks import validate_cmd

    out.write(validate_cmd.schema_text())
    return 0


NO_DISPLAY = (
    "trainer: no display found; start Trainer from a desktop session "
    "(neither DISPLAY nor WAYLAND_DISPLAY is set). "
    "To check an installation without a screen, run `trainer --self-test`."
)


def no_display() -> bool:
    """True on X11/Wayland systems when nothing says where to show a window.

    Qt would otherwise abort (exit 134) with a message about ``xcb-cursor0``,
    sending the user after a library that is not missing.
    """
    if sys.platform in ("win32", "darwin"):
        return False
    return not any(
        os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    )


def cmd_gui(args: argparse.Namespace, argv: Sequence[str], *, end_process: bool = False) -> int:
    """The desktop app. With ``end_process`` (Trainer run as a program) the process ends
    as soon as the app has closed: the progress is saved and backed up, the settings
    written, the lock released and the log flushed by then, and tearing down the
    interpreter and every Qt object took about a second more."""
    if no_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from trainer.ui.app import run_app

    code = run_app(_data_dir(args), startup_probe=args.startup_probe)
    if end_process:
        import logging

        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code


def cmd_self_test(args: argparse.Namespace, out: TextIO) -> int:
    from trainer.ui.selftest import run_self_test

    return run_self_test(out)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Entry point of the ``trainer`` command; returns the exit code.

    Without ``argv`` it is the program itself (``sys.argv``), and the desktop app ends
    the process when it closes (see :func:`cmd_gui`).
    """
    as_program = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    out = sys.stdout if out is None else out
    try:
        args = build_parser(commands=not app_only(argv)).parse_args(argv)
    except BrokenPipeError:  # `trainer --help | head`
        return closed_pipe_exit()
    try:
        if args.self_test or args.command == "self-test":
            return cmd_self_test(args, out)
        if args.command == "validate":
            return cmd_validate(args, out)
        if args.command == "schema":
            return cmd_schema(args, out)
        if args.command == "paths":
            return cmd_paths(args, out)
        if args.command in ("export", "print"):
            from trainer import workshop_cli

            return workshop_cli.run(args, out)
        if args.command == "analysis":
            from trainer import analysis_cli

            return analysis_cli.run(args, out)
        if args.command == "progress":
            from trainer import progress_cli

            return progress_cli.run(args, out)
        if args.command == "live":
            from trainer import live_cli

            return live_cli.run(args, out)
        return cmd_gui(args, argv, end_process=as_program)
    except KeyboardInterrupt:
        return 130
    except DataDirError as exc:  # bad usage: a data folder that cannot be worked out
        print(f"trainer: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `trainer validate | head`: the reader has gone
        return closed_pipe_exit()
    except Exception as exc:  # the last line of defence: no traceback for users
        return _report_crash(args, exc)


def _report_crash(args: argparse.Namespace, exc: BaseException) -> int:
    import logging

    from trainer.logsetup import setup_logging

    try:
        path = setup_logging(_data_dir(args))
        logging.getLogger("trainer.cli").error("unexpected error", exc_info=exc)
        where = f"Details were written to {path}."
    except (OSError, DataDirError):
        where = "The log file could not be written either."
    print(f"trainer: unexpected error: {exc}. {where}", file=sys.stderr)
    return 1


def main_gui() -> int:
    """Entry point of the ``trainer-gui`` launcher (no console window on Windows)."""
    return main()

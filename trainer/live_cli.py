"""``trainer live``: serve a workshop to participants' phones without a window.

``trainer live --workshop FILE [--host ADDR] [--port N] [--teams A,B] [--data-dir D]``
starts a phone game of the workshop (or ``--resume`` the last unfinished one), prints
its room code and join address, and is driven by commands on standard input
(:mod:`trainer.net.headless`; ``docs/live-protocol.md``). It stops listening on
``quit``, at the end of the input and on SIGTERM.

Exit codes: 0 done, 1 a problem the user can act on (one line on stderr), 2 bad usage.
Heavy modules (SQLAlchemy, the bank loader, websockets) are imported inside.
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from trainer.paths import resolve_data_dir

if TYPE_CHECKING:
    from trainer.core.banks import Question
    from trainer.core.data_folder import DataFolder
    from trainer.core.workshop.live import LiveGame

COMMAND = "live"


class LiveCommandError(Exception):
    """A problem to report in one line; ``code`` is the exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _port(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(
            f"a port is a whole number from 0 to 65535, not {text[:20]!r}"
        )
    return int(text)


def _teams(text: str) -> list[str]:
    return [" ".join(t.split()) for t in text.split(",")]


def add_subcommand(
    subparsers: Any, add_data_dir: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Add ``live`` to a ``parser.add_subparsers()`` object."""
    p = subparsers.add_parser(
        COMMAND,
        help="serve a workshop to participants' phones on the local network (no window)",
        description="Serve a workshop to participants' phones on the local network, driven "
        "by commands on standard input (next, start, reveal, board, lock, kick N, finish, "
        "results, status, quit). Exit 0 when stopped, 1 on a problem, 2 on bad usage.",
    )
    add_data_dir(p)
    p.add_argument("--workshop", type=Path, metavar="FILE", help="a saved workshop file")
    p.add_argument(
        "--resume", action="store_true", help="resume the last unfinished phone game instead"
    )
    p.add_argument(
        "--host", metavar="ADDR", help="the address to serve on (default: the likely LAN one)"
    )
    p.add_argument(
        "--port",
        type=_port,
        default=8765,
        metavar="N",
        help="the port (default 8765; the next free one when taken)",
    )
    p.add_argument(
        "--teams", type=_teams, default=None, metavar="A,B", help="team names, separated by commas"
    )
    p.add_argument(
        "--bank-path", nargs="+", type=Path, metavar="PATH", default=None,
        help="bank files or folders (default: shipped and user banks)",
    )  # fmt: skip


def _questions(folder: DataFolder) -> dict[str, Question]:
    from trainer.core.banks import BankLoadError

    try:
        return folder.read_banks(use_cache=False).by_id
    except BankLoadError as error:
        raise LiveCommandError(str(error)) from error


def _game(args: argparse.Namespace, folder: DataFolder, err: TextIO) -> LiveGame:
    from trainer.core.workshop import open_workshop
    from trainer.core.workshop.live import LiveGame, live_session_ids

    by_id = _questions(folder)
    store = folder.open_store()
    if args.resume:
        sessions = live_session_ids(store)
        if not sessions:
            raise LiveCommandError("There is no unfinished phone game to resume.")
        game = LiveGame.open(store, sessions[-1], by_id)
        print(f"resumed session {game.id}", file=err)
        return game
    workshop = open_workshop(args.workshop)
    teams = args.teams if args.teams is not None else list(workshop.teams)
    return LiveGame.start(store, workshop, by_id, teams=teams)


def _host(args: argparse.Namespace, err: TextIO) -> str:
    from trainer.net.live_server import host_addresses

    if args.host:
        return str(args.host)
    found = host_addresses()
    if not found:
        print("note: no network found; serving on 127.0.0.1 (this computer only)", file=err)
        return "127.0.0.1"
    return found[0].address


@contextmanager
def _terminated_by_sigterm() -> Iterator[None]:
    """SIGTERM ends the command like the end of the input (the game is closed)."""

    def stop(_signal: int, _frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (tests calling main())
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def cmd_live(args: argparse.Namespace, out: TextIO, err: TextIO, lines: TextIO) -> int:
    from trainer.core.data_folder import DataFolder
    from trainer.errors import UserError
    from trainer.net.headless import HeadlessHost
    from trainer.net.live_server import LiveServer

    if args.workshop is None and not args.resume:
        raise LiveCommandError("give --workshop FILE, or --resume", code=2)
    folder = DataFolder(resolve_data_dir(getattr(args, "data_dir", None)), args.bank_path)
    with folder, _terminated_by_sigterm():
        try:
            game = _game(args, folder, err)
        except UserError as error:
            raise LiveCommandError(str(error)) from error
        server = LiveServer(game, _host(args, err), args.port)
        host: HeadlessHost | None = None
        try:
            server.start()
            host = HeadlessHost(game, server, out)
            game.listen(host.on_change)
            host.announce()
            host.run(lines)
        except KeyboardInterrupt:
            pass
        except UserError as error:
            raise LiveCommandError(str(error)) from error
        finally:
            server.stop()
            game.close()
            if host is not None:
                host.close()
    print("stopped", file=out, flush=True)
    return 0


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a parsed ``live`` command; returns the exit code."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        return cmd_live(args, out, err, sys.stdin)
    except LiveCommandError as error:
        print(f"trainer {COMMAND}: {error}", file=err)
        return error.code

"""Command-line progress files: ``trainer progress export`` and ``trainer progress import``.

``trainer progress export [--profile NAME] --out FILE`` writes one learner's progress
file (the only profile when there is one; otherwise ``--profile`` names it).
``trainer progress import FILE... [--same-name merge|apart]`` merges progress files
into this data folder's progress (a backup is made first); a file whose learner has
the same name as a different learner here needs ``--same-name``: ``merge`` (the same
person) or ``apart`` (two people; the file's learner gets a free name).

Exit codes: 0 done, 1 a problem the user can act on (a file refused: one line each on
stderr, the other files are imported), 2 bad usage. SQLAlchemy and the progress-file
modules are imported inside the commands.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from trainer.errors import CommandError
from trainer.paths import resolve_data_dir

if TYPE_CHECKING:
    from trainer.core.progress_files import MergeResult
    from trainer.store import Store

COMMAND = "progress"


def _file_name(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("give a file name")
    return Path(text)


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS)


def add_subcommands(
    subparsers: Any,
    add_data_dir: Callable[[argparse.ArgumentParser], None] = _data_dir_option,
) -> None:
    """Add ``progress export`` and ``progress import`` to ``parser.add_subparsers()``."""
    progress = subparsers.add_parser(
        COMMAND,
        help="export a learner's progress file, or import progress files (merge them)",
        description="Progress files carry one learner's progress from one Trainer to "
        "another (a trainee's laptop to the facilitator's, or a new laptop).",
    )
    add_data_dir(progress)
    actions = progress.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser(
        "export",
        help="write one learner's progress file",
        description="Write one learner's progress (reviews, quizzes, the items they refer "
        "to) as a progress file. Exit 0 when written, 1 on a problem.",
    )
    add_data_dir(p)
    p.add_argument("--profile", metavar="NAME", help="whose progress (default: the only one)")
    p.add_argument("--out", required=True, type=_file_name, metavar="FILE")
    p = actions.add_parser(
        "import",
        help="merge progress files into this data folder's progress",
        description="Merge progress files: only what is new is added, in any order; "
        "each learner's memory is rebuilt from the merged log. A backup is made first. "
        "Exit 0 when every file was imported, 1 when any was refused.",
    )
    add_data_dir(p)
    p.add_argument("files", nargs="+", type=_file_name, metavar="FILE")
    p.add_argument(
        "--same-name",
        choices=["merge", "apart"],
        default=None,
        help="when a file's learner has the name of a different learner here: merge "
        "them (the same person) or keep them apart (default: refuse that file)",
    )


def _open(args: argparse.Namespace) -> Store:
    from trainer.core.data_folder import DataFolder
    from trainer.store import StoreError

    data = resolve_data_dir(getattr(args, "data_dir", None))
    try:
        return DataFolder(data).open_store()  # the app's database and backups folder
    except StoreError as error:
        raise CommandError(str(error)) from error


def _profile_id(store: Store, wanted: str | None) -> int:
    from trainer.core.study.profiles import list_all

    profiles = list_all(store)
    if wanted is not None:
        chosen = [p for p in profiles if p.name.casefold() == " ".join(wanted.split()).casefold()]
        if not chosen:
            names = ", ".join(p.name for p in profiles) or "none yet"
            raise CommandError(f"There is no profile named {wanted!r} (profiles: {names}).")
        return chosen[0].id
    if not profiles:
        raise CommandError("There is no profile yet, so there is no progress to export.")
    if len(profiles) > 1:
        names = ", ".join(p.name for p in profiles)
        raise CommandError(f"There are several profiles ({names}); name one with --profile.")
    return profiles[0].id


def cmd_export(args: argparse.Namespace, out: TextIO) -> int:
    from trainer.core.outfile import OutputFileError
    from trainer.core.progress_files import export_progress
    from trainer.store import StoreError, system_clock

    store = _open(args)
    try:
        learner_id = _profile_id(store, args.profile)
        try:
            summary = export_progress(store, learner_id, args.out, system_clock())
        except (OutputFileError, StoreError) as error:
            raise CommandError(str(error)) from error
    finally:
        store.close()
    print(
        f"wrote {args.out} ({summary.learner_name}: {summary.reviews} reviews, "
        f"{summary.attempts} quizzes, {max(1, round(summary.size / 1024))} KB)",
        file=out,
    )
    return 0


def describe(result: MergeResult) -> str:
    """One line saying what importing a file did."""
    who = f"{result.learner_name} ({result.how})"
    if result.nothing_new:
        return f"{result.where}: nothing new for {who}"
    parts = [f"{result.reviews_added} reviews"]
    if result.undos_added:
        parts.append(f"{result.undos_added} undone")
    parts.append(f"{result.attempts_added} quizzes ({result.answers_added} answers)")
    if result.items_added:
        parts.append(f"{result.items_added} items not in the banks here kept")
    return f"imported {result.where}: {who}: {', '.join(parts)}"


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from trainer.core.progress_files import SameName, import_progress_files
    from trainer.store import StoreError, system_clock

    same_name = None if args.same_name is None else SameName(args.same_name)
    store = _open(args)
    try:
        outcomes = import_progress_files(store, args.files, clock=system_clock, same_name=same_name)
    except StoreError as error:  # e.g. a full disk: that file's transaction was undone
        raise CommandError(str(error)) from error
    finally:
        store.close()
    code = 0
    for outcome in outcomes:
        if outcome.result is not None:
            print(describe(outcome.result), file=out)
            continue
        hint = " Run again with --same-name merge or --same-name apart." * outcome.needs_choice
        print(f"trainer progress import: {outcome.error}{hint}", file=err)
        code = 1
    return code


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a parsed ``progress`` command; returns the exit code."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        if args.action == "export":
            return cmd_export(args, out)
        return cmd_import(args, out, err)
    except CommandError as error:
        print(f"trainer progress {args.action}: {error}", file=err)
        return error.code

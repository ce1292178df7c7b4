"""Command-line equivalents of the facilitator workshop: ``export`` and ``print``.

``trainer export --format gift|moodle-xml|apkg|csv --out FILE`` writes the questions of a
workshop (``--workshop FILE``, or a selection: ``--banks``, ``--topics``, ``--kinds``,
``--count``, ``--seed``) as Moodle GIFT, Moodle XML or an Anki package, or a session's
results as CSV (``--session ID``; default: the most recent session). Items the format
cannot hold are listed as ``not exported: <item id> — <reason>``.

``trainer print --out FILE.pdf|FILE.html`` writes versions of the quiz for paper
(``--versions A,B``), an answer key per version and a team score sheet. The HTML comes
from :mod:`trainer.core.workshop.printable`; a PDF is made by ``trainer.ui.workshop_print``
(Qt, imported only then).

Exit codes: 0 done, 1 a problem the user can act on (message on stderr), 2 bad usage.
Heavy modules (SQLAlchemy, the bank loader) are imported inside the commands.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from trainer.core.export_formats import FORMATS as EXPORT_FORMATS
from trainer.errors import CommandError
from trainer.paths import resolve_data_dir

if TYPE_CHECKING:
    from trainer.core.banks import Question
    from trainer.core.data_folder import DataFolder
    from trainer.core.workshop import Workshop
    from trainer.core.workshop.exports import ExportResult

COMMANDS = ("export", "print")
FORMATS = tuple(EXPORT_FORMATS)


def _data_dir_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where profiles, progress and workshop sessions live",
    )


def output_path(text: str) -> Path:
    """``--out``: a file name (argparse reports an empty one as bad usage)."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give a file name")
    return Path(text)


def session_number(text: str) -> int:
    """``--session``: a session number as the database can hold it."""
    try:
        number = int(text)
    except ValueError:
        number = 0
    if not 1 <= number < 2**63:
        raise argparse.ArgumentTypeError(f"a session number is a whole number from 1; not {text!r}")
    return number


def _seed(text: str) -> int:
    from trainer.core.study.quiz import SEED_MAX

    try:
        seed = int(text)
    except ValueError:
        seed = -1
    if not 0 <= seed <= SEED_MAX:
        raise argparse.ArgumentTypeError(f"a whole number from 0 to {SEED_MAX}, not {text[:20]}")
    return seed


def _selection_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("questions (a workshop file, or a selection)")
    group.add_argument("--workshop", metavar="FILE", type=Path, help="a saved workshop file")
    group.add_argument("--banks", nargs="+", metavar="ID", default=[], help="bank ids")
    group.add_argument(
        "--topics", nargs="+", metavar="TOPIC", default=[], help="topics (quote names with spaces)"
    )
    group.add_argument("--kinds", nargs="+", metavar="KIND", default=[], help="question kinds")
    group.add_argument("--count", type=int, default=10, help="number of questions (default 10)")
    group.add_argument(
        "--seed",
        type=_seed,
        default=None,
        help="seed for choosing and shuffling (default: drawn and printed)",
    )
    group.add_argument("--title", default=None, help="title (default: the workshop's)")
    group.add_argument(
        "--bank-path",
        nargs="+",
        metavar="PATH",
        type=Path,
        default=None,
        help="bank files or folders (default: shipped and user banks)",
    )


def add_subcommands(
    subparsers: Any,
    add_data_dir: Callable[[argparse.ArgumentParser], None] = _data_dir_option,
) -> None:
    """Add ``export`` and ``print`` to a ``parser.add_subparsers()`` object."""
    p = subparsers.add_parser(
        "export",
        help="export workshop questions (GIFT, Moodle XML, Anki) or session results (CSV)",
        description="Export questions as Moodle GIFT, Moodle XML or an Anki package, or a "
        "workshop session's results as CSV. Exit 0 when written, 1 on a problem.",
    )
    add_data_dir(p)
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--out", required=True, type=output_path, metavar="FILE")
    p.add_argument(
        "--session",
        type=session_number,
        default=None,
        metavar="ID",
        help="the session to export as CSV (default: the most recent)",
    )
    _selection_options(p)

    p = subparsers.add_parser(
        "print",
        help="write a quiz for paper: versions, answer keys, score sheet (PDF or HTML)",
        description="Write the quiz for paper use: each version with questions and options "
        "shuffled by seed, an answer key per version and a team score sheet.",
    )
    add_data_dir(p)
    p.add_argument("--out", required=True, type=output_path, metavar="FILE.pdf|FILE.html")
    p.add_argument("--versions", default="A,B", help="comma-separated letters (default A,B)")
    p.add_argument("--paper", choices=["a4", "letter"], default="a4")
    p.add_argument(
        "--teams", nargs="+", default=[], metavar="NAME", help="team names for the score sheet"
    )
    _selection_options(p)


def _data_folder(args: argparse.Namespace) -> DataFolder:
    """The data folder (the app's service), its banks overridden by ``--bank-path``."""
    from trainer.core.data_folder import DataFolder

    data = resolve_data_dir(getattr(args, "data_dir", None))
    return DataFolder(data, list(args.bank_path) if args.bank_path else None)


def _load(folder: DataFolder, err: TextIO) -> dict[str, Question]:
    from trainer.core.banks import BankLoadError

    try:
        result = folder.read_banks(use_cache=False)  # no file left in the data folder
    except BankLoadError as error:
        raise CommandError(str(error)) from error
    for problem in result.errors:
        print(f"warning: {problem}", file=err)
    return result.by_id


def _workshop(
    args: argparse.Namespace,
    by_id: dict[str, Question],
    err: TextIO,
    holds: Callable[[Question], bool] = lambda _q: True,
) -> tuple[Workshop, list[Question]]:
    """The workshop of ``--workshop``, or one drawn from the selection options among the
    questions that ``holds`` (those the export format can hold: the count is met with
    them, and a shortfall is said before the file is written)."""
    from trainer.core.study.quiz import SEED_MAX
    from trainer.core.workshop import WorkshopError, build_workshop, open_workshop

    try:
        if args.workshop is not None:
            workshop = open_workshop(args.workshop)
        else:
            seed = args.seed
            if seed is None:
                seed = random.SystemRandom().randrange(SEED_MAX + 1)
            workshop = build_workshop(
                [q for q in by_id.values() if holds(q)],
                seed=seed,
                count=args.count,
                banks=args.banks,
                topics=args.topics,
                kinds=args.kinds,
                title=args.title or "Workshop",
            )
            if args.seed is None:
                print(f"seed: {seed}", file=err)
            if workshop.shortfall:
                print(f"note: {workshop.shortfall}", file=err)
    except WorkshopError as error:
        raise CommandError(str(error)) from error
    questions, missing = workshop.resolve(by_id)
    for item_id in missing:
        print(f"warning: {item_id} is not in the loaded banks; left out", file=err)
    if not questions:
        raise CommandError("None of the workshop's questions is in the loaded banks.")
    return workshop, questions


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from trainer.core.workshop.exports import ExportError

    with _data_folder(args) as folder:
        by_id = _load(folder, err)
        try:
            result = _export(args, folder, by_id, err)
        except ExportError as error:
            raise CommandError(str(error)) from error
    _write(args.out, lambda: result.write(args.out))
    for line in result.skipped:
        print(f"not exported: {line}", file=out)
    unit = "rows" if args.format == "csv" else "questions"
    print(f"wrote {args.out} ({result.exported} {unit})", file=out)
    return 0


def _export(
    args: argparse.Namespace, folder: DataFolder, by_id: dict[str, Question], err: TextIO
) -> ExportResult:
    fmt = EXPORT_FORMATS[args.format]
    if fmt.export is None:
        return _csv(args, folder, by_id)
    workshop, questions = _workshop(args, by_id, err, lambda q: fmt.cannot_hold(q) is None)
    return fmt.export(questions, args.title or workshop.title, workshop.seed)


def _csv(args: argparse.Namespace, folder: DataFolder, by_id: dict[str, Question]) -> ExportResult:
    from trainer.core.workshop import WorkshopError, WorkshopSession, all_sessions
    from trainer.core.workshop.exports import export_csv
    from trainer.store import StoreError

    try:
        store = folder.open_store()
    except StoreError as error:
        raise CommandError(str(error)) from error
    session_id = args.session
    if session_id is None:
        sessions = all_sessions(store)
        if not sessions:
            raise CommandError("There is no workshop session to export yet.")
        session_id = sessions[0].id
    try:
        session = WorkshopSession.open(store, session_id, by_id)
    except WorkshopError as error:
        raise CommandError(str(error)) from error
    return export_csv(session)


def _write(path: Path, write: Callable[[], object]) -> None:
    """Run ``write`` (which writes ``path``); an ``OSError`` becomes a plain message."""
    from trainer.core.outfile import OutputFileError

    try:
        write()
    except OutputFileError as error:
        raise CommandError(str(error)) from error
    except OSError as error:
        raise CommandError(f"Cannot write {path}: {error.strerror or error}.") from error


def _print_to(path: Path, document: str, suffix: str, paper: str) -> Path:
    if suffix == ".pdf":
        from trainer.ui.workshop_print import html_to_pdf  # Qt: imported only here

        return html_to_pdf(document, path, paper)
    from trainer.core.outfile import write_output_file

    return write_output_file(path, document.encode("utf-8"))


def cmd_print(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from trainer.core.workshop.printable import keys_path, printout

    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".html", ".htm"):  # before anything is built or said
        raise CommandError("--out must end in .pdf or .html.")
    versions = [v.strip().upper() for v in args.versions.split(",") if v.strip()]
    if not versions or any(len(v) != 1 or not v.isalpha() for v in versions):
        raise CommandError("--versions takes letters separated by commas, e.g. A,B.")
    if len(set(versions)) != len(versions):
        raise CommandError("--versions names each version once, e.g. A,B.")
    teams = [" ".join(t.split()) for t in args.teams]
    if len({t.casefold() for t in teams}) != len(teams) or not all(teams):
        raise CommandError("--teams names each team once, and a name cannot be empty.")
    by_id = _load(_data_folder(args), err)  # the banks only: nothing to close
    workshop, questions = _workshop(args, by_id, err)
    title = args.title or workshop.title
    teams = teams or list(workshop.teams)  # the file's teams, unless others are named
    printed = printout(
        title, questions, workshop.seed, versions, teams, workshop.points_per_question
    )
    keys = keys_path(args.out)
    for path, document in ((args.out, printed.handouts), (keys, printed.keys)):
        _write(path, partial(_print_to, path, document, suffix, args.paper))
    print(
        f"wrote {args.out} (handouts: {len(questions)} questions, versions "
        f"{', '.join(versions)}, and the score sheet) and {keys} (the answer keys)",
        file=out,
    )
    return 0


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a parsed ``export`` or ``print`` command; returns the exit code."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        if args.command == "export":
            return cmd_export(args, out, err)
        if args.command == "print":
            return cmd_print(args, out, err)
    except CommandError as error:
        print(f"trainer {args.command}: {error}", file=err)
        return error.code
    raise ValueError(f"not a workshop command: {args.command}")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Stand-alone entry point (``trainer export ...`` without the rest of the CLI)."""
    from trainer.pipes import closed_pipe_exit

    parser = argparse.ArgumentParser(prog="trainer")
    add_subcommands(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        return run(args, out)
    except BrokenPipeError:
        return closed_pipe_exit()

"""``trainer analysis``: the item analysis of every scored answer, as two CSV files.

    trainer analysis [--bank ID] [--topic TOPIC] [--since DATE] [--until DATE]
                     [--source quiz|workshop] --out FILE.csv [--summary FILE.csv]

``--out`` gets one row per question version (facility, discrimination, options, verdict);
``--summary`` (default: ``FILE-quizzes.csv`` beside ``--out``) one row per quiz or
workshop (attempts, mean, standard deviation, Cronbach's alpha). ``--bank``, ``--topic``
and ``--source`` can be given several times. Dates are days of this computer's calendar,
both included. Definitions and thresholds: ``docs/item-analysis.md``.

Exit codes: 0 written, 1 a problem the user can act on (message on stderr, one line),
2 bad usage. SQLAlchemy and the bank loader are imported only when the command runs.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from trainer.core.analysis.sources import SOURCES
from trainer.errors import CommandError
from trainer.paths import database_path, resolve_data_dir

if TYPE_CHECKING:
    from trainer.core.analysis.model import Analysis, Filters
    from trainer.core.banks import Question
    from trainer.core.data_folder import DataFolder

COMMAND = "analysis"


def day(text: str) -> date:
    """``--since``/``--until``: a calendar day written YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"a day is written YYYY-MM-DD, e.g. 2026-03-01; not {text[:30]!r}"
        ) from None


def csv_path(text: str) -> Path:
    """``--out``/``--summary``: a file name."""
    if not text.strip():
        raise argparse.ArgumentTypeError("give a file name")
    return Path(text)


def add_subcommand(
    subparsers: Any, add_data_dir: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Add ``analysis`` to a ``parser.add_subparsers()`` object."""
    p = subparsers.add_parser(
        COMMAND,
        help="item analysis of every scored answer (facility, discrimination, options) as CSV",
        description="Analyse every scored answer (quizzes, workshop teams): how easy each "
        "question is, how well it separates strong from weak learners, which options are "
        "chosen, and a verdict; and per quiz or workshop the mean, spread and Cronbach's "
        "alpha. Exit 0 when written, 1 on a problem, 2 on bad usage.",
    )
    add_data_dir(p)
    p.add_argument("--bank", action="append", default=[], metavar="ID", help="a bank id")
    p.add_argument("--topic", action="append", default=[], metavar="TOPIC", help="a topic")
    p.add_argument("--since", type=day, metavar="DATE", help="answers from this day on")
    p.add_argument("--until", type=day, metavar="DATE", help="answers up to this day")
    p.add_argument(
        "--source",
        action="append",
        default=[],
        choices=tuple(SOURCES),
        help="where the answers come from (default: every source)",
    )
    p.add_argument("--out", required=True, type=csv_path, metavar="FILE.csv")
    p.add_argument(
        "--summary",
        type=csv_path,
        metavar="FILE.csv",
        help="the per quiz and workshop file (default: FILE-quizzes.csv beside --out)",
    )


def summary_path(out: Path) -> Path:
    """Where the per-quiz summary goes by default: ``results.csv`` → ``results-quizzes.csv``."""
    return out.with_name(f"{out.stem}-quizzes{out.suffix or '.csv'}")


def local_start(day_: date) -> datetime:
    """The first moment of ``day_`` on this computer's clock, as an aware datetime."""
    return datetime(day_.year, day_.month, day_.day).astimezone()


def filters_of(args: argparse.Namespace) -> Filters:
    from trainer.core.analysis.model import Filters

    if args.since and args.until and args.until < args.since:
        raise CommandError("--until is before --since.", code=2)
    return Filters(
        banks=tuple(dict.fromkeys(args.bank)),
        topics=tuple(dict.fromkeys(args.topic)),
        since=local_start(args.since) if args.since else None,
        until=local_start(args.until + timedelta(days=1)) if args.until else None,
        sources=tuple(dict.fromkeys(args.source)),
    )


def _questions(folder: DataFolder, err: TextIO) -> dict[str, Question]:
    from trainer.core.banks import BankLoadError

    try:
        result = folder.read_banks(use_cache=False)  # the command leaves no file behind
    except BankLoadError as error:
        raise CommandError(str(error)) from error
    for problem in result.errors:
        print(f"warning: {problem}", file=err)
    return result.by_id


def _analyse(data: Path, filters: Filters, err: TextIO) -> Analysis:
    from trainer.core.analysis.query import analyse
    from trainer.core.data_folder import DataFolder
    from trainer.store import StoreError
    from trainer.store.engine import ENV_DATABASE_URL

    if not os.environ.get(ENV_DATABASE_URL) and not database_path(data).exists():
        raise CommandError(
            f"There is no progress database in {data}: nothing has been answered there yet."
        )
    with DataFolder(data) as folder:
        questions = _questions(folder, err)
        try:
            return analyse(folder.open_store(), questions, filters)
        except StoreError as error:
            raise CommandError(str(error)) from error


def _write(path: Path, data: bytes) -> None:
    from trainer.core.outfile import write_output_file

    try:
        write_output_file(path, data)
    except OSError as error:  # OutputFileError's text is a whole sentence
        raise CommandError(str(error)) from error


def cmd_analysis(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from trainer.core.analysis.table import FORM_COLUMNS, ITEM_COLUMNS, csv_file

    summary = args.summary or summary_path(args.out)
    if os.path.abspath(summary) == os.path.abspath(args.out):
        raise CommandError("--summary and --out name the same file.", code=2)
    filters = filters_of(args)
    data = resolve_data_dir(getattr(args, "data_dir", None))
    result = _analyse(data, filters, err)
    _write(args.out, csv_file(ITEM_COLUMNS, result.items))
    _write(summary, csv_file(FORM_COLUMNS, result.forms))
    flagged = sum(1 for row in result.items if row.flagged)
    print(
        f"wrote {args.out} ({len(result.items)} question versions, {flagged} to look at) "
        f"and {summary} ({len(result.forms)} quizzes and workshops)",
        file=out,
    )
    return 0


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run a parsed ``analysis`` command; returns the exit code."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    try:
        return cmd_analysis(args, out, err)
    except CommandError as error:
        print(f"trainer {COMMAND}: {error}", file=err)
        return error.code

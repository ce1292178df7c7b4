"""Operations: the job's result or a plain message comes back, the busy view waits in
between, and one place decides what a user reads for an error."""

from __future__ import annotations

import logging

import pytest
from presenterkit import FakeView, InlineWorker

from trainer.core.banks import BankLoadError
from trainer.core.outfile import OutputFileError
from trainer.core.study import ProfileError, QuizError
from trainer.core.workshop import WorkshopError
from trainer.errors import UserError
from trainer.paths import DataDirError
from trainer.store import StoreCorruptError, StoreError
from trainer.ui.operations import Failure, Operations, describe

BUG = "Something went wrong and Trainer could not finish. Your progress is saved; the details"


@pytest.mark.parametrize(
    "error",
    [
        StoreCorruptError("The progress database x is damaged."),
        QuizError("No questions match this selection."),
        ProfileError("A profile named Amina exists already."),
        WorkshopError("The banks are still loading; try again."),
        BankLoadError("banks/x.yaml: no such file or folder"),
        OutputFileError("out.csv exists already."),
        DataDirError("The data folder ~nobody cannot be used."),
    ],
    ids=lambda error: type(error).__name__,
)
def test_an_error_for_the_user_is_shown_as_it_is(error: Exception) -> None:
    assert isinstance(error, UserError)
    assert describe(error) == str(error)


def test_a_refused_file_is_said_with_its_name_and_reason() -> None:
    error = PermissionError(13, "Permission denied", "/data/backups")
    assert describe(error) == "Trainer could not use /data/backups: Permission denied."
    assert describe(OSError(28, "No space left on device")) == (
        "Trainer could not finish: No space left on device."
    )


def test_a_bug_is_logged_in_full_and_said_plainly(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="trainer.ui.operations"):
        text = describe(KeyError("item 7"))
    assert text.startswith(BUG) and "item 7" not in text
    (record,) = caplog.records
    assert record.exc_info is not None and record.exc_info[0] is KeyError


def test_the_result_comes_back_and_the_view_waits_in_between() -> None:
    view, reported, got = FakeView(), [], []
    ops = Operations(InlineWorker(), reported.append)
    ops.run(lambda: 6 * 7, got.append, busy=view)
    assert got == [42] and view.busy_seen == [True, False] and reported == []


def test_a_failure_is_reported_unless_the_operation_handles_it() -> None:
    view, reported, handled = FakeView(), [], []

    def fails() -> None:
        raise StoreError("The disk holding the progress database is full.")

    ops = Operations(InlineWorker(), reported.append)
    ops.run(fails, busy=view)
    assert reported == ["The disk holding the progress database is full."]
    assert view.busy_seen == [True, False]
    ops.run(fails, failure=handled.append)
    assert reported == ["The disk holding the progress database is full."]
    (failure,) = handled
    assert isinstance(failure, Failure) and isinstance(failure.error, StoreError)
    assert failure.message == "The disk holding the progress database is full."

"""Operations: a job on the worker thread, its result or its error back on the UI thread.

In the spirit of Anki's ``aqt.operations.CollectionOp``. A presenter hands
:meth:`Operations.run` a job that *returns* what the screen needs (it touches no
presenter and no widget: it runs on the worker), and says what to do with the result:

    self.ops.run(lambda: data_folder.study.profiles(), self._show_profiles, busy=self.view)

The busy view (anything with ``set_busy``) is busy from the call until the hand-back.
A failure is described once, by :func:`describe`: a :class:`~trainer.errors.UserError`
is shown with its own message, the system refusing a file (an :class:`OSError`) with
its reason, anything else is a bug, logged with its traceback and shown as "details in
the log". Unless the call gives its own ``failure``, the message goes to the app's
error display (the ``report`` callback).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication

from trainer.errors import UserError

log = logging.getLogger("trainer.ui.operations")

T = TypeVar("T")


class Worker(Protocol):
    """Runs ``fn`` somewhere and calls back on the UI thread: :class:`~trainer.ui.tasks.
    TaskRunner` in the app, an inline runner in the presenter tests."""

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...


class Busy(Protocol):
    """A view that waits while an operation runs (its buttons off, say)."""

    def set_busy(self, busy: bool) -> None: ...


@dataclass(frozen=True)
class Failure:
    """An operation that raised: the plain message for a person, and the error itself."""

    message: str
    error: BaseException


def _tr(text: str) -> str:
    return QCoreApplication.translate("Operations", text)


def describe(error: BaseException) -> str:
    """The plain sentence a user reads for ``error``: the one place that decides which
    errors a user sees. A bug is logged in full here."""
    if isinstance(error, UserError):
        log.info("shown to the user: %s", error)
        return str(error)
    if isinstance(error, OSError):  # the system refused: a full disk, a read-only folder
        log.warning("file operation refused", exc_info=error)
        reason = error.strerror or str(error)
        if error.filename is None:
            return _tr("Trainer could not finish: {reason}.").format(reason=reason)
        return _tr("Trainer could not use {file}: {reason}.").format(
            file=error.filename, reason=reason
        )
    log.error("unexpected error", exc_info=error)
    return _tr(
        "Something went wrong and Trainer could not finish. Your progress is saved; "
        "the details are in the log file."
    )


class Operations:
    """Runs the app's jobs on its one worker (database access stays serial)."""

    def __init__(self, worker: Worker, report: Callable[[str], None]) -> None:
        self.worker = worker
        self.report = report
        """Shows a failure's message when an operation has no ``failure`` of its own."""

    def run(
        self,
        job: Callable[[], T],
        success: Callable[[T], object] | None = None,
        *,
        busy: Busy | None = None,
        failure: Callable[[Failure], object] | None = None,
    ) -> None:
        """Run ``job`` on the worker; then, on the UI thread, ``success(result)`` or
        ``failure`` (default: report the message). ``busy`` waits meanwhile."""
        if busy is not None:
            busy.set_busy(True)

        def done(result: T) -> None:
            if busy is not None:
                busy.set_busy(False)
            if success is not None:
                success(result)

        def failed(error: BaseException) -> None:
            if busy is not None:
                busy.set_busy(False)
            found = Failure(describe(error), error)
            if failure is not None:
                failure(found)
            else:
                self.report(found.message)

        self.worker.run(job, done, failed)

"""Group commit: writes that arrive together are committed together.

One fsync costs about as much as a whole study step, so 300 phones answering in the
same second cannot each wait for their own. A :class:`GroupCommitter` owns one writer
thread with its own connection to the store's database. :meth:`~GroupCommitter.submit`
queues a write and returns a :class:`~concurrent.futures.Future`; the writer takes
everything queued (up to ``max_batch``), runs it in ONE write transaction (consecutive
writes of the same statement as one ``executemany``), commits (one fsync: WAL with
``synchronous=FULL``), and only then resolves the futures. A future therefore says
"on disk": tell a phone "received" from its done-callback, never before.

While a batch is being written, new writes queue up and form the next batch, so the
batches grow with the load by themselves; nothing waits for a timer.

When a batch fails, it is rolled back and each of its writes is tried again in its own
transaction, so one bad write fails alone (its future gets the error, a
:class:`~trainer.store.errors.StoreError` for a full disk or a read-only file).

Futures are resolved on the writer thread: a done-callback that touches a user
interface must hand over to that interface's thread. Close the committer (it finishes
what was queued) before closing the store.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection
from sqlalchemy.sql.expression import Executable

from trainer.store.engine import WRITE_OPTION
from trainer.store.errors import is_database_error, translate
from trainer.store.store import Store

log = logging.getLogger("trainer.store.group_commit")
MAX_BATCH = 1000


@dataclass(frozen=True, slots=True)
class Write:
    """One row's worth of a Core statement (``INSERT``/``UPDATE`` with bound values)."""

    statement: Executable
    values: Mapping[str, Any]


Job = Write | Callable[[Connection], Any]
"""A :class:`Write`, or a function run with the connection inside the transaction (its
return value resolves the future)."""


class _Stop:
    pass


class GroupCommitter:
    """A writer thread committing queued writes in batches (see the module docstring)."""

    def __init__(self, store: Store, *, max_batch: int = MAX_BATCH, name: str = "") -> None:
        self.store = store
        self.max_batch = max_batch
        self.batches = 0
        """Transactions committed so far (for tests and benchmarks)."""
        self.largest_batch = 0
        self._queue: queue.SimpleQueue[tuple[Job, Future[Any]] | _Stop] = queue.SimpleQueue()
        self._closed = False
        self._submit_lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=name or "group-commit", daemon=True)
        self._thread.start()

    # -- the caller's side ------------------------------------------------------------------
    def submit(self, job: Job) -> Future[Any]:
        """Queue ``job``; the future resolves once the batch holding it is committed."""
        future: Future[Any] = Future()
        with self._submit_lock:
            if self._closed:
                raise RuntimeError("the group committer is closed")
            self._queue.put((job, future))
        return future

    def flush(self) -> Future[Any]:
        """A future that resolves when everything submitted before it is committed."""
        return self.submit(lambda conn: None)

    def close(self, timeout: float | None = 30.0) -> None:
        """Commit what is queued, then stop the writer and release its connection."""
        with self._submit_lock:
            if self._closed:
                return
            self._closed = True
            self._queue.put(_Stop())
        self._thread.join(timeout)

    @property
    def closed(self) -> bool:
        return self._closed

    # -- the writer thread ------------------------------------------------------------------
    def _run(self) -> None:
        conn: Connection | None = None
        try:
            while True:
                batch, stop = self._take()
                try:
                    if batch and (conn is None or conn.closed):
                        conn = self._connect(batch)
                    if batch and conn is not None:
                        conn = self._commit(conn, batch)
                except BaseException as error:  # never leave a caller waiting
                    log.exception("the group committer failed")
                    self._fail([(j, f) for j, f in batch if not f.done()], error)
                if stop:
                    return
        finally:
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()

    def _take(self) -> tuple[list[tuple[Job, Future[Any]]], bool]:
        """The next batch (waiting for its first job), and whether to stop after it."""
        first = self._queue.get()
        if isinstance(first, _Stop):
            return [], True
        batch = [first]
        while len(batch) < self.max_batch:
            try:
                entry = self._queue.get_nowait()
            except queue.Empty:
                break
            if isinstance(entry, _Stop):
                return batch, True
            batch.append(entry)
        return batch, False

    def _connect(self, batch: list[tuple[Job, Future[Any]]]) -> Connection | None:
        try:
            return self.store.engine.connect()
        except Exception as error:
            self._fail(batch, error)
            return None

    def _mapped(self, error: BaseException) -> BaseException:
        """A database error as the store's plain error (a full disk...), else as it is."""
        mapped = translate(error, self.store.where) if is_database_error(error) else None
        return mapped or error

    def _fail(self, batch: list[tuple[Job, Future[Any]]], error: BaseException) -> None:
        for _job, future in batch:
            if future.running() or future.set_running_or_notify_cancel():
                future.set_exception(self._mapped(error))

    def _commit(self, conn: Connection, batch: list[tuple[Job, Future[Any]]]) -> Connection:
        live = [(job, f) for job, f in batch if f.set_running_or_notify_cancel()]
        if not live:
            return conn
        try:
            results = self._transaction(conn, [job for job, _f in live])
        except Exception as error:
            log.warning("a batch of %d writes failed (%s); writing each alone", len(live), error)
            conn = self._reset(conn)
            for job, future in live:
                try:
                    future.set_result(self._transaction(conn, [job])[0])
                except Exception as alone:
                    conn = self._reset(conn)
                    future.set_exception(self._mapped(alone))
            return conn
        for (_job, future), result in zip(live, results, strict=True):
            future.set_result(result)
        return conn

    def _transaction(self, conn: Connection, jobs: list[Job]) -> list[Any]:
        """Run ``jobs`` in one committed write transaction; each job's result."""
        conn.info[WRITE_OPTION] = True
        try:
            transaction = conn.begin()
        finally:
            conn.info[WRITE_OPTION] = False
        results: list[Any] = []
        with transaction:
            i = 0
            while i < len(jobs):
                job = jobs[i]
                if isinstance(job, Write):
                    run = [job]
                    while i + len(run) < len(jobs):
                        nxt = jobs[i + len(run)]
                        if not isinstance(nxt, Write) or nxt.statement is not job.statement:
                            break
                        run.append(nxt)
                    rows = [dict(w.values) for w in run]
                    conn.execute(job.statement, rows if len(rows) > 1 else rows[0])
                    results += [None] * len(run)
                    i += len(run)
                else:
                    results.append(job(conn))
                    i += 1
        self.batches += 1
        self.largest_batch = max(self.largest_batch, len(jobs))
        self.store.changed = True
        return results

    def _reset(self, conn: Connection) -> Connection:
        """The connection after a failure, rolled back (or a new one when it broke)."""
        with contextlib.suppress(Exception):
            if conn.in_transaction():
                conn.rollback()
        if conn.invalidated or conn.closed:
            with contextlib.suppress(Exception):
                conn.close()
            try:
                return self.store.engine.connect()
            except Exception:  # the next write fails with the reason; the next batch retries
                log.exception("reconnecting the group committer failed")
        return conn

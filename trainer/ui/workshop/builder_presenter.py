"""The workshop builder's presenter: building and swapping the question list, its files
(:mod:`.builder_files`), then starting or resuming the workshop: teams on the stage
(:class:`.stage.StagePresenter`), or phones (:mod:`.builder_phones`). The choosing is
the core's; every call that reads the banks or the store is an :class:`Operations` job
on the one worker. The window, the runner and the clocks are handed in (tests: fakes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from trainer.core.export_formats import FORMATS
from trainer.core.kinds import scored_kinds
from trainer.ui import texts
from trainer.ui.operations import Operations
from trainer.ui.workshop import builder_files as files
from trainer.ui.workshop.builder_phones import BuilderPhones
from trainer.ui.workshop.stage import StagePresenter

if TYPE_CHECKING:
    from trainer.core.banks import Question
    from trainer.core.data_folder import DataFolder
    from trainer.core.workshop import SessionInfo, Workshop, WorkshopSession
    from trainer.core.workshop.exports import ExportResult
    from trainer.core.workshop.live import Clock
    from trainer.ui.workshop.builder_protocols import BuilderForm, BuilderView
    from trainer.ui.workshop.live_protocols import Address, ServerFactory
    from trainer.ui.workshop.stage_clock import TickClock
    from trainer.ui.workshop.stage_protocols import JobRunner


@dataclass(frozen=True)
class Catalogue:
    """What the builder offers, read on the worker."""

    banks: list[tuple[str, str]]
    topics: list[str]
    by_id: dict[str, Question]
    unfinished: list[SessionInfo]
    live: set[int]
    """The unfinished sessions that are phone games."""


class BuilderPresenter(QObject):
    """The facilitator's builder: the question list, its files, the workshop it runs."""

    def __init__(
        self,
        tasks: JobRunner,
        data_folder: DataFolder,
        view: BuilderView,
        *,
        clock: TickClock | None = None,
        addresses: Callable[[], Sequence[Address]] | None = None,
        serve: ServerFactory | None = None,
        live_clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``clock`` drives the countdown of the workshops started here (default: the
        real time); ``addresses``, ``serve`` and ``live_clock`` are the phone game's
        (see :class:`~trainer.ui.workshop.builder_phones.BuilderPhones`)."""
        super().__init__(parent)
        self.tasks = tasks
        self.ops = Operations(tasks, self.show_message)
        self.data_folder = data_folder
        self.view = view
        self.clock = clock
        self.workshop: Workshop | None = None
        self.by_id: dict[str, Question] = {}
        self.stage: StagePresenter | None = None
        """The workshop running (or last run) from here."""
        self.session_id: int | None = None
        self.fullscreen = True
        """The audience window full screen even on a single screen (tests: a window)."""
        self._finished_shown = False
        self._listed = False
        self.live_ids: set[int] = set()
        self.phones = BuilderPhones(self, addresses=addresses, serve=serve, clock=live_clock)
        for signal, slot in (
            (view.shown, self.refresh),
            (view.build_requested, self.build),
            (view.swap_requested, self.swap_selected),
            (view.start_requested, self.start),
            (view.resume_requested, self.resume),
            (view.phones_requested, self.phones.start),
            (view.open_requested, self.ask_open),
            (view.save_requested, self.ask_save),
            (view.print_requested, self.ask_print),
            (view.export_requested, self.ask_export),
        ):
            signal.connect(slot)

    def show(self) -> None:
        self.view.bring_to_front()

    def shut_down(self) -> None:
        """The app is closing, or a restore replaces the data: close the workshop's
        windows (its session is saved) and the builder."""
        self.view.close()
        self.close_stages()

    def close_stages(self) -> None:
        """Close the workshop running (a team game or a phone game: its server stops)."""
        if self.stage is not None:
            self.stage.close()
        self.phones.close()
        self._finished_shown = False

    # -- reading the banks and the unfinished sessions ------------------------------
    def refresh(self) -> None:
        data_folder = self.data_folder
        loading = self.tr("The banks are still loading; try again.")

        def job() -> Catalogue:
            from trainer.core.workshop import WorkshopError, unfinished_sessions
            from trainer.core.workshop.live import live_session_ids

            result = data_folder.result
            if result is None or data_folder.store is None:
                raise WorkshopError(loading)
            banks = [(b.id, b.title) for b in result.banks]
            scored = set(scored_kinds())
            topics = sorted({q.topic for q in result.questions if q.kind in scored})
            store = data_folder.store
            live = set(live_session_ids(store))
            return Catalogue(banks, topics, result.by_id, unfinished_sessions(store), live)

        self.phones.list_networks()
        self.ops.run(job, self._catalogue)

    def _catalogue(self, catalogue: Catalogue) -> None:
        self.by_id = catalogue.by_id
        self.live_ids = catalogue.live
        if not self._listed:  # once: the facilitator's ticks are kept
            self._listed = True
            self.view.set_catalogue(catalogue.banks, catalogue.topics)
        self.view.show_resume_offers([(self._offer(i), i.id) for i in catalogue.unfinished])

    def _offer(self, info: SessionInfo) -> str:
        mode = (
            self.tr("on phones")
            if info.id in self.live_ids
            else self.tr("{n} teams").format(n=info.teams)
        )
        return self.tr(
            "{title} — question {n} of {total}, {mode}, {answers} answers, last used {when}"
        ).format(
            title=info.title,
            mode=mode,
            n=info.position + 1,
            total=info.questions,
            answers=info.answers,
            when=info.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        )

    # -- building and swapping -----------------------------------------------------
    def build(self) -> None:
        form = self.view.form()
        for name, chosen in (
            (self.tr("Banks"), form.banks),
            (self.tr("Topics"), form.topics),
            (self.tr("Kinds of question"), form.kinds),
        ):
            if chosen is None:
                self.show_message(self.tr("Tick at least one entry in {list}.").format(list=name))
                return
        questions = list(self.by_id.values())
        settings = self._settings(form)

        def job() -> Workshop:
            from trainer.core.workshop import build_workshop

            return build_workshop(
                questions,
                banks=form.banks or (),
                topics=form.topics or (),
                kinds=form.kinds or (),
                count=form.count,
                seed=form.seed,
                **settings,
            )

        self.ops.run(job, self.set_workshop)

    def _settings(self, form: BuilderForm) -> dict[str, Any]:
        """The settings that can change without choosing the questions again."""
        return {
            "title": form.title or self.tr("Workshop"),
            "seconds_per_question": form.seconds,
            "points_per_question": form.points,
            "speed_bonus": form.speed_bonus,
            "teams": tuple(form.teams),
        }

    def current_workshop(self) -> Workshop | None:
        """The built workshop with the form's title, time, points, speed bonus and teams."""
        if self.workshop is None:
            return None
        return replace(self.workshop, **self._settings(self.view.form()))

    def set_workshop(self, workshop: Workshop, missing: list[str] | None = None) -> None:
        """Show ``workshop`` in the preview (and its shortfall or missing items)."""
        self.workshop = workshop
        lines = []
        for n, item_id in enumerate(workshop.items, 1):
            question = self.by_id.get(item_id)
            if question is None:
                text = self.tr("{n}. (not in the loaded banks: {id})").format(n=n, id=item_id)
            else:
                kind = texts.kind_names().get(question.kind, question.kind)
                text = f"{n}. {question.prompt}  —  {question.topic} · {kind}"
            lines.append((text, item_id))
        self.view.show_preview(lines)
        notes = [workshop.shortfall] if workshop.shortfall else []
        if missing:
            notes.append(
                self.tr("Not in the loaded banks (skipped): {ids}").format(ids=", ".join(missing))
            )
        self.show_message(
            "\n".join(notes)
            if notes
            else self.tr("{n} questions ready (seed {seed}).").format(
                n=len(workshop.items), seed=workshop.seed
            )
        )
        self.view.set_ready(True)

    def load_workshop(self, workshop: Workshop, missing: list[str]) -> None:
        """A workshop opened from a file: its settings fill the form, its items the list."""
        self.view.fill_form(workshop)
        self.set_workshop(workshop, missing)

    def swap_selected(self) -> None:
        workshop, position = self.workshop, self.view.selected_question()
        if workshop is None or position < 0:
            self.show_message(self.tr("Select a question in the list first."))
            return
        questions = list(self.by_id.values())

        def job() -> Workshop:
            from trainer.core.workshop import swap

            return swap(workshop, questions, position)

        self.ops.run(job, self.set_workshop)

    # -- running ---------------------------------------------------------------------
    def team_names(self) -> list[str]:
        return self.view.form().teams

    def start(self) -> None:
        workshop, data_folder, by_id = self.current_workshop(), self.data_folder, self.by_id
        teams = self.team_names()
        if workshop is None:
            self.show_message(self.tr("Build the question list first."))
            return
        if not teams:
            self.show_message(self.tr("Add at least one team (one name per line)."))
            return

        def job() -> WorkshopSession:
            from trainer.core.workshop import WorkshopSession

            assert data_folder.store is not None
            return WorkshopSession.start(data_folder.store, workshop, teams, by_id)

        self.ops.run(job, self._present)

    def resume(self) -> None:
        session_id = self.view.chosen_session()
        if session_id is None:
            return
        if session_id in self.live_ids:  # a phone game resumes on phones
            self.phones.resume(session_id)
            return
        data_folder, by_id = self.data_folder, self.by_id

        def job() -> WorkshopSession:
            from trainer.core.workshop import WorkshopSession

            assert data_folder.store is not None
            return WorkshopSession.open(data_folder.store, session_id, by_id)

        self.ops.run(job, self._present)

    def _present(self, session: WorkshopSession) -> None:
        self.close_stages()
        self.session_id = session.id
        self.stage = StagePresenter(
            self.tasks,
            lambda: session,
            windows=self.view.stage_windows(self.fullscreen),
            clock=self.clock,
            parent=self,
        )
        self.stage.closed.connect(self.stage_closed)
        self.stage.changed.connect(self._stage_changed)
        self.show_message(self.tr("Running “{title}”.").format(title=session.workshop.title))

    def _stage_changed(self) -> None:
        """At the podium the session is finished: say so, and stop offering it."""
        stage = self.stage
        if stage is None or stage.state is None or not stage.state.finished:
            return
        self.finished(stage.session.workshop.title if stage.session else "")

    def finished(self, title: str) -> None:
        """The workshop reached its podium: say so (once), and stop offering it."""
        if not self._finished_shown:
            self._finished_shown = True
            self.show_message(
                self.tr("“{title}” has finished: its results can be exported here.").format(
                    title=title
                )
            )
            self.refresh()

    def stage_closed(self) -> None:
        if self.view.isVisible():
            self.refresh()  # the session may now be unfinished (offer to resume it)

    # -- files -----------------------------------------------------------------------
    def ask_open(self) -> None:
        workshops = self.tr("Workshop files (*.yaml *.yml)")
        self.view.ask_path(self.tr("Open a workshop"), workshops, "yaml", False, self.open_from)

    def ask_save(self) -> None:
        workshops = self.tr("Workshop files (*.yaml *.yml)")
        self.view.ask_path(self.tr("Save the workshop"), workshops, "yaml", True, self.save_to)

    def ask_print(self) -> None:
        paper = self.view.paper_size()
        self.view.ask_path(
            self.tr("Print to PDF"),
            self.tr("PDF files (*.pdf)"),
            "pdf",
            True,
            lambda path: self.print_to(path, paper),
        )

    def ask_export(self) -> None:
        fmt, name = self.view.export_format()
        suffix = files.SUFFIX[fmt]
        self.view.ask_path(
            self.tr("Export"),
            f"{name} (*.{suffix})",
            suffix,
            True,
            lambda p: self.export_to(fmt, p),
        )

    def open_from(self, path: Path) -> None:
        by_id = self.by_id
        self.ops.run(lambda: files.open_job(path, by_id), lambda out: self.load_workshop(*out))

    def save_to(self, path: Path) -> None:
        from trainer.core.workshop import save_workshop

        workshop = self.current_workshop()
        if workshop is None:
            return
        self.ops.run(
            lambda: save_workshop(workshop, path),
            lambda _r: self.show_message(files.saved_text(path)),
        )

    def print_to(self, path: Path, paper: str = "a4") -> None:
        """The handouts and their answer keys as two PDFs (see :mod:`.builder_files`)."""
        workshop = self.current_workshop()
        if workshop is None:
            return
        questions = files.questions_of(workshop, self.by_id)
        try:
            text = files.print_handouts(workshop, questions, self.team_names(), path, paper)
        except OSError as error:
            text = str(error)
        self.show_message(text)

    def export_to(self, fmt: str, path: Path) -> None:
        """The questions, or a session's results (the one run here, else the newest)."""
        workshop, by_id, data_folder = self.current_workshop(), self.by_id, self.data_folder
        sid = self.session_id
        if FORMATS[fmt].export is not None and workshop is None:
            self.show_message(self.tr("Build the question list first."))
            return

        def job() -> ExportResult:
            return files.export_job(fmt, path, workshop, by_id, data_folder.store, sid)

        self.ops.run(job, lambda result: self.show_message(files.exported_text(fmt, path, result)))

    # -- messages --------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.view.show_message(text)

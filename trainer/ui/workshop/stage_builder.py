"""The workshop builder: choose banks, topics, kinds and settings, preview the questions,
swap one, add teams, then start the presenter; open, save, print or export (see
:mod:`trainer.ui.workshop.stage_files`); an unfinished session is offered at the top.
The choosing is the core's (:func:`~trainer.core.workshop.build_workshop`,
:func:`~trainer.core.workshop.swap`); every call that reads the banks or the store runs
through the one-worker :class:`~trainer.ui.tasks.TaskRunner`.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.core.engine.quiz import SEED_MAX
from trainer.core.workshop import definition as limits
from trainer.ui import texts
from trainer.ui.tasks import TaskRunner
from trainer.ui.widgets.common import heading, resize_within_screen, wrapping_label
from trainer.ui.workshop.stage import StagePresenter
from trainer.ui.workshop.stage_checklists import checked, checklist, refill, tick
from trainer.ui.workshop.stage_files import FileActions

if TYPE_CHECKING:
    from trainer.core.banks import Question
    from trainer.core.data_folder import DataFolder
    from trainer.core.workshop import SessionInfo, Workshop, WorkshopSession

log = logging.getLogger("trainer.ui.workshop")


@dataclass(frozen=True)
class Catalogue:
    """What the builder offers, read on the worker."""

    banks: list[tuple[str, str]]
    topics: list[str]
    by_id: dict[str, Question]
    unfinished: list[SessionInfo]


class BuilderWindow(QWidget):
    """The facilitator's first window."""

    changed = Signal()
    """The preview, the message or the resume offer changed (tests wait on it)."""

    def __init__(
        self, tasks: TaskRunner, backend: DataFolder, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.tasks = tasks
        self.backend = backend
        self.workshop: Workshop | None = None
        self.by_id: dict[str, Question] = {}
        self.presenter: StagePresenter | None = None
        self.session_id: int | None = None
        self.finished_shown = False
        self.fullscreen = True
        self.setWindowTitle(self.tr("Workshop builder"))

        self.resume_bar = QGroupBox(self.tr("Unfinished workshop"))
        self.resume_choice = QComboBox()
        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.clicked.connect(self.resume)
        bar = QHBoxLayout(self.resume_bar)
        bar.addWidget(self.resume_choice, 1)
        bar.addWidget(self.resume_button)
        self.resume_bar.hide()

        self.title = QLineEdit(self.tr("Workshop"))
        self.banks = checklist([], self.tr("Banks"))
        self.topics = checklist([], self.tr("Topics"))
        kinds = [(k, name) for k, name in texts.kind_names().items() if k != "flashcard"]
        self.kinds = checklist(kinds, self.tr("Kinds of question"))
        self.count = QSpinBox(minimum=1, maximum=limits.MAX_COUNT, value=10)
        low, high = limits.SECONDS_RANGE
        self.seconds = QSpinBox(minimum=low, maximum=high, value=30, suffix=self.tr(" s"))
        self.points = QSpinBox(minimum=1, maximum=limits.MAX_POINTS, value=1)
        self.speed_bonus = QCheckBox(self.tr("Speed bonus (up to half the points again)"))
        self.seed = QSpinBox(minimum=0, maximum=SEED_MAX, value=random.randrange(1, 10_000))
        self.seed.setAccessibleName(self.tr("Seed"))
        new_seed = QPushButton(self.tr("New seed"))
        new_seed.clicked.connect(lambda: self.seed.setValue(random.randrange(1, 10_000)))
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(new_seed)
        self.build_button = QPushButton(self.tr("&Build the question list"))
        self.build_button.clicked.connect(self.build)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("Questions:"), self.count)
        form.addRow(self.tr("Time per question:"), self.seconds)
        form.addRow(self.tr("Points per question:"), self.points)
        form.addRow("", self.speed_bonus)
        form.addRow(self.tr("Seed:"), seed_row)
        choose = QVBoxLayout()
        for label, widget in (
            (self.tr("Banks"), self.banks),
            (self.tr("Topics"), self.topics),
            (self.tr("Kinds of question"), self.kinds),
        ):
            choose.addWidget(QLabel(label))
            choose.addWidget(widget)
        choose.addLayout(form)
        choose.addWidget(self.build_button)

        self.preview = QListWidget()
        self.preview.setAccessibleName(self.tr("Questions"))
        self.swap_button = QPushButton(self.tr("S&wap the selected question"))
        self.swap_button.clicked.connect(self.swap_selected)
        self.teams = QPlainTextEdit(tabChangesFocus=True)  # Tab leaves it, as in a form
        self.teams.setPlaceholderText(self.tr("One team per line"))
        self.teams.setAccessibleName(self.tr("Teams"))
        self.teams.setMaximumHeight(120)
        self.files = FileActions(self, self)
        self.start_button = QPushButton(self.tr("&Start the workshop"))
        self.start_button.clicked.connect(self.start)
        preview = QVBoxLayout()
        preview.addWidget(QLabel(self.tr("Questions")))
        preview.addWidget(self.preview, 1)
        preview.addWidget(self.swap_button)
        preview.addWidget(QLabel(self.tr("Teams (one per line)")))
        preview.addWidget(self.teams)
        preview.addLayout(self.files.row())
        preview.addWidget(self.start_button)

        columns = QHBoxLayout()
        columns.addLayout(choose, 2)
        columns.addLayout(preview, 3)
        self.message = wrapping_label(selectable=True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Workshop")))
        layout.addWidget(self.resume_bar)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        resize_within_screen(self, 1100, 760)
        self._set_ready(False)
        closing = getattr(parent, "closing", None)  # the main window's
        if closing is not None:
            closing.connect(self.shut_down)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # the banks may have been (re)loaded since
        super().showEvent(event)

    def shut_down(self) -> None:
        """The app is closing: close the presenter's windows and this one."""
        self.close()
        if self.presenter is not None:
            self.presenter.close()

    # -- reading the banks and the unfinished sessions ------------------------------
    def refresh(self) -> None:
        backend = self.backend

        def job() -> Catalogue:
            from trainer.core.workshop import WorkshopError, unfinished_sessions

            result = backend.result
            if result is None or backend.store is None:
                raise WorkshopError(self.tr("The banks are still loading; try again."))
            banks = [(b.id, b.title) for b in result.banks]
            topics = sorted({q.topic for q in result.questions if q.kind != "flashcard"})
            return Catalogue(banks, topics, result.by_id, unfinished_sessions(backend.store))

        self.tasks.run(job, self._catalogue, self._error)

    def _catalogue(self, catalogue: Catalogue) -> None:
        self.by_id = catalogue.by_id
        if self.banks.count() == 0:
            refill(self.banks, catalogue.banks)
            refill(self.topics, [(t, t) for t in catalogue.topics])
        self.resume_choice.clear()
        for info in catalogue.unfinished:
            self.resume_choice.addItem(
                self.tr(
                    "{title} — question {n} of {total}, {teams} teams, {answers} answers, "
                    "last used {when}"
                ).format(
                    title=info.title,
                    n=info.position + 1,
                    total=info.questions,
                    teams=info.teams,
                    answers=info.answers,
                    when=info.updated_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                ),
                info.id,
            )
        self.resume_bar.setVisible(bool(catalogue.unfinished))
        self.changed.emit()

    # -- building and swapping -----------------------------------------------------
    def build(self) -> None:
        banks, topics, kinds = checked(self.banks), checked(self.topics), checked(self.kinds)
        for name, chosen in (
            (self.tr("Banks"), banks),
            (self.tr("Topics"), topics),
            (self.tr("Kinds of question"), kinds),
        ):
            if chosen is None:
                self.show_message(self.tr("Tick at least one entry in {list}.").format(list=name))
                return
        questions = list(self.by_id.values())
        settings = self._settings()

        def job() -> Workshop:
            from trainer.core.workshop import build_workshop

            return build_workshop(
                questions,
                banks=banks or (),
                topics=topics or (),
                kinds=kinds or (),
                count=self.count.value(),
                seed=self.seed.value(),
                **settings,
            )

        self.tasks.run(job, self.set_workshop, self._error)

    def _settings(self) -> dict[str, Any]:
        """The settings that can change without choosing the questions again."""
        return {
            "title": self.title.text().strip() or self.tr("Workshop"),
            "seconds_per_question": self.seconds.value(),
            "points_per_question": self.points.value(),
            "speed_bonus": self.speed_bonus.isChecked(),
            "teams": tuple(self.team_names()),
        }

    def current_workshop(self) -> Workshop | None:
        """The built workshop with the form's title, time, points and speed bonus."""
        if self.workshop is None:
            return None
        return replace(self.workshop, **self._settings())

    def set_workshop(self, workshop: Workshop, missing: list[str] | None = None) -> None:
        """Show ``workshop`` in the preview (and its shortfall or missing items)."""
        self.workshop = workshop
        row = max(0, self.preview.currentRow())
        self.preview.clear()
        for n, item_id in enumerate(workshop.items, 1):
            question = self.by_id.get(item_id)
            if question is None:
                text = self.tr("{n}. (not in the loaded banks: {id})").format(n=n, id=item_id)
            else:
                text = f"{n}. {question.prompt}  —  {question.topic} · " + texts.kind_names().get(
                    question.kind, question.kind
                )
            item = QListWidgetItem(text)
            item.setToolTip(item_id)
            self.preview.addItem(item)
        self.preview.setCurrentRow(min(row, self.preview.count() - 1))
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
        self._set_ready(True)

    def load_workshop(self, workshop: Workshop, missing: list[str]) -> None:
        """A workshop opened from a file: its settings fill the form, its items the list."""
        self.title.setText(workshop.title)
        tick(self.banks, workshop.banks)
        tick(self.topics, workshop.topics)
        tick(self.kinds, workshop.kinds)
        self.count.setValue(workshop.count)
        self.seconds.setValue(workshop.seconds_per_question)
        self.points.setValue(workshop.points_per_question)
        self.speed_bonus.setChecked(workshop.speed_bonus)
        self.seed.setValue(workshop.seed)
        if workshop.teams:
            self.teams.setPlainText("\n".join(workshop.teams))
        self.set_workshop(workshop, missing)

    def swap_selected(self) -> None:
        workshop, position = self.workshop, self.preview.currentRow()
        if workshop is None or position < 0:
            self.show_message(self.tr("Select a question in the list first."))
            return
        questions = list(self.by_id.values())

        def job() -> Workshop:
            from trainer.core.workshop import swap

            return swap(workshop, questions, position)

        self.tasks.run(job, self.set_workshop, self._error)

    # -- running ---------------------------------------------------------------------
    def team_names(self) -> list[str]:
        return [n.strip() for n in self.teams.toPlainText().splitlines() if n.strip()]

    def start(self) -> None:
        workshop, backend, by_id = self.current_workshop(), self.backend, self.by_id
        teams = self.team_names()
        if workshop is None:
            self.show_message(self.tr("Build the question list first."))
            return
        if not teams:
            self.show_message(self.tr("Add at least one team (one name per line)."))
            return

        def job() -> WorkshopSession:
            from trainer.core.workshop import WorkshopSession

            assert backend.store is not None
            return WorkshopSession.start(backend.store, workshop, teams, by_id)

        self.tasks.run(job, self._present, self._error)

    def resume(self) -> None:
        session_id = self.resume_choice.currentData()
        if session_id is None:
            return
        backend, by_id = self.backend, self.by_id

        def job() -> WorkshopSession:
            from trainer.core.workshop import WorkshopSession

            assert backend.store is not None
            return WorkshopSession.open(backend.store, int(session_id), by_id)

        self.tasks.run(job, self._present, self._error)

    def _present(self, session: WorkshopSession) -> None:
        if self.presenter is not None:
            self.presenter.close()
        self.session_id = session.id
        self.presenter = StagePresenter(
            self.tasks, lambda: session, fullscreen=self.fullscreen, host=self
        )
        self.presenter.closed.connect(self._presenter_closed)
        self.presenter.changed.connect(self._presenter_changed)
        self.finished_shown = False
        self.show_message(self.tr("Running “{title}”.").format(title=session.workshop.title))

    def _presenter_changed(self) -> None:
        """At the podium the session is finished: say so, and stop offering it."""
        presenter = self.presenter
        if presenter is None or presenter.state is None or not presenter.state.finished:
            return
        if not self.finished_shown:
            self.finished_shown = True
            title = presenter.session.workshop.title if presenter.session else ""
            self.show_message(
                self.tr("“{title}” has finished: its results can be exported here.").format(
                    title=title
                )
            )
            self.refresh()

    def _presenter_closed(self) -> None:
        if self.isVisible():
            self.refresh()  # the session may now be unfinished (offer to resume it)

    # -- messages --------------------------------------------------------------------
    def _set_ready(self, ready: bool) -> None:
        for widget in (self.swap_button, self.start_button, *self.files.needs_workshop()):
            widget.setEnabled(ready)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.changed.emit()

    def _error(self, exc: BaseException) -> None:
        from trainer.core.workshop import WorkshopError
        from trainer.store import StoreError

        if isinstance(exc, WorkshopError | StoreError | OSError):
            self.show_message(str(exc))
        else:
            log.error("workshop builder", exc_info=exc)
            self.show_message(self.tr("Something went wrong; the details are in the log file."))

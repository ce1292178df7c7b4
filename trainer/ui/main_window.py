"""The main window: menus with shortcuts, a stack of screens, and the geometry it remembers.

It knows nothing of banks or the database: the controller listens to ``navigate``
and fills the screens. ``close_guard`` lets the controller ask before quitting
(for example in the middle of a quiz).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from trainer import __version__
from trainer.ui.i18n import install_translator
from trainer.ui.preferences import Preferences
from trainer.ui.theme import space_screen

if TYPE_CHECKING:
    from trainer.ui.analysis_screen import AnalysisScreen
    from trainer.ui.banks_screen import BanksScreen
    from trainer.ui.class_screen import ClassScreen
    from trainer.ui.first_run import FirstRunScreen
    from trainer.ui.home import HomeScreen
    from trainer.ui.profiles import ProfilesScreen
    from trainer.ui.progress import ProgressScreen
    from trainer.ui.quiz import QuizScreen
    from trainer.ui.quiz_setup import QuizSetupScreen
    from trainer.ui.results import ResultsScreen
    from trainer.ui.settings_screen import SettingsScreen
    from trainer.ui.study import StudyScreen

# (screen name, menu text, shortcut)
NAVIGATION = (
    ("home", "&Home", "Ctrl+1"),
    ("study", "&Study", "Ctrl+2"),
    ("quiz_setup", "&Quiz", "Ctrl+3"),
    ("progress", "&Progress", "Ctrl+4"),
    ("banks", "&Banks", "Ctrl+5"),
    ("profiles", "P&rofiles", "Ctrl+6"),
    ("class", "&Class", "Ctrl+7"),
    ("analysis", "&Item analysis", "Ctrl+8"),
    ("settings", "S&ettings", "Ctrl+,"),
)

# (screen name, window attribute, module, class): built after Home, one at a time
OTHER_SCREENS = (
    ("study", "study", "trainer.ui.study", "StudyScreen"),
    ("quiz_setup", "quiz_setup", "trainer.ui.quiz_setup", "QuizSetupScreen"),
    ("quiz", "quiz", "trainer.ui.quiz", "QuizScreen"),
    ("results", "results", "trainer.ui.results", "ResultsScreen"),
    ("progress", "progress", "trainer.ui.progress", "ProgressScreen"),
    ("profiles", "profiles", "trainer.ui.profiles", "ProfilesScreen"),
    ("banks", "banks", "trainer.ui.banks_screen", "BanksScreen"),
    ("settings", "settings_screen", "trainer.ui.settings_screen", "SettingsScreen"),
    ("class", "class_screen", "trainer.ui.class_screen", "ClassScreen"),
    ("analysis", "analysis", "trainer.ui.analysis_screen", "AnalysisScreen"),
)


class MainWindow(QMainWindow):
    """Holds the screens and the menus."""

    closing = Signal()
    navigate = Signal(str)
    reload_requested = Signal()
    workshop_requested = Signal()
    backups_requested = Signal()
    export_progress_requested = Signal()
    import_progress_requested = Signal()

    # built after the first paint: Home and the first run, then the others (OTHER_SCREENS)
    home: HomeScreen
    first_run: FirstRunScreen
    study: StudyScreen
    quiz_setup: QuizSetupScreen
    quiz: QuizScreen
    results: ResultsScreen
    progress: ProgressScreen
    profiles: ProfilesScreen
    banks: BanksScreen
    settings_screen: SettingsScreen
    class_screen: ClassScreen
    analysis: AnalysisScreen

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.close_guard: Callable[[], bool] | None = None
        self._asked_to_close_now = False
        install_translator()
        self.setWindowTitle(self.tr("Trainer"))
        self.setMinimumSize(640, 480)
        self.stack = QStackedWidget()
        # The first frame shows only this; the screens are built right after it, so
        # that their imports (and Qt's enum set-up) do not delay the window.
        self.placeholder = QLabel(self.tr("Loading…"))
        self.placeholder.setObjectName("placeholder")
        self.placeholder.setMargin(24)
        self.screens: dict[str, QWidget] = {}
        self.stack.addWidget(self.placeholder)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.statusBar()
        self._restore_geometry()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.reload_action = QAction(self.tr("&Reload banks"), self)
        # Shortcuts are set after the first paint (see _set_shortcuts): the first
        # setShortcut call makes PySide build Python enums for the whole Qt namespace.
        self._shortcuts: list[tuple[QAction, QKeySequence.StandardKey | str]] = [
            (self.reload_action, QKeySequence.StandardKey.Refresh)
        ]
        self.reload_action.triggered.connect(self.reload_requested)
        file_menu.addAction(self.reload_action)
        self.workshop_action = QAction(self.tr("&Workshop…"), self)
        self._shortcuts.append((self.workshop_action, "Ctrl+W"))
        self.workshop_action.triggered.connect(self.workshop_requested)
        file_menu.addAction(self.workshop_action)
        self.backups_action = QAction(self.tr("&Backups…"), self)
        self.backups_action.setToolTip(self.tr("See, make and restore backups of your progress"))
        self.backups_action.triggered.connect(self.backups_requested)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        self.export_progress_action = QAction(self.tr("&Export my progress…"), self)
        self.export_progress_action.triggered.connect(self.export_progress_requested)
        file_menu.addAction(self.export_progress_action)
        self.import_progress_action = QAction(self.tr("&Import progress…"), self)
        self.import_progress_action.triggered.connect(self.import_progress_requested)
        file_menu.addAction(self.import_progress_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        self._shortcuts.append((quit_action, QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.nav_actions: dict[str, QAction] = {}
        texts = {
            "home": self.tr("&Home"),
            "study": self.tr("&Study"),
            "quiz_setup": self.tr("&Quiz"),
            "progress": self.tr("&Progress"),
            "banks": self.tr("&Banks"),
            "profiles": self.tr("P&rofiles"),
            "class": self.tr("&Class"),
            "analysis": self.tr("&Item analysis"),
            "settings": self.tr("S&ettings"),
        }
        for name, _text, shortcut in NAVIGATION:
            action = QAction(texts[name], self)
            self._shortcuts.append((action, shortcut))
            action.triggered.connect(lambda _c=False, n=name: self.navigate.emit(n))
            go_menu.addAction(action)
            self.nav_actions[name] = action

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Trainer"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _set_shortcuts(self) -> None:
        for action, key in self._shortcuts:
            action.setShortcut(QKeySequence(key))

    def build_screens(self) -> None:
        """Create every screen at once (the screenshots, the tests); the app builds Home
        first (:meth:`build_home_screens`), then the others one by one."""
        self.build_home_screens()
        while self.build_next_screen():
            pass

    def build_home_screens(self) -> None:
        """Home and the first-run screen, in place of the placeholder: all the first
        load needs. Called once, after the first paint (their imports take a while)."""
        if self.screens:
            return
        self._set_shortcuts()
        from trainer.ui.first_run import FirstRunScreen
        from trainer.ui.home import HomeScreen

        self.home = HomeScreen()
        self.home.reload_requested.connect(self.reload_requested)
        self.first_run = FirstRunScreen()
        self._add_screen("home", self.home)
        self._add_screen("first_run", self.first_run)
        self.stack.setCurrentWidget(self.home)
        self.stack.removeWidget(self.placeholder)
        self.placeholder.deleteLater()

    def build_next_screen(self) -> bool:
        """Create the next screen not built yet (one module imported, one screen made);
        False when every screen is built."""
        missing = [entry for entry in OTHER_SCREENS if entry[0] not in self.screens]
        if not missing:
            return False
        name, attribute, module, class_name = missing[0]
        screen = getattr(importlib.import_module(module), class_name)()
        setattr(self, attribute, screen)
        self._add_screen(name, screen)
        return True

    def all_screens_built(self) -> bool:
        return len(self.screens) == 2 + len(OTHER_SCREENS)

    def _add_screen(self, name: str, screen: QWidget) -> None:
        self.screens[name] = screen
        space_screen(screen)
        self.stack.addWidget(screen)

    def set_navigation_enabled(self, enabled: bool) -> None:
        """Off during first run and while loading; the home action stays."""
        for name, action in self.nav_actions.items():
            action.setEnabled(enabled or name == "home")

    def show_screen(self, name: str) -> None:
        from trainer.ui.widgets.common import clear_status_lines  # imported with the screens

        screen = self.screens[name]
        if screen is not self.stack.currentWidget():
            clear_status_lines(screen)  # a message is about the visit that showed it
        self.stack.setCurrentWidget(screen)
        target = getattr(screen, "first_focus", None)
        (target if isinstance(target, QWidget) else screen).setFocus()

    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        return next((n for n, s in self.screens.items() if s is current), "")

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Trainer"),
            self.tr(
                "Trainer {version}\n\nOffline flashcards and quizzes on international "
                "migration governance: IOM, the Global Migration Group and the 2013 "
                "UN High-level Dialogue on Migration and Development."
            ).format(version=__version__),
        )

    def show_message(self, text: str, msecs: int = 6000) -> None:
        self.statusBar().showMessage(text, msecs)

    def _restore_geometry(self) -> None:
        geometry = Preferences(self.settings).window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1024, 700)

    def close_now(self) -> None:
        """Close without the guard's question (the system is ending the app)."""
        self._asked_to_close_now = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        guard = None if self._asked_to_close_now else self.close_guard
        if guard is not None and not guard():
            event.ignore()
            return
        preferences = Preferences(self.settings)
        preferences.window_geometry = self.saveGeometry()
        preferences.sync()
        self.closing.emit()
        super().closeEvent(event)

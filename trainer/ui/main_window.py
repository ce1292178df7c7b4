"""The main window: menus, a stack of screens, and the window geometry it remembers."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from trainer import __version__
from trainer.ui.home import HomeScreen


class MainWindow(QMainWindow):
    """Holds the screens; knows nothing of banks or the database."""

    closing = Signal()

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Trainer"))
        self.setMinimumSize(640, 480)
        self.stack = QStackedWidget()
        self.home = HomeScreen()
        self.stack.addWidget(self.home)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.statusBar()
        self._restore_geometry()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.reload_action = QAction(self.tr("&Reload banks"), self)
        self.reload_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.reload_action.triggered.connect(self.home.reload_requested)
        file_menu.addAction(self.reload_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Trainer"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

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

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1024, 700)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        self.closing.emit()
        super().closeEvent(event)

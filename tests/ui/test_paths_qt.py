"""Our Qt-free per-user data folder is the one Qt itself would choose."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from trainer import paths


@pytest.mark.skipif(sys.platform.startswith("win"), reason="Qt uses the roaming folder here too")
def test_platform_data_dir_matches_qstandardpaths(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    qapp.setOrganizationName(paths.ORG_NAME)
    qapp.setApplicationName(paths.APP_NAME)
    qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert str(paths.platform_data_dir()) == qt

"""The presenter's keyboard: the same keys work in the audience and the console window.

Space start/pause the timer · R or Enter reveal · → / PageDown next · ← / PageUp previous
(presentation clickers send PageUp/PageDown) · L leaderboard · End finish and podium ·
1–9 pick a team · A–I record the picked team's option · Y / N mark it right / wrong ·
F2 hide or show the console (handled by the windows) · Esc leave full screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from trainer.ui.workshop.presenter import Presenter

HELP = (
    "Space start/pause · R reveal · →/PgDn next · ←/PgUp previous · L leaderboard · "
    "End finish · 1–9 team · A–I option · Y right · N wrong · F2 console"
)

_NAV = {
    Qt.Key.Key_Space: Presenter.toggle_timer,
    Qt.Key.Key_R: Presenter.reveal,
    Qt.Key.Key_Return: Presenter.reveal,
    Qt.Key.Key_Enter: Presenter.reveal,
    Qt.Key.Key_Right: Presenter.next,
    Qt.Key.Key_PageDown: Presenter.next,
    Qt.Key.Key_Left: Presenter.previous,
    Qt.Key.Key_PageUp: Presenter.previous,
    Qt.Key.Key_L: Presenter.toggle_leaderboard,
    Qt.Key.Key_End: Presenter.finish,
}


def handle_key(presenter: Presenter, key: int) -> bool:
    """Apply one key press; False when the key is not a presenter key."""
    qkey = Qt.Key(key)
    if qkey in _NAV:
        _NAV[qkey](presenter)
        return True
    if Qt.Key.Key_1 <= qkey <= Qt.Key.Key_9:
        presenter.select_team(key - Qt.Key.Key_1.value)
        return True
    if qkey in (Qt.Key.Key_Y, Qt.Key.Key_N):
        presenter.mark(presenter.selected_team, qkey == Qt.Key.Key_Y)
        return True
    if Qt.Key.Key_A <= qkey <= Qt.Key.Key_I:
        presenter.record_choice(presenter.selected_team, key - Qt.Key.Key_A.value)
        return True
    return False

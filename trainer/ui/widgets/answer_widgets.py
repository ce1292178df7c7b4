"""One input widget per question kind; each returns the learner's response in the
format ``trainer.core.scoring.score`` takes. ``trainer/ui/kind_views.py`` says which
widget each kind uses (``trainer.ui.kind_views.make_answer_widget``).

=================  =========================================  ==========================
kind               widget                                     ``response()``
=================  =========================================  ==========================
single_choice      radio buttons (arrows, or digit keys)       ``str``
multiple_choice    check boxes (Space, or digit keys)          ``list[str]``
true_false         two radio buttons (T / F keys)              ``bool``
numeric            line edit with validator, unit around it    ``float``
short_answer       line edit                                   ``str``
cloze              line edits inline in the sentence           ``list[str]`` per blank
ordering           list: drag, or Alt+Up / Alt+Down            ``list[str]``
matching           a drop-down list per left entry             ``dict[str, str]``
=================  =========================================  ==========================

``response()`` is ``None`` while nothing has been answered. The widgets score
nothing: they only collect and show answers. ``set_response`` puts a saved
answer back (resuming a quiz, coming back to a skipped page); ``set_locked``
freezes the input once the answer is submitted.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from trainer.ui.widgets.answer_base import AnswerWidget
from trainer.ui.widgets.common import plain_label
from trainer.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:  # the loader is imported after the first paint, not here
    from trainer.core.banks.questions import ClozeQuestion, NumericQuestion


class _ClickLabel(QLabel):
    """A wrapping label that clicks its button when clicked (long option texts)."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self._button = button
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._button.isEnabled():
            self._button.click()
            self._button.setFocus()
        event.accept()


class _OptionsWidget(AnswerWidget):
    """Radio buttons or check boxes with wrapping labels; digit keys pick option n."""

    def __init__(self, options: Sequence[str], *, exclusive: bool, labels: Sequence[str] = ()):
        super().__init__()
        self.options = list(options)
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QAbstractButton] = []
        for number, option in enumerate(self.options, start=1):
            shown = labels[number - 1] if labels else option
            button: QAbstractButton = QRadioButton() if exclusive else QCheckBox()
            button.setAccessibleName(shown)
            button.setToolTip(self.tr("Key {n}").format(n=number) if number < 10 else "")
            self.group.addButton(button, number - 1)
            row = QHBoxLayout()
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            label = _ClickLabel(f"{number}. {shown}" if number < 10 else shown, button)
            row.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            self.buttons.append(button)
        layout.addStretch(1)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if not self.locked and text.isdigit() and 1 <= int(text) <= len(self.buttons):
            button = self.buttons[int(text) - 1]
            button.click()
            button.setFocus()
            return
        super().keyPressEvent(event)

    def checked(self) -> list[str]:
        return [o for o, b in zip(self.options, self.buttons, strict=True) if b.isChecked()]

    def check(self, values: Sequence[str]) -> None:
        for option, button in zip(self.options, self.buttons, strict=True):
            button.setChecked(option in values)


class SingleChoiceAnswer(_OptionsWidget):
    def __init__(self, options: Sequence[str]) -> None:
        super().__init__(options, exclusive=True)

    def response(self) -> str | None:
        chosen = self.checked()
        return chosen[0] if chosen else None

    def set_response(self, value: Any) -> None:
        self.check([value] if isinstance(value, str) else [])


class MultipleChoiceAnswer(_OptionsWidget):
    def __init__(self, options: Sequence[str]) -> None:
        super().__init__(options, exclusive=False)

    def response(self) -> list[str] | None:
        return self.checked() or None

    def set_response(self, value: Any) -> None:
        self.check(list(value or ()))


class TrueFalseAnswer(_OptionsWidget):
    def __init__(self) -> None:
        super().__init__(
            ["true", "false"], exclusive=True, labels=[self.tr("True"), self.tr("False")]
        )
        self.buttons[0].setToolTip(self.tr("Key 1 or T"))
        self.buttons[1].setToolTip(self.tr("Key 2 or F"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = {Qt.Key.Key_T: 0, Qt.Key.Key_F: 1}.get(Qt.Key(event.key()))
        if key is not None and not self.locked:
            self.buttons[key].click()
            self.buttons[key].setFocus()
            return
        super().keyPressEvent(event)

    def response(self) -> bool | None:
        chosen = self.checked()
        return (chosen[0] == "true") if chosen else None

    def set_response(self, value: Any) -> None:
        self.check([] if value is None else ["true" if value else "false"])


class NumericAnswer(AnswerWidget):
    """A number field; the unit (or the template around ``{value}``) is shown beside it."""

    def __init__(self, question: NumericQuestion) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"^[-−]?[0-9][0-9 ,_]*(\.[0-9]*)?$|^$"))
        )
        self.field.setAccessibleName(self.tr("Your answer (a number)"))
        self.field.setPlaceholderText(self.tr("a number, e.g. 1,600"))
        self.field.textChanged.connect(lambda _t: self.changed.emit())
        before, after = "", question.unit or ""
        if question.template:
            head, _, tail = question.template.partition("{value}")
            before = head.replace("{unit}", question.unit or "").strip()
            after = tail.replace("{unit}", question.unit or "").strip()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.before = plain_label(before)
        self.after = plain_label(after)
        self.after.setWordWrap(True)
        layout.addWidget(self.before)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.after, 1)
        self.before.setVisible(bool(before))
        self.after.setVisible(bool(after))
        if before or after:
            self.field.setAccessibleDescription(" ".join(p for p in (before, "…", after) if p))

    def response(self) -> float | None:
        from trainer.core.normalize import parse_number

        return parse_number(self.field.text())

    def set_response(self, value: Any) -> None:
        self.field.setText("" if value is None else f"{value:g}")


class ShortAnswer(AnswerWidget):
    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Your answer"))
        self.field.textChanged.connect(lambda _t: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)

    def response(self) -> str | None:
        text = self.field.text().strip()
        return text or None

    def set_response(self, value: Any) -> None:
        self.field.setText(value or "")


class ClozeAnswer(AnswerWidget):
    """The sentence word by word, with a line edit in place of each blank."""

    def __init__(self, question: ClozeQuestion) -> None:
        super().__init__()
        flow = FlowLayout(self)
        self.fields: list[QLineEdit] = []
        total = len(question.blanks)
        for index, part in enumerate(question.parts):
            for word in part.split():
                label = QLabel(word)
                label.setTextFormat(Qt.TextFormat.PlainText)
                flow.addWidget(label)
            if index < total:
                field = QLineEdit()
                field.setAccessibleName(
                    self.tr("Blank {n} of {total}").format(n=index + 1, total=total)
                )
                field.setAccessibleDescription(question.prompt)
                field.textChanged.connect(lambda _t: self.changed.emit())
                flow.addWidget(field)
                self.fields.append(field)
        # Every blank as wide as the longest accepted answer of the sentence (so a blank's
        # width does not tell its own answer), measured in the font shown: a typed answer
        # stays whole ("ustainable development" was cut at 200% text).
        self.longest = max((a for blank in question.blanks for a in blank), key=len, default="")
        self._fit_fields()

    def _fit_fields(self) -> None:
        for field in self.fields:
            metrics = field.fontMetrics()
            text = metrics.horizontalAdvance(self.longest + "MM")
            field.setMinimumWidth(max(metrics.averageCharWidth() * 8, text + 12))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_fields()

    def response(self) -> list[str] | None:
        values = [f.text().strip() for f in self.fields]
        return values if any(values) else None

    def set_response(self, value: Any) -> None:
        for field, text in zip(
            self.fields, list(value or []) + [""] * len(self.fields), strict=False
        ):
            field.setText(text)

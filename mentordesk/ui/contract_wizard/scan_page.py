"""Page 2: the starting point. A skills scan over the standard, one row per KSB (its code,
its whole wording, the mentee's rating and the mentor's), made quickly by keyboard: a digit
rates the focused KSB, Tab moves on row by row (mentee, then mentor). Ratings may be left
for later; the count of those still to give follows every change, and one click sets every
unrated one in a column."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.contract_wizard.base import ContractPage, text_edit
from mentordesk.ui.i18n import word
from mentordesk.ui.widgets import as_data
from mentordesk.vault.enums import Rater
from mentordesk.words import RATING_WORDS

RATING_KEYS = "01234"


class RatingBox(QComboBox):
    """A rating from 0 to 4, or not rated. A digit sets it, Delete or Backspace clears it."""

    focused = Signal(QWidget)

    def __init__(self, accessible_name: str = "", description: str = ""):
        super().__init__()
        self.addItem(self.tr("Not rated"), None)
        for n, words in enumerate(RATING_WORDS):
            self.addItem(word(words), n)
        self.setAccessibleName(accessible_name)
        self.setAccessibleDescription(description)
        self.setToolTip(self.tr("Type 0 to 4 to rate; Delete: not rated"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel scrolls the grid

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value: int | None) -> None:
        self.setCurrentIndex(0 if value is None else int(value) + 1)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        text = event.text()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        if plain and len(text) == 1 and text in RATING_KEYS:
            self.set_value(int(text))
        elif plain and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None)
        elif plain and len(text) == 1 and text.isdigit():
            QApplication.beep()  # 5-9: not on the scale
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # scrolling the grid past a rating does not change it

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self.focused.emit(self)


class _Rows(QWidget):
    """The grid's rows, with a faint line between them."""

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        layout = self.layout()
        if not isinstance(layout, QGridLayout) or layout.rowCount() < 2:
            return
        painter = QPainter(self)
        painter.setPen(QColor("#d5dbe1"))
        for row in range(layout.rowCount() - 2):  # the last row is the stretch
            above, below = layout.cellRect(row, 1), layout.cellRect(row + 1, 1)
            if above.isValid() and below.isValid():
                y = (above.bottom() + below.top()) // 2
                painter.drawLine(0, y, self.width(), y)


class ScanGrid(QScrollArea):
    """The KSBs with their two ratings, under a header that stays in view."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.boxes: list[tuple[RatingBox, RatingBox]] = []
        self._rating_width = RatingBox().sizeHint().width()
        self._code_width = 40
        self.header = QWidget(self)
        self.header.setAutoFillBackground(True)
        head = self._head = QGridLayout(self.header)
        bold = QFont(self.font())
        bold.setBold(True)
        titles = ((self.tr("KSB"), 0, 2), (self.tr("Mentee"), 2, 1), (self.tr("Mentor"), 3, 1))
        for text, column, span in titles:
            label = QLabel(text)
            label.setFont(bold)
            head.addWidget(label, 0, column, 1, span)
        self._shape(head)
        self.setViewportMargins(0, self.header.sizeHint().height(), 0, 0)
        self.setWidget(_Rows())

    def _shape(self, grid: QGridLayout) -> None:
        """The same columns for the header and the rows, so that they line up."""
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(10)
        grid.setColumnMinimumWidth(0, self._code_width)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(2, self._rating_width)
        grid.setColumnMinimumWidth(3, self._rating_width)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        view = self.viewport().geometry()
        height = self.header.sizeHint().height()
        self.header.setGeometry(view.x(), view.y() - height, view.width(), height)

    def set_rows(self, ratings, details: dict[str, str]) -> None:
        """One row per rating line, showing its values."""
        bold = QFont(self.font())
        bold.setBold(True)
        codes = [r.ksb_code for r in ratings]
        metrics = QFontMetrics(bold)
        self._code_width = max((metrics.horizontalAdvance(c) for c in codes), default=30) + 4
        self._shape(self._head)
        rows = _Rows()
        grid = QGridLayout(rows)
        self._shape(grid)
        grid.setVerticalSpacing(7)
        self.boxes = []
        middle = Qt.AlignmentFlag.AlignVCenter
        for row, rating in enumerate(ratings):
            detail = " ".join(details.get(rating.ksb_code, "").split())
            code = as_data(QLabel(rating.ksb_code))
            code.setFont(bold)
            title = as_data(QLabel(detail))
            title.setWordWrap(True)
            title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            pair = (
                RatingBox(self.tr("{0} mentee rating").format(rating.ksb_code), detail),
                RatingBox(self.tr("{0} mentor rating").format(rating.ksb_code), detail),
            )
            values = (rating.mentee, rating.mentor)
            for column, (box, value) in enumerate(zip(pair, values, strict=True), 2):
                box.set_value(value)
                box.setMinimumWidth(self._rating_width)
                box.currentIndexChanged.connect(self.changed)
                box.focused.connect(self._bring_into_view)
                grid.addWidget(box, row, column, middle)
            grid.addWidget(code, row, 0, middle)
            grid.addWidget(title, row, 1)
            self.boxes.append(pair)
        grid.setRowStretch(len(ratings), 1)
        self.setWidget(rows)  # the previous rows go with their widget
        for before, after in pairwise(self.all_boxes()):
            QWidget.setTabOrder(before, after)

    def all_boxes(self) -> list[RatingBox]:
        """Every rating in Tab order: row by row, the mentee's then the mentor's."""
        return [box for pair in self.boxes for box in pair]

    def _bring_into_view(self, box: QWidget) -> None:
        self.ensureWidgetVisible(box, 0, 24)

    def unrated(self) -> int:
        return sum(box.value() is None for box in self.all_boxes())

    def fill(self, rater: Rater, value: int) -> int:
        """Give ``value`` to every unrated rating by ``rater``; how many were set."""
        column = 0 if rater is Rater.MENTEE else 1
        empty = [pair[column] for pair in self.boxes if pair[column].value() is None]
        for box in empty:
            box.set_value(value)
        return len(empty)


class StartingPointPage(ContractPage):
    key = "starting_point"

    def __init__(self):
        super().__init__(
            self.tr(
                "A skills scan over the standard: each of you rates each KSB from 0 (not yet) "
                "to 4 (confident), or leaves it to rate later. Keys: 0–4 rate, Delete clears, "
                "Tab moves on."
            )
        )
        layout = QVBoxLayout(self)
        self.grid = ScanGrid()
        self.grid.setAccessibleName(self.tr("Skills scan"))
        layout.addWidget(self.grid, 1)
        bar = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setWordWrap(True)
        bar.addWidget(self.counter, 1)
        bar.addWidget(QLabel(self.tr("Set every unrated:")))
        self.bulk = {
            Rater.MENTEE: QPushButton(self.tr("&Mentee rating to…")),
            Rater.MENTOR: QPushButton(self.tr("Men&tor rating to…")),
        }
        for rater, button in self.bulk.items():
            menu = QMenu(button)
            for n, words in enumerate(RATING_WORDS):
                action = menu.addAction(word(words))
                action.triggered.connect(lambda _=False, r=rater, v=n: self.fill(r, v))
            button.setMenu(menu)
            bar.addWidget(button)
        layout.addLayout(bar)
        form = QFormLayout()
        self.summary = text_edit(40)
        self.prior = text_edit(40)
        self.support = text_edit(40)
        for edit in (self.summary, self.prior, self.support):
            edit.setMaximumHeight(56)  # the scan above gets the room
        form.addRow(self.tr("S&ummary:"), self.summary)
        form.addRow(self.tr("&Prior learning:"), self.prior)
        form.addRow(self.tr("&Learning support needs:"), self.support)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.grid.changed.connect(self.count)

    def show_draft(self, draft, context) -> None:
        self.grid.set_rows(draft.ratings, context.ksb_details)
        after = self.grid.all_boxes()[-1:] + [*self.bulk.values(), self.summary, self.prior]
        for before, nxt in pairwise([*after, self.support]):
            QWidget.setTabOrder(before, nxt)
        self.summary.setPlainText(draft.starting_point)
        self.prior.setPlainText(draft.prior_learning)
        self.support.setPlainText(draft.support_needs)
        self.count()

    def first_field(self):
        boxes = self.grid.all_boxes()
        return boxes[0] if boxes else self.summary

    def count(self) -> None:
        left = self.grid.unrated()
        if left:
            self.counter.setText(
                self.tr(
                    "%n rating(s) still to give: rate now, or later (kept as “not rated”).",
                    "",
                    left,
                )
            )
        else:
            self.counter.setText(self.tr("Every KSB is rated by both of you."))
        for button in self.bulk.values():
            button.setEnabled(bool(left))

    def fill(self, rater: Rater, value: int) -> None:
        self.grid.fill(rater, value)
        self.count()

    def set_rating(self, row: int, mentee: int | None, mentor: int | None) -> None:
        box_mentee, box_mentor = self.grid.boxes[row]
        box_mentee.set_value(mentee)
        box_mentor.set_value(mentor)

    def store(self, draft) -> None:
        for rating, (mentee, mentor) in zip(draft.ratings, self.grid.boxes, strict=False):
            rating.mentee, rating.mentor = mentee.value(), mentor.value()
        draft.starting_point = self.summary.toPlainText()
        draft.prior_learning = self.prior.toPlainText()
        draft.support_needs = self.support.toPlainText()

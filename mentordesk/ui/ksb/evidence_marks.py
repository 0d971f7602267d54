"""The KSBs a piece of evidence is mapped to: every KSB of the owner's standard in a table,
a tick for each the evidence shows, the mentor's judgement of each ticked one (working
towards or met) and an optional comment.

All from the keyboard: Space ticks the current KSB; W judges it working towards, M met,
N not yet judged (ticking it if need be); F2 (or a double-click) changes a judgement in a
drop-down or types a comment. The filter above narrows the list by code, words or duty."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.ksb.evidence import KsbChoice, KsbMark
from mentordesk.ui.i18n import word
from mentordesk.vault.enums import Judgement

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
KSB, DUTIES, JUDGEMENT, COMMENT = range(4)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
SYMBOL = {Judgement.MET: "✔", Judgement.WORKING_TOWARDS: "◐", None: "·"}
KEYS = {
    Qt.Key.Key_W: Judgement.WORKING_TOWARDS,
    Qt.Key.Key_M: Judgement.MET,
    Qt.Key.Key_N: None,
}


@dataclass(frozen=True)
class _Row:
    choice: KsbChoice
    ticked: bool = False
    judgement: Judgement | None = None
    comment: str = ""


def duties_text(duties: str) -> str:
    """ "D6, D1, D2, D3, D10" in order, a run of three or more as a range: "D1–D3, D6, D10"."""
    codes = [d.strip() for d in duties.split(",") if d.strip()]
    numbered = sorted(int(c[1:]) for c in codes if c[:1] == "D" and c[1:].isdigit())
    if len(numbered) != len(codes):
        return ", ".join(codes)
    runs: list[list[int]] = []
    for n in numbered:
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"D{run[0]}–D{run[-1]}")
        else:
            parts.extend(f"D{n}" for n in run)
    return ", ".join(parts)


def judgement_text(judgement: Judgement | None) -> str:
    """ "✔ Met", "◐ Working towards", "· Not judged yet" (a sign and words, not colour)."""
    words = word(judgement) if judgement else translate("KsbMarks", "Not judged yet")
    return f"{SYMBOL[judgement]} {words}"


class MarksModel(QAbstractTableModel):
    changed = Signal()

    def __init__(self, choices: list[KsbChoice], marks: tuple[KsbMark, ...], parent=None):
        super().__init__(parent)
        given = {m.ksb_id: m for m in marks}
        self.rows = [
            _Row(c, True, given[c.id].judgement, given[c.id].comment) if c.id in given else _Row(c)
            for c in choices
        ]
        self.headers = [self.tr("KSB"), self.tr("Duties"), self.tr("Judgement"), self.tr("Comment")]

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == KSB:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (JUDGEMENT, COMMENT) and self.rows[index.row()].ticked:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        k = row.choice
        if role == Qt.ItemDataRole.CheckStateRole and column == KSB:
            return Qt.CheckState.Checked if row.ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == KSB:
                return f"{k.code}  {k.detail}"
            if column == DUTIES:
                return duties_text(k.duties)
            if column == JUDGEMENT:
                return judgement_text(row.judgement) if row.ticked else ""
            return row.comment
        if role == VALUE_ROLE and column == JUDGEMENT:
            return row.judgement
        if role == Qt.ItemDataRole.ToolTipRole and column == KSB:
            duties = self.tr("Duties: {0}").format(k.duties) if k.duties else ""
            return f"{k.code} {k.detail}\n{duties}".strip()
        if role == Qt.ItemDataRole.AccessibleTextRole and column == KSB:
            state = judgement_text(row.judgement) if row.ticked else self.tr("not ticked")
            return f"{k.code} {k.detail}: {state}"
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        n, column = index.row(), index.column()
        row = self.rows[n]
        if role == Qt.ItemDataRole.CheckStateRole and column == KSB:
            ticked = Qt.CheckState(value) == Qt.CheckState.Checked
            self._set(n, replace(row, ticked=ticked) if ticked else _Row(row.choice))
            return True
        if column == JUDGEMENT and role in (VALUE_ROLE, Qt.ItemDataRole.EditRole):
            self._set(n, replace(row, ticked=True, judgement=value))
            return True
        if column == COMMENT and role == Qt.ItemDataRole.EditRole:
            self._set(n, replace(row, ticked=True, comment=str(value)))
            return True
        return False

    def _set(self, n: int, row: _Row) -> None:
        self.rows[n] = row
        self.dataChanged.emit(self.index(n, 0), self.index(n, 3))
        self.changed.emit()

    def toggle(self, n: int) -> None:
        row = self.rows[n]
        self._set(n, _Row(row.choice) if row.ticked else replace(row, ticked=True))

    def judge(self, n: int, judgement: Judgement | None) -> None:
        self._set(n, replace(self.rows[n], ticked=True, judgement=judgement))

    def marks(self) -> tuple[KsbMark, ...]:
        return tuple(
            KsbMark(r.choice.id, r.judgement, r.comment.strip()) for r in self.rows if r.ticked
        )


class _Filter(QSortFilterProxyModel):
    words: list[str] = []

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self.words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, MarksModel)
        k = model.rows[source_row].choice
        text = f"{k.code} {k.detail} {k.duties}".casefold()
        return all(w in text for w in self.words)


class JudgementDelegate(QStyledItemDelegate):
    """A judgement chosen in a drop-down: not judged yet, working towards, met."""

    def createEditor(self, parent: QWidget, option, index: AnyIndex) -> QWidget:
        box = QComboBox(parent)
        for judgement in (None, Judgement.WORKING_TOWARDS, Judgement.MET):
            box.addItem(judgement_text(judgement), judgement)
        box.setAccessibleName(self.tr("Judgement"))
        return box

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(VALUE_ROLE))))

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), VALUE_ROLE)


class MarksView(QTableView):
    """Space ticks; W, M and N judge the current KSB (see the module's note)."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        index = self.currentIndex()
        proxy = self.model()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if index.isValid() and plain and self.state() != QAbstractItemView.State.EditingState:
            assert isinstance(proxy, QSortFilterProxyModel)
            source = proxy.sourceModel()
            assert isinstance(source, MarksModel)
            n = proxy.mapToSource(index).row()
            if event.key() == Qt.Key.Key_Space:
                source.toggle(n)
                return
            if event.key() in KEYS:
                source.judge(n, KEYS[Qt.Key(event.key())])
                return
        super().keyPressEvent(event)


class KsbMarks(QWidget):
    """The table with its filter and a count of what is ticked and judged."""

    changed = Signal()

    def __init__(self, choices: list[KsbChoice], marks: tuple[KsbMark, ...], parent=None):
        super().__init__(parent)
        self.model = MarksModel(choices, marks, self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by code, words or duty"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter KSBs"))
        self.view = MarksView()
        self.view.setModel(self.proxy)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.setAccessibleName(self.tr("KSBs this evidences"))
        self.view.setAccessibleDescription(
            self.tr("Space ticks a KSB. W: working towards; M: met; N: not judged yet. "
                    "F2 changes the judgement or the comment of the current cell.")
        )  # fmt: skip
        self.view.setToolTip(self.view.accessibleDescription())
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setItemDelegateForColumn(JUDGEMENT, JudgementDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(KSB, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        header.resizeSection(DUTIES, metrics.horizontalAdvance("D10, D11") + 12)
        header.resizeSection(JUDGEMENT, metrics.horizontalAdvance("◐ Working towards") + 40)
        header.resizeSection(COMMENT, metrics.horizontalAdvance("M") * 9)
        self.count = QLabel()
        label = QLabel(self.tr("KS&Bs:"))
        label.setBuddy(self.view)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.filter, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.view, 1)
        column.addWidget(self.count)
        self.filter.textChanged.connect(self._filter)
        self.model.changed.connect(self._changed)
        self._count()
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _filter(self, text: str) -> None:
        self.proxy.set_words(text)
        if self.proxy.rowCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _changed(self) -> None:
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        marks = self.marks()
        judged = sum(1 for m in marks if m.judgement is not None)
        self.count.setText(
            self.tr("%n KSB(s) ticked", "", len(marks))
            + self.tr(", {0} judged").format(judged)
            + "  "
            + self.tr("(Space ticks; W working towards, M met)")
        )

    def marks(self) -> tuple[KsbMark, ...]:
        return self.model.marks()

    def row_of(self, code: str) -> int:
        """The model row of the KSB coded ``code`` (for a test, a script)."""
        return next(n for n, r in enumerate(self.model.rows) if r.choice.code == code)


__all__ = ["KsbMarks", "MarksModel", "judgement_text"]

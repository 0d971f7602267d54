"""The reflection editor's side: tags to the mentor's own KSBs (their full wording, to
filter), and links to a mentee, sessions, supervision, CPD and reading, picked from lists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import reflections
from mentordesk.services.reflections import KINDS, KsbChoice, LinkChoice, LinkKind
from mentordesk.ui.i18n import word
from mentordesk.ui.table_model import ROW_ROLE, Column, RowFilterProxy, RowTableModel, display
from mentordesk.ui.widgets import as_data, filter_list

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
DATA = Qt.ItemDataRole.UserRole


def kind_words(kind: LinkKind) -> str:
    return {
        "session": translate("ReflectionEditor", "Session"),
        "supervision": translate("ReflectionEditor", "Supervision"),
        "cpd": translate("ReflectionEditor", "CPD"),
        "reading": translate("ReflectionEditor", "Reading"),
    }[kind]


def detail_words(choice: LinkChoice) -> str:
    detail = choice.detail
    if detail is None or detail == "":
        return ""
    if isinstance(detail, float):
        return translate("ReflectionEditor", "{0:g} h").format(detail)
    if isinstance(detail, str):
        return detail  # a session model's name, from resources/session_models
    return word(detail)


def link_text(choice: LinkChoice) -> str:
    """ "Session · 3 Mar 2025 · Alex Doe (GROW)"."""
    parts = [kind_words(choice.kind)]
    if choice.on is not None:
        parts.append(display(choice.on))
    detail = detail_words(choice)
    parts.append(f"{choice.title} ({detail})" if detail else choice.title)
    return " · ".join(parts)


class TagsBox(QWidget):
    """The KSBs of the mentor's standard, each with its full wording, ticked to tag."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.note = QLabel(
            self.tr("Tag the KSBs of your own standard this reflection is evidence for.")
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        label = QLabel(self.tr("Fi&lter:"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("K12, reflect, values…"))
        self.filter.setClearButtonEnabled(True)
        label.setBuddy(self.filter)
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("KSB tags"))
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout.addWidget(self.list, 1)
        self.tagged = QLabel()
        self.tagged.setWordWrap(True)
        layout.addWidget(self.tagged)
        self.filter.textChanged.connect(self.apply_filter)
        self.list.itemChanged.connect(lambda _item: self._ticked())
        self.read_only = False

    def fill(self, choices: list[KsbChoice], ticked: list[int]) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        chosen = set(ticked)
        if not choices:
            self.note.setText(
                self.tr("Choose your own standard in your profile to tag its KSBs here.")
            )
        for k in choices:
            item = QListWidgetItem(f"{k.code} — {k.text}")
            item.setData(DATA, k.id)
            item.setData(DATA + 1, k.code)
            item.setCheckState(Qt.CheckState.Checked if k.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.set_read_only(self.read_only)
        self.apply_filter(self.filter.text())
        self._show_tagged()

    def ids(self) -> list[int]:
        return [
            self.list.item(i).data(DATA)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def codes(self) -> list[str]:
        return [
            self.list.item(i).data(DATA + 1)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def tick(self, code: str, on: bool = True) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(DATA + 1) == code:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(code)

    def apply_filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        filter_list(self.list, lambda item: not wanted or wanted in item.text().casefold())

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            flags = item.flags()
            if read_only:
                flags &= ~Qt.ItemFlag.ItemIsUserCheckable
            else:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
        self.list.blockSignals(False)

    def _ticked(self) -> None:
        self._show_tagged()
        self.changed.emit()

    def _show_tagged(self) -> None:
        codes = self.codes()
        self.tagged.setText(
            self.tr("Tagged: {0}").format(", ".join(codes)) if codes else self.tr("No KSB tagged.")
        )


class LinksBox(QWidget):
    """The mentee the reflection is about (if any) and the records it links to."""

    changed = Signal()
    pick = Signal(str)  # a kind of record to choose from (the editor reads the choices)

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("A&bout a mentee:"))
        self.mentee = as_data(QComboBox())  # names
        label.setBuddy(self.mentee)
        row.addWidget(label)
        row.addWidget(self.mentee, 1)
        layout.addLayout(row)
        note = QLabel(self.tr("Linked records (the text itself never needs a name):"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Linked records"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add lin&k…"))
        menu = QMenu(self.add_button)
        self.add_actions = {}
        for kind in KINDS:
            action = menu.addAction(f"{kind_words(kind)}…")
            action.triggered.connect(lambda _c=False, k=kind: self.pick.emit(k))
            self.add_actions[kind] = action
        self.add_button.setMenu(menu)
        self.remove_button = QPushButton(self.tr("Remove li&nk"))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.remove_button.clicked.connect(self.remove_selected)
        self.mentee.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.read_only = False
        self._update_buttons()

    def fill(self, mentees: list[tuple[int, str]], mentee_id: int | None, links) -> None:
        self.mentee.blockSignals(True)
        self.mentee.clear()
        self.mentee.addItem(self.tr("(none)"), None)
        for mid, name in mentees:
            self.mentee.addItem(name, mid)
        index = self.mentee.findData(mentee_id) if mentee_id is not None else 0
        self.mentee.setCurrentIndex(max(index, 0))
        self.mentee.blockSignals(False)
        self.list.clear()
        self.add(links, quiet=True)

    def add(self, links: list[LinkChoice], *, quiet: bool = False) -> None:
        have = set(self.keys())
        for choice in links:
            if (choice.kind, choice.id) in have:
                continue
            item = QListWidgetItem(link_text(choice))
            item.setData(DATA, (choice.kind, choice.id))
            self.list.addItem(item)
        self._update_buttons()
        if not quiet:
            self.changed.emit()

    def keys(self) -> list[tuple[str, int]]:
        return [self.list.item(i).data(DATA) for i in range(self.list.count())]

    def ids(self, kind: LinkKind) -> list[int]:
        return [rid for k, rid in self.keys() if k == kind]

    def mentee_id(self) -> int | None:
        return self.mentee.currentData()

    def remove_selected(self) -> None:
        rows = sorted((self.list.row(i) for i in self.list.selectedItems()), reverse=True)
        for row in rows:
            self.list.takeItem(row)
        if rows:
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.mentee.setEnabled(not read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(not self.read_only)
        self.remove_button.setEnabled(not self.read_only and bool(self.list.selectedItems()))


class LinkPicker(QDialog):
    """Choose records of one kind to link (several at once); sessions are the mentee's,
    or every mentee's."""

    def __init__(self, ops, kind: LinkKind, mentee_id: int | None, have: set, parent=None):
        super().__init__(parent)
        self.ops, self.kind, self.mentee_id, self.have = ops, kind, mentee_id, have
        self.setWindowTitle(self.tr("Link: {0}").format(kind_words(kind)))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Filter:"))
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        label.setBuddy(self.filter)
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        self.every = QCheckBox(self.tr("Sessions of &all mentees"))
        self.every.setVisible(kind == "session" and mentee_id is not None)
        self.every.setChecked(mentee_id is None)
        row.addWidget(self.every)
        layout.addLayout(row)
        self.model = RowTableModel(
            [
                Column(self.tr("Date"), lambda c: c.on),
                Column(self.tr("What"), lambda c: c.title),
                Column(self.tr("Detail"), detail_words),
            ]
        )
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Records to link"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.every.toggled.connect(lambda _on: self.load())
        self.table.doubleClicked.connect(lambda _i: self.accept())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.resize(720, 480)
        self.load()

    def load(self) -> None:
        kind = self.kind
        mid = None if self.every.isChecked() else self.mentee_id
        found = self.ops.read(lambda job: reflections.link_choices(job.db, kind, mentee_id=mid))
        rows = [c for c in found.value if (c.kind, c.id) not in self.have] if found else []
        self.model.set_rows(rows)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(1, 360)
        self.count.setText(self.tr("%n record(s) to choose from", "", len(rows)))
        self._update()

    def chosen(self) -> list[LinkChoice]:
        return [i.data(ROW_ROLE) for i in self.table.selectionModel().selectedRows()]

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.table.selectionModel().selectedRows()))

"""The Reflections module: the mentor's reflections (and their KSB evidence), supervision,
values and reading, a tab each."""

from __future__ import annotations

import importlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from mentordesk.ui.ops import Ops
from mentordesk.ui.reflections.listing import ReflectionsTab
from mentordesk.ui.undo import VaultUndoStack
from mentordesk.ui.widgets import ModulePage
from mentordesk.vault.changes import Changes

# (module under mentordesk.ui.reflections, class): the other tabs, each with reload() and
# clear(), made from (ops, parent).
OTHER_TABS = (
    ("supervision", "SupervisionTab"),
    ("values", "ValuesTab"),
    ("reading", "ReadingTab"),
)


class ReflectionsPage(ModulePage):
    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = VaultUndoStack(ops, self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Reflections</h2>")))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Reflective practice"))
        self.reflections = ReflectionsTab(ops, self.undo_stack)
        self.tabs.addTab(self.reflections, self.tr("Reflections"))
        titles = {
            "supervision": self.tr("Supervision"),
            "values": self.tr("Values"),
            "reading": self.tr("Reading"),
        }
        self.others: list[QWidget] = []
        for module, name in OTHER_TABS:
            tab = self._other_tab(module, name)
            if tab is not None:
                self.others.append(tab)
                self.tabs.addTab(tab, titles[module])
        layout.addWidget(self.tabs, 1)

        # Ctrl+N and Ctrl+F act on the list while its tab is the one shown.
        self.new_action = QAction(self.tr("New reflection"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while shown
        self.new_action.triggered.connect(self.reflections.new_reflection)
        self.find_action = QAction(self.tr("Filter reflections"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.find_action.triggered.connect(self.reflections.focus_filter)
        self.addActions([self.new_action, self.find_action])
        self.tabs.currentChanged.connect(self._tab_shown)
        ops.changed.connect(self.on_changes)
        self._tab_shown(self.tabs.currentIndex())

    def _other_tab(self, module: str, name: str) -> QWidget | None:
        path = f"{__package__}.{module}"
        try:
            found = importlib.import_module(path)
        except ModuleNotFoundError as exc:
            if exc.name != path:
                raise
            return None  # not written yet
        return getattr(found, name)(self.ops, self)

    def _tab_shown(self, index: int) -> None:
        on_list = self.tabs.widget(index) is self.reflections
        self.new_action.setEnabled(on_list)
        self.find_action.setEnabled(on_list)

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.reflections.refresh()
        for tab in self.others:
            tab.reload()  # type: ignore[attr-defined]

    def clear(self) -> None:
        from mentordesk.ui.reflections.editor import open_editors

        for editor in open_editors():
            editor.close_now()  # saved first: the vault is still open
        self.undo_stack.clear()
        self.reflections.clear()
        for tab in self.others:
            tab.clear()  # type: ignore[attr-defined]

    def on_changes(self, changes: Changes) -> None:
        self.reflections.on_changes(changes)

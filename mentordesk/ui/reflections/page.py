"""The Reflections module: the mentor's reflections (and their KSB evidence), supervision,
values and reading, a tab each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from mentordesk.ui.ops import Ops
from mentordesk.ui.reflections.listing import ReflectionsTab
from mentordesk.ui.undo import VaultUndoStack
from mentordesk.ui.widgets import ModulePage
from mentordesk.vault.changes import Changes


class ReflectionsPage(ModulePage):
    """Each tab keeps its own undo history; Edit › Undo (Ctrl+Z) acts on the tab shown
    (:attr:`undo_stack` is its history, made the window's active one as tabs change)."""

    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.list_undo = VaultUndoStack(ops, self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Reflections</h2>")))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Reflective practice"))
        self.reflections = ReflectionsTab(ops, self.list_undo)
        self.tabs.addTab(self.reflections, self.tr("Reflections"))
        # The other tabs, imported when the page is first built (like every page).
        from mentordesk.ui.reflections.reading import ReadingTab
        from mentordesk.ui.reflections.supervision import SupervisionTab
        from mentordesk.ui.reflections.values import ValuesTab

        self.supervision = SupervisionTab(ops, self)
        self.values = ValuesTab(ops, self)
        self.reading = ReadingTab(ops, self)
        self.others: list[SupervisionTab | ValuesTab | ReadingTab] = [
            self.supervision,
            self.values,
            self.reading,
        ]
        self.tabs.addTab(self.supervision, self.tr("Supervision"))
        self.tabs.addTab(self.values, self.tr("Values"))
        self.tabs.addTab(self.reading, self.tr("Reading"))
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

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history of the tab shown."""
        shown = self.tabs.currentWidget()
        return next((t.undo_stack for t in self.others if t is shown), self.list_undo)

    def _tab_shown(self, index: int) -> None:
        on_list = self.tabs.widget(index) is self.reflections
        self.new_action.setEnabled(on_list)
        self.find_action.setEnabled(on_list)
        self._activate_undo()

    def _activate_undo(self) -> None:
        """Every tab's history joins the window's undo group (the list's joined it when
        the window built the page); the shown tab's is the active one while it is shown."""
        group = getattr(self.window(), "undo_group", None)
        if not isinstance(group, QUndoGroup):
            return
        stacks = group.stacks()
        if self.list_undo not in stacks:
            return  # not a page of that window (yet)
        for tab in self.others:
            if tab.undo_stack not in stacks:
                group.addStack(tab.undo_stack)
        if self.isVisible():
            group.setActiveStack(self.undo_stack)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._activate_undo()

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.reflections.refresh()
        for tab in self.others:
            tab.reload()

    def clear(self) -> None:
        from mentordesk.ui.reflections.editor import open_editors

        for editor in open_editors():
            editor.close_now()  # saved first: the vault is still open
        self.list_undo.clear()
        self.reflections.clear()
        for tab in self.others:
            tab.clear()

    def on_changes(self, changes: Changes) -> None:
        self.reflections.on_changes(changes)

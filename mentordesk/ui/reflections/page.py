"""The Reflections module: the mentor's reflections (and their KSB evidence), supervision,
values and reading, a tab each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

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
        # The other tabs are made (and their code imported) when first shown.
        self._built: dict[str, Any] = {}
        self._titles = {
            "supervision": self.tr("Supervision"),
            "values": self.tr("Values"),
            "reading": self.tr("Reading"),
        }
        for key, title in self._titles.items():
            waiting = QWidget()
            waiting.setObjectName(key)
            self.tabs.addTab(waiting, title)
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
    def others(self) -> list[Any]:
        """The other tabs made so far."""
        return list(self._built.values())

    @property
    def supervision(self):
        return self._tab("supervision")

    @property
    def values(self):
        return self._tab("values")

    @property
    def reading(self):
        return self._tab("reading")

    def _tab(self, key: str):
        """The tab ``key``, made in the place kept for it on first use."""
        if key in self._built:
            return self._built[key]
        tab: Any
        if key == "supervision":
            from mentordesk.ui.reflections.supervision import SupervisionTab

            tab = SupervisionTab(self.ops, self)
        elif key == "values":
            from mentordesk.ui.reflections.values import ValuesTab

            tab = ValuesTab(self.ops, self)
        else:
            from mentordesk.ui.reflections.reading import ReadingTab

            tab = ReadingTab(self.ops, self)
        self._built[key] = tab
        index, waiting = next(
            (i, w)
            for i in range(self.tabs.count())
            if (w := self.tabs.widget(i)) is not None and w.objectName() == key
        )
        was_current = self.tabs.currentIndex() == index
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, self._titles[key])
        if was_current:
            self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        waiting.deleteLater()
        if self.ops.is_open:
            tab.reload()
        self._activate_undo()
        return tab

    @property
    def undo_stack(self) -> QUndoStack:
        """The undo history of the tab shown."""
        shown: Any = self.tabs.currentWidget()
        return shown.undo_stack if shown in self.others else self.list_undo

    def _tab_shown(self, index: int) -> None:
        shown = self.tabs.widget(index)
        key = shown.objectName() if shown is not None else ""
        if key in self._titles and key not in self._built:
            self._tab(key)
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

"""Help › User guide (F1): a page for each part of MentorDesk, read offline, and the
keyboard shortcuts, listed from the window's own actions so that the list is always true.

The pages are Markdown files in ``resources/guide/`` (``NN-name.md``, in that order); the
first line of each is its title.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk import paths
from mentordesk.ui.widgets import fit_to_screen


def guide_dir() -> Path:
    return paths.resources_dir() / "guide"


def guide_pages() -> list[tuple[str, str]]:
    """(title, Markdown) for every page of the guide, in order."""
    pages = []
    for path in sorted(guide_dir().glob("*.md")):
        text = path.read_text(encoding="utf-8")
        title = text.splitlines()[0].lstrip("# ").strip() if text else path.stem
        pages.append((title, text))
    return pages


def shortcuts_of(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action and button of ``window`` that has a shortcut."""
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        what = action.text().replace("&", "").rstrip("…").strip()
        if keys and what:
            seen.setdefault(what, keys)
    for button in window.findChildren(QAbstractButton):
        keys = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        what = button.text().replace("&", "").rstrip("…").strip()
        mnemonic = keys.startswith("Alt+") and len(keys) == len("Alt+X")
        if keys and what and not mnemonic:  # Alt+letter is told once, in the note above
            seen.setdefault(what, keys)
    return sorted(seen.items(), key=lambda item: item[1])


def shortcuts_html(window: QWidget, title: str, note: str) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(keys)}</td><td>{html.escape(what)}</td></tr>"
        for what, keys in shortcuts_of(window)
    )
    return (
        f"<h1>{html.escape(title)}</h1><p>{html.escape(note)}</p>"
        f'<table cellpadding="4">{rows}</table>'
    )


class UserGuide(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("User guide"))
        self.pages = guide_pages()
        self.contents = QListWidget()
        self.contents.setAccessibleName(self.tr("Guide pages"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Guide page"))
        for title, _text in self.pages:
            self.contents.addItem(title)
        self.contents.addItem(self.tr("Keyboard shortcuts"))
        self.shortcuts = shortcuts_html(
            window,
            self.tr("Keyboard shortcuts"),
            self.tr(
                "Alt and the underlined letter presses a button or opens a menu; Tab moves "
                "between fields; Esc closes a dialog. Page shortcuts work while the page is "
                "shown."
            ),
        )
        self.contents.currentRowChanged.connect(self.show_page)
        row = QHBoxLayout()
        row.addWidget(self.contents, 1)
        row.addWidget(self.text, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.contents.setCurrentRow(0)
        fit_to_screen(self, 900, 640)

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.text.setMarkdown(self.pages[row][1])
        elif row == len(self.pages):
            self.text.setHtml(self.shortcuts)

    def open_page(self, title: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).text() == title:
                self.contents.setCurrentRow(row)

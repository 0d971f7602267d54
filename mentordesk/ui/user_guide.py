"""Help › User guide (F1): a page for each part of MentorDesk, read offline, and the
keyboard shortcuts, listed from the window's own actions so that the list is always true.

The pages are Markdown files in ``resources/guide/`` (``NN-name.md``, in that order); the
first line of each is its title. The page on checking a signed record can also be saved as
a one-page PDF, to send to whoever receives the mentor's records.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk import paths
from mentordesk.documents.check_sheet import GUIDE_PAGE as CHECK_SHEET_PAGE
from mentordesk.ui.widgets import as_data, fit_to_screen


def guide_dir() -> Path:
    return paths.resources_dir() / "guide"


def guide_files() -> list[Path]:
    """Every page of the guide, in order."""
    return sorted(guide_dir().glob("*.md"))


def read_page(path: Path) -> tuple[str, str]:
    """(title, Markdown) of one page of the guide."""
    text = path.read_text(encoding="utf-8")
    title = text.splitlines()[0].lstrip("# ").strip() if text else path.stem
    return title, text


def guide_pages() -> list[tuple[str, str]]:
    """(title, Markdown) for every page of the guide, in order."""
    return [read_page(path) for path in guide_files()]


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
        self.ops = getattr(window, "ops", None)
        files = guide_files()
        self.names = [path.stem for path in files]  # "08-checking-records"
        self.pages = [read_page(path) for path in files]
        # the pages' titles are the guide's own words (its Markdown), not the translator's
        self.contents = as_data(QListWidget())
        self.contents.setAccessibleName(self.tr("Guide pages"))
        self.contents.setWordWrap(True)  # a long title wraps rather than scrolls sideways
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
        self.sheet_note = QLabel(
            self.tr(
                "Send this page with your certificate (File › Preferences… › Signing "
                "certificate… › Export certificate…) to whoever checks your records."
            )
        )
        self.sheet_note.setWordWrap(True)
        self.save_sheet = QPushButton(self.tr("&Save this sheet as PDF…"))
        self.save_sheet.setToolTip(
            self.tr("Saves this page as a one-page PDF; it holds none of your records.")
        )
        self.save_sheet.clicked.connect(self.choose_sheet_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        foot.addWidget(self.sheet_note, 1)
        foot.addWidget(self.save_sheet)
        foot.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(foot)
        self.contents.setCurrentRow(0)
        fit_to_screen(self, 900, 640)

    def show_page(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.text.setMarkdown(self.pages[row][1])
        elif row == len(self.pages):
            self.text.setHtml(self.shortcuts)
        on_sheet = 0 <= row < len(self.names) and self.names[row] == CHECK_SHEET_PAGE
        self.sheet_note.setVisible(on_sheet)
        self.save_sheet.setVisible(on_sheet)

    def open_check_sheet(self) -> None:
        """Show the page on checking a signed record (Help › How to check a record)."""
        if CHECK_SHEET_PAGE in self.names:
            self.contents.setCurrentRow(self.names.index(CHECK_SHEET_PAGE))

    def choose_sheet_file(self) -> None:
        suggested = Path.home() / "how-to-check-a-mentordesk-record.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save how to check a record"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            self.save_sheet_to(path)

    def save_sheet_to(self, path: Path) -> None:
        """Write the one-page sheet (0600); it holds no user data, so the vault need not be
        open."""
        from mentordesk.documents.check_sheet import save_check_sheet

        ops = self.ops
        if ops is None:  # no main window: write it here
            save_check_sheet(path)
            return
        what = self.tr("How to check a record")
        ops.start(
            lambda _job: save_check_sheet(path),
            write=False,
            needs_vault=False,
            title=self.tr("Save how to check a record"),
            cancellable=False,  # one step: nothing to stop part-way
            parent=self,
            done=lambda _none: ops.saved.emit(path, what),
        )

    def open_page(self, title: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).text() == title:
                self.contents.setCurrentRow(row)


def show_check_sheet(window: Any) -> UserGuide:
    """Help › How to check a record: the main window's user guide, open at that page."""
    window.show_guide()
    guide: UserGuide = window.guide
    guide.open_check_sheet()
    return guide

"""Help › How to check a record: the user guide at that page, which saves as a one-page PDF."""

from __future__ import annotations

import os
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from tests.gui.conftest import settle


@pytest.fixture
def loose_umask():
    """A umask that would leave a new file readable by everyone (0644) unless it is guarded."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def help_actions(window) -> dict[str, QAction]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    return {a.text(): a for a in menu.actions() if a.text()}


def test_help_names_each_item_by_its_own_letter(demo_window):
    texts = list(help_actions(demo_window))
    assert "How to check a &record…" in texts
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(letters) == len(set(letters)), texts


def test_how_to_check_opens_the_guide_at_its_page_and_saves_a_private_pdf(
    demo_window, qtbot, tmp_path, monkeypatch, loose_umask
):
    help_actions(demo_window)["How to check a &record…"].trigger()
    guide = demo_window.guide
    qtbot.waitUntil(guide.isVisible)
    assert guide.contents.currentItem().text() == "How to check a MentorDesk record"
    shown = guide.text.toPlainText()
    assert "pyhanko sign validate --trust mentor.pem" in shown
    assert "Add to Trusted Certificates…" in shown
    assert guide.save_sheet.isVisible() and guide.sheet_note.isVisible()

    folder = tmp_path / "out"
    folder.mkdir()
    asked: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(folder / "for-employer"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with qtbot.waitSignal(demo_window.ops.saved, timeout=20000) as saved:
        qtbot.mouseClick(guide.save_sheet, Qt.MouseButton.LeftButton)
    settle(qtbot, demo_window.ops)

    target = folder / "for-employer.pdf"
    assert asked and asked[0].endswith("how-to-check-a-mentordesk-record.pdf")
    assert Path(saved.args[0]) == target and saved.args[1] == "How to check a record"
    assert target.stat().st_mode & 0o777 == 0o600
    pages = PdfReader(BytesIO(target.read_bytes())).pages
    assert len(pages) == 1
    assert "How to check a MentorDesk record" in pages[0].extract_text()
    assert [p.name for p in folder.iterdir()] == ["for-employer.pdf"]  # no temporary file

    guide.open_page("Planner")
    assert not guide.save_sheet.isVisible() and not guide.sheet_note.isVisible()
    guide.close()


def test_cancelling_the_file_dialog_writes_nothing(demo_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    help_actions(demo_window)["How to check a &record…"].trigger()
    guide = demo_window.guide
    qtbot.mouseClick(guide.save_sheet, Qt.MouseButton.LeftButton)
    settle(qtbot, demo_window.ops)
    assert not list(tmp_path.rglob("*.pdf"))
    guide.close()

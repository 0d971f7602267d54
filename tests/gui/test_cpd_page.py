"""The CPD page on the demo vault: an activity added with a file and seen with the totals,
supervision hours added in one click, delete and undo, the editor's keys, and the signed
CPD record printed to PDF through the page and read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from mentordesk.services import cpd
from mentordesk.ui.cpd.editor import CpdEditor
from mentordesk.ui.cpd.page import CpdPage
from mentordesk.ui.cpd.period import PeriodDialog
from mentordesk.vault.enums import CpdKind
from tests.documents.pdftext import text
from tests.gui.conftest import settle
from tests.gui.keyboard import in_modal
from tests.gui.windows import png_bytes


@pytest.fixture
def page(demo_window) -> CpdPage:
    demo_window.sidebar.setCurrentRow(demo_window.row_of("cpd"))
    built = demo_window.page("cpd")
    assert isinstance(built, CpdPage)
    return built


def participatory(vault, today: date) -> tuple[float, float]:
    """The three years' participatory hours ending ``today``, and how many are to go."""
    shown = cpd.window(vault.connection, today)
    return shown.totals.participatory, shown.participatory_to_go


def words_of(hours: float, to_go: float) -> str:
    return f"{hours:g} participatory hours of the 20 asked for: " + (
        f"{to_go:g} to go" if to_go else "target met"
    )


def titles(page: CpdPage) -> list[str]:
    return [page.model.row_at(r).title for r in range(page.model.rowCount())]


def test_an_activity_added_with_a_picture_is_listed_with_the_totals(
    page, demo_window, demo_vault, qtbot, monkeypatch, tmp_path
):
    picture = tmp_path / "whiteboard.png"
    picture.write_bytes(png_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(picture)], ""))
    today = demo_window.ops.clock.today()
    shared, to_go = participatory(demo_vault, today)
    assert words_of(shared, to_go) in page.window_total.text()
    before = page.model.rowCount()

    def fill(dialog: CpdEditor) -> None:
        qtbot.keyClicks(dialog.title, "Regional mentoring conference")
        dialog.kind.setCurrentIndex(dialog.kind.findData(CpdKind.CONFERENCE.value))
        dialog.started.set_value(date(2025, 2, 20))
        dialog.hours.setValue(6)
        dialog.participatory.setChecked(True)
        qtbot.keyClicks(dialog.learned, "Contracting well at the first meeting")
        dialog.ksb_filter.setText("K14")
        shown = [dialog.ksbs.item(i) for i in range(dialog.ksbs.count())]
        (k14,) = [item for item in shown if not item.isHidden()]
        k14.setCheckState(Qt.CheckState.Checked)
        assert dialog.ksb_count.text().startswith("1 KSB")
        qtbot.mouseClick(dialog.add_file_button, Qt.MouseButton.LeftButton)
        settle(qtbot, dialog.ops)
        item = dialog.files.item(0)
        assert item.text().startswith("whiteboard.png") and not item.icon().isNull()
        dialog.learned.setFocus()
        qtbot.keyClick(dialog.learned, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert "\n" not in dialog.learned.toPlainText()  # saved, not a new line typed
        assert dialog.result() == QDialog.DialogCode.Accepted

    seen = in_modal(qtbot, CpdEditor, fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert page.model.rowCount() == before + 1
    row = page.selected()
    assert row is not None and row.title == "Regional mentoring conference"
    assert (row.files, row.ksbs, row.participatory, row.hours) == (1, "K14", True, 6.0)
    assert participatory(demo_vault, today) == (shared + 6, max(0, to_go - 6))
    assert words_of(shared + 6, max(0, to_go - 6)) in page.window_total.text()
    assert "This year (2025)" in page.year_total.text()
    with demo_vault.session() as db:
        (kept,) = cpd.files(db, row.id)
        assert cpd.read_file(db, kept.id) == picture.read_bytes()

    demo_window.undo_action.trigger()
    assert page.model.rowCount() == before
    assert "Regional mentoring conference" not in titles(page)
    demo_window.redo_action.trigger()
    assert "Regional mentoring conference" in titles(page)
    with demo_vault.session() as db:
        assert [f.filename for f in cpd.files(db, row.id)] == ["whiteboard.png"]


def test_supervision_hours_are_added_in_one_click_and_undone(page, demo_window, demo_vault):
    with demo_vault.session() as db:
        waiting = cpd.importable(db)
    assert waiting >= 12  # a year of monthly supervision, and the reading read
    assert page.import_button.isEnabled()
    assert page.import_button.text() == f"&Add supervision and reading hours ({waiting})"
    before = page.model.rowCount()
    shared, _to_go = participatory(demo_vault, demo_window.ops.clock.today())
    page.import_button.click()
    assert page.model.rowCount() == before + waiting
    assert page.import_button.text().endswith("(0)") and not page.import_button.isEnabled()
    assert page.import_note.text().startswith("Nothing to add")
    assert page.import_button.toolTip() == page.import_note.text()
    after, to_go = participatory(demo_vault, demo_window.ops.clock.today())
    assert after > shared and words_of(after, to_go) in page.window_total.text()
    demo_window.undo_action.trigger()
    assert page.model.rowCount() == before and page.import_button.isEnabled()


def test_delete_is_undone_with_the_same_entry_back(page, demo_window, demo_vault):
    page.table.selectRow(0)
    row = page.selected()
    assert row is not None
    with demo_vault.transaction() as db:
        cpd.add_file(db, row.id, "notes.txt", b"what I noted")
    page.refresh()
    page.select_id(row.id)
    page.delete_button.click()
    assert row.id not in [page.model.row_at(r).id for r in range(page.model.rowCount())]
    demo_window.undo_action.trigger()
    assert page.select_id(row.id)
    with demo_vault.session() as db:
        (back,) = cpd.files(db, row.id)
        assert cpd.read_file(db, back.id) == b"what I noted"


def test_the_editor_asks_before_dropping_changes_and_names_a_file_too_large(
    page, qtbot, monkeypatch, tmp_path
):
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)

    def save(edited):
        return page.ops.write(lambda job: cpd.create(job.db, edited.draft), quiet=True)

    dialog = page._editor(save=save)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible() and asked == []
    dialog.show()
    qtbot.keyClicks(dialog.title, "Half typed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked == [
        "This activity has changes that are not saved. Save them now?"
    ]
    big = tmp_path / "recording.mp4"
    with big.open("wb") as fh:
        fh.truncate(25 * 1024 * 1024)
    dialog.add_paths([big])
    settle(qtbot, dialog.ops)
    assert dialog.error.text() == (
        f"⚠ {big} is too large to be kept as evidence: the limit is 20 MiB a file."
    )
    assert dialog.files.item(0).data(Qt.ItemDataRole.UserRole) is None  # nothing added
    dialog.title.clear()
    assert not dialog.try_save()
    assert dialog.error.text().startswith("⚠ Give the activity a title")
    assert dialog.title.hasFocus() or not dialog.isActiveWindow()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_the_cpd_record_is_printed_to_pdf_through_the_page(
    page, demo_window, demo_vault, qtbot, monkeypatch, tmp_path, message_boxes
):
    out = tmp_path / "cpd-record.pdf"
    chosen: list[tuple[date, date]] = []

    def choose(dialog: PeriodDialog) -> int:
        chosen.append(dialog.period())
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(PeriodDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    saved: list[tuple[Path, str]] = []
    demo_window.ops.saved.connect(lambda path, what: saved.append((Path(path), what)))
    page.import_button.click()
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    settle(qtbot, demo_window.ops)
    assert chosen == [(date(2022, 3, 4), date(2025, 3, 3))]  # the three years ending today
    assert message_boxes == []
    assert saved == [(out, "CPD record")]
    words = text(out.read_bytes())
    assert "CPD record" in words and "MD-P-0001" in words
    assert "Supervision with Dr Helen Marsh" in words
    assert "Safeguarding refresher (level 2)" in words
    assert "The three years ending 3 March 2025" in words
    shared, to_go = participatory(demo_vault, date(2025, 3, 3))
    assert words_of(shared, to_go).replace("target met", "met") in words


def test_the_guide_has_a_cpd_page_whose_keys_are_the_pages_own(page, demo_window):
    import re

    from mentordesk.ui.planner.keys import mnemonic
    from mentordesk.ui.user_guide import guide_pages

    (cpd_page,) = [markdown for title, markdown in guide_pages() if title == "CPD"]
    go = [a for a in demo_window.findChildren(type(demo_window.undo_action)) if a.text() == "CPD"]
    assert f"(Ctrl+{demo_window.row_of('cpd') + 1})" in cpd_page
    assert go and go[0].shortcut().toString() == f"Ctrl+{demo_window.row_of('cpd') + 1}"
    letters = {mnemonic(b.text()) for b in (page.edit_button, page.pdf_button)}
    assert {m.lower() for m in re.findall(r"Alt\+(\w)", cpd_page)} == letters
    for button in (page.new_button, page.edit_button, page.delete_button, page.pdf_button):
        assert button.text().replace("&", "").rstrip("…") in cpd_page

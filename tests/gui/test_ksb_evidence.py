"""KSB evidence on the demo vault: a witness statement added with a photo, mapped to two
KSBs with judgements and signed off, listed and read back; a file too large refused by
name; delete undone with its files; a mentee's session counted for the mentor too."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from mentordesk.services.attachments import NewFile
from mentordesk.services.ksb import evidence
from mentordesk.services.ksb.evidence import EvidenceDraft, KsbMark
from mentordesk.ui.ksb.count_for_me import CountForMeDialog
from mentordesk.ui.ksb.evidence_dialog import EvidenceDialog
from mentordesk.ui.ksb.evidence_files import ID_ROLE
from mentordesk.ui.ksb.evidence_tab import EvidenceTab
from mentordesk.vault.enums import EvidenceKind, Judgement
from tests.gui.conftest import settle
from tests.gui.keyboard import in_modal
from tests.gui.windows import ANCHOR, png_bytes


def _mentee(vault) -> int:
    sql = "SELECT mentee_id FROM contract WHERE status = 'active' ORDER BY id"
    return vault.connection.execute(sql).fetchone()[0]


@pytest.fixture
def host(demo_window, qtbot):
    """The tab in a window of its own, with Ctrl+Z on its history (as the page gives it)."""
    window = QWidget()
    qtbot.addWidget(window)
    tab = EvidenceTab(demo_window.ops, window)
    undo = tab.undo_stack.createUndoAction(window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(undo)
    window.resize(1300, 700)
    window.show()
    qtbot.waitExposed(window)
    return window, tab


def _rows(tab: EvidenceTab):
    return [tab.model.row_at(r) for r in range(tab.model.rowCount())]


def test_a_witness_statement_with_a_photo_is_mapped_judged_signed_off_and_read_back(
    host, demo_vault, qtbot, monkeypatch, tmp_path
):
    window, tab = host
    mentee = _mentee(demo_vault)
    tab.show_owner(mentee)
    before = tab.model.rowCount()
    photo = tmp_path / "handover-board.png"
    picture = png_bytes()
    photo.write_bytes(picture)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    with demo_vault.session() as db:
        choices = evidence.ksb_choices(db, mentee)
    first, second = choices[0], choices[4]

    def fill(dialog: EvidenceDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(EvidenceKind.WITNESS_STATEMENT.value))
        assert dialog.kind.findData(EvidenceKind.SESSION.value) < 0  # sessions make those
        qtbot.keyClicks(dialog.title, "Ward manager's witness statement")
        dialog.occurred.set_value(date(2025, 2, 24))
        qtbot.keyClicks(dialog.observer, "Sam Lee, ward manager")
        qtbot.keyClicks(dialog.description, "Led the shift handover with the new starter.")
        qtbot.mouseClick(dialog.files_box.add_button, Qt.MouseButton.LeftButton)
        settle(qtbot, dialog.ops)
        photo.unlink()  # read into memory: nothing of it stays on disk
        item = dialog.files_box.list.item(0)
        assert item.text().startswith("handover-board.png")
        assert not item.icon().isNull()
        assert item.icon().availableSizes() and item.icon().pixmap(40).width() == 40
        view = dialog.marks.view
        for choice, key in ((first, Qt.Key.Key_M), (second, Qt.Key.Key_W)):
            dialog.marks.filter.setText(choice.code)
            view.setFocus()
            view.setCurrentIndex(dialog.marks.proxy.index(0, 0))
            qtbot.keyClick(view, Qt.Key.Key_Space)  # ticks
            qtbot.keyClick(view, key)  # judges: met, working towards
        dialog.marks.filter.clear()
        assert dialog.marks.marks() == (
            KsbMark(first.id, Judgement.MET),
            KsbMark(second.id, Judgement.WORKING_TOWARDS),
        )
        assert dialog.marks.count.text().startswith("2 KSB")
        dialog.signed.setChecked(True)
        dialog.signed_date.set_value(ANCHOR)
        dialog.title.setFocus()
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.result() == QDialog.DialogCode.Accepted

    seen = in_modal(qtbot, EvidenceDialog, fill)
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    assert tab.model.rowCount() == before + 1
    row = tab.selected()
    assert row is not None and row.title == "Ward manager's witness statement"
    assert row.kind_words == "Witness statement" and row.observer == "Sam Lee, ward manager"
    assert row.ksbs_words == f"{first.code} ✔ met, {second.code} ◐ working towards"
    assert row.ksbs == f"{first.code} ✔, {second.code} ◐"
    assert row.signed_off_on == ANCHOR and row.file_count == 1
    shown = [tab.proxy.index(tab.table.currentIndex().row(), c).data() for c in range(7)]
    assert shown[2] == row.ksbs and shown[3] == "3 Mar 2025" and shown[4] == "1"
    with demo_vault.session() as db:
        (kept,) = evidence.STORE.files(db, row.id)
        assert evidence.STORE.read_file(db, kept.id) == picture  # byte for byte
    assert not photo.exists()

    opened = {}

    def look(dialog: EvidenceDialog) -> None:
        item = dialog.files_box.list.item(0)
        opened["thumb"] = not item.icon().isNull() and kept.id in dialog.files_box.thumbs
        opened["signed"] = dialog.signed.isChecked()

    in_modal(qtbot, EvidenceDialog, look)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert opened == {"thumb": True, "signed": True}


def test_a_file_over_the_limit_is_refused_by_name(host, demo_vault, qtbot, tmp_path):
    _window, tab = host
    tab.show_owner(_mentee(demo_vault))
    dialog = tab._dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    big = tmp_path / "ward-round.mp4"
    with big.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024 + 1)
    dialog.files_box.add_paths([big])
    settle(qtbot, dialog.ops)
    assert dialog.error.text() == (
        f"⚠ {big} is too large to be kept as evidence: the limit is 20 MiB a file."
    )
    assert dialog.files_box.list.item(0).data(ID_ROLE) is None  # nothing added
    assert dialog.files_box.added == []
    dialog._saved = dialog.draft()
    dialog.reject()


def test_signing_off_with_nothing_judged_is_refused_with_the_reason(
    host, demo_vault, message_boxes
):
    _window, tab = host
    tab.show_owner(_mentee(demo_vault))
    unjudged = next(r for r in _rows(tab) if r.source == "evidence" and not r.signed_off_on)
    assert tab.select("evidence", unjudged.id)
    tab.sign_button.click()
    assert message_boxes and "has no KSB judged yet" in message_boxes[-1][1]
    assert unjudged.title in message_boxes[-1][1]


def test_delete_is_undone_with_ctrl_z_files_and_all(host, demo_vault, qtbot):
    window, tab = host
    mentee = _mentee(demo_vault)
    with demo_vault.transaction() as db:
        ksb = evidence.ksb_choices(db, mentee)[0]
        draft = EvidenceDraft(
            mentee,
            EvidenceKind.OBSERVATION.value,
            "Observed a supervision",
            date(2025, 2, 10),
            marks=(KsbMark(ksb.id, Judgement.MET, "well done"),),
            signed_off_on=date(2025, 2, 11),
        )
        files = [NewFile("checklist.txt", b"asked open questions"), NewFile("p.png", png_bytes())]
        eid = evidence.create(db, draft, ANCHOR, files)
    tab.show_owner(mentee)
    assert tab.select("evidence", eid)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert eid not in [r.id for r in _rows(tab) if r.source == "evidence"]
    assert tab.selected() is not None  # the row now in its place: Enter and Del still act
    with demo_vault.session() as db:
        assert evidence.STORE.files(db, eid) == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.select("evidence", eid)
    with demo_vault.session() as db:
        assert evidence.get(db, eid) == draft
        back = evidence.STORE.files(db, eid)
        assert [f.filename for f in back] == ["checklist.txt", "p.png"]
        assert evidence.STORE.read_file(db, back[0].id) == b"asked open questions"
        assert evidence.STORE.read_file(db, back[1].id) == png_bytes()


def test_a_session_counts_for_the_mentors_portfolio_too(host, demo_vault, qtbot):
    _window, tab = host
    mentee = _mentee(demo_vault)
    found = demo_vault.connection.execute(
        "SELECT id, session_id, title FROM evidence_item WHERE mentee_id = ? AND kind = 'session'"
        " AND session_id IS NOT NULL AND session_id NOT IN (SELECT session_id FROM evidence_item"
        " WHERE mentee_id IS NULL AND session_id IS NOT NULL) ORDER BY occurred_on DESC",
        (mentee,),
    ).fetchone()
    assert found is not None  # the demo's session records are evidence of their KSBs
    eid, session_id, _title = found
    with demo_vault.session() as db:
        theirs = evidence.get(db, eid)
        mine = evidence.ksb_choices(db, None)
    tab.show_owner(mentee)
    assert tab.select("evidence", eid)
    assert tab.count_button.isEnabled()
    wanted = mine[2]

    def choose(dialog: CountForMeDialog) -> None:
        dialog.marks.filter.setText(wanted.code)
        view = dialog.marks.view
        view.setFocus()
        view.setCurrentIndex(dialog.marks.proxy.index(0, 0))
        qtbot.keyClick(view, Qt.Key.Key_M)  # ticks and judges met
        dialog.ok_button.click()

    in_modal(qtbot, CountForMeDialog, choose)
    tab.count_button.click()
    tab.show_owner(None)
    (counted,) = [r for r in _rows(tab) if r.session_id == session_id]
    assert counted.source == "evidence" and counted.kind == EvidenceKind.SESSION.value
    assert counted.ksbs_words == f"{wanted.code} ✔ met"
    tab.show_owner(mentee)  # the mentee's own item is as it was
    with demo_vault.session() as db:
        assert evidence.get(db, eid) == theirs
        assert evidence.get(db, counted.id).occurred_on == theirs.occurred_on


def test_one_ksb_is_shown_with_a_bar_to_show_all(host, demo_vault, qtbot):
    _window, tab = host
    mentee = _mentee(demo_vault)
    tab.show_owner(mentee)
    everything = tab.model.rowCount()
    code, ksb_id = next((r.ksbs.split(",")[0].split()[0], r.ksb_ids[0]) for r in _rows(tab)
                        if r.ksb_ids)  # fmt: skip
    tab.show_ksb(ksb_id)
    assert tab.ksb_bar.isVisible() and f"Showing evidence for {code}" in tab.ksb_label.text()
    assert 0 < tab.model.rowCount() < everything
    assert all(ksb_id in r.ksb_ids for r in _rows(tab))
    with qtbot.waitSignal(tab.ksb_shown):
        tab.show_all_button.click()
    assert not tab.ksb_bar.isVisible() and tab.model.rowCount() == everything


def test_the_mentors_reflections_and_cpd_are_listed_read_only(host, qtbot):
    _window, tab = host
    tab.show_owner(None)
    practice = next(r for r in _rows(tab) if r.source in ("reflection", "cpd"))
    assert tab.select(practice.source, practice.id)
    assert not tab.open_button.isEnabled() and not tab.delete_button.isEnabled()
    assert tab.note.isVisible() and "page to change" in tab.note.text()
    assert tab.open_selected() is None
    assert not tab.count_button.isVisible()  # the mentor's own portfolio


def test_duties_are_shown_in_order_with_runs_as_ranges():
    from mentordesk.ui.ksb.evidence_marks import duties_text

    assert duties_text("D6, D7, D9, D1, D2, D3, D8, D5, D4") == "D1–D9"
    assert duties_text("D7, D1, D3, D6") == "D1, D3, D6, D7"
    assert duties_text("D10, D2, D3, D4") == "D2–D4, D10"
    assert duties_text("") == ""


def test_the_dialog_asks_before_dropping_changes_and_puts_errors_at_their_field(
    host, demo_vault, qtbot, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    _window, tab = host
    tab.show_owner(_mentee(demo_vault))
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)

    def save(edited):
        return tab.ops.write(
            lambda job: evidence.create(job.db, edited.draft, job.today), show=dialog.show_error
        )

    dialog = tab._dialog(save=save)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible() and asked == []
    dialog.show()
    qtbot.keyClicks(dialog.observer, "Sam")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert asked == ["This evidence has changes that are not saved. Save them now?"]
    assert not dialog.try_save()  # no title
    assert dialog.error.text().startswith("⚠ Give the evidence a title")
    assert dialog.title.hasFocus() or not dialog.isActiveWindow()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Discard)
    dialog.reject()

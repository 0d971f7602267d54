"""The KSB tracker as a mentor uses it, in the main window: a witness statement added with
a photo and mapped to two KSBs, then signed off, with the coverage matrix and the
dashboard following each step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from mentordesk.services.ksb import evidence
from mentordesk.ui.ksb.evidence_dialog import EvidenceDialog
from mentordesk.vault.enums import EvidenceKind
from tests.gui.conftest import settle
from tests.gui.keyboard import in_modal
from tests.gui.windows import ANCHOR, png_bytes


def _mentee(vault) -> tuple[int, str]:
    return vault.connection.execute(
        """SELECT m.id, m.full_name FROM contract c JOIN mentee m ON m.id = c.mentee_id
            WHERE c.status = 'active' ORDER BY c.id"""
    ).fetchone()


def _to_sign(window, name: str) -> str:
    """What the dashboard says about the mentee's evidence to sign off ("" for nothing)."""
    window.go_to(window.row_of("dashboard"))
    page = window.page("dashboard")
    page.refresh()
    model = page.attention
    rows = [model.row_at(r) for r in range(model.rowCount())]
    return next((a.what for a in rows if a.mentee == name and a.kind == "evidence"), "")


def _coverage(page, *codes: str):
    page.show_tab("coverage")
    rows = {r.code: r for r in page.matrix.rows}
    shown = page.coverage.model
    words = {shown.row_at(r).code: shown.index(r, 6).data() for r in range(shown.rowCount())}
    return [(rows[c].count, words[c]) for c in codes]


def test_a_witness_statement_with_a_photo_moves_the_matrix_and_the_dashboard(
    demo_window, demo_vault, qtbot, monkeypatch, tmp_path
):
    window = demo_window
    mentee, name = _mentee(demo_vault)
    waiting = _to_sign(window, name)
    before = int(waiting.split()[0]) if waiting else 0

    window.go_to(window.row_of("ksb_tracker"))
    page = window.page("ksb_tracker")
    page.owners.setCurrentIndex(page.owners.findData(mentee))
    settle(qtbot, window.ops)
    unevidenced = [r for r in page.matrix.rows if r.count == 0][:2]
    assert len(unevidenced) == 2, "the demo mentee has KSBs with no evidence yet"
    first, second = (r.code for r in unevidenced)
    assert _coverage(page, first, second) == [(0, "✖ No evidence")] * 2

    photo = tmp_path / "induction-board.png"
    photo.write_bytes(png_bytes())
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))

    def fill(dialog: EvidenceDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(EvidenceKind.WITNESS_STATEMENT.value))
        qtbot.keyClicks(dialog.title, "Witness statement: induction of two starters")
        dialog.occurred.set_value(date(2025, 2, 27))
        qtbot.keyClicks(dialog.observer, "Grace Obi, ward manager")
        qtbot.mouseClick(dialog.files_box.add_button, Qt.MouseButton.LeftButton)
        settle(qtbot, dialog.ops)
        photo.unlink()
        assert not dialog.files_box.list.item(0).icon().isNull()  # the thumbnail
        view = dialog.marks.view
        for code in (first, second):
            dialog.marks.filter.setText(code)
            view.setFocus()
            view.setCurrentIndex(dialog.marks.proxy.index(0, 0))
            qtbot.keyClick(view, Qt.Key.Key_Space)  # ticked
            qtbot.keyClick(view, Qt.Key.Key_M)  # judged met
        dialog.marks.filter.clear()
        dialog.title.setFocus()
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert dialog.result() == QDialog.DialogCode.Accepted

    page.show_tab("evidence")
    tab = page.evidence
    seen = in_modal(qtbot, EvidenceDialog, fill)
    window.activateWindow()  # as the window manager does: shortcuts need an active window
    qtbot.waitUntil(window.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    settle(qtbot, window.ops)
    row = tab.selected()
    assert row is not None and row.title == "Witness statement: induction of two starters"
    assert row.ksbs == f"{first} ✔, {second} ✔" and row.file_count == 1
    # undone, redone, undone and redone again: the same piece, under its own id, each time
    for _ in range(2):
        page.undo_stack.undo()
        settle(qtbot, window.ops)
        assert not tab.select("evidence", row.id)  # gone
        page.undo_stack.redo()
        settle(qtbot, window.ops)
        assert tab.select("evidence", row.id)  # back
    with demo_vault.session() as db:
        assert len(evidence.STORE.files(db, row.id)) == 1

    # judged met, not signed off: counted, awaiting sign-off; the dashboard has one more
    awaiting = "◑ Met, awaiting sign-off"
    assert _coverage(page, first, second) == [(1, awaiting)] * 2
    assert _to_sign(window, name).startswith(f"{before + 1} piece")

    window.go_to(window.row_of("ksb_tracker"))
    page.show_tab("evidence")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier |
                   Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    settle(qtbot, window.ops)
    with demo_vault.session() as db:
        assert evidence.get(db, row.id).signed_off_on == ANCHOR
    # signed off, but one piece of the two required: still short of the count
    assert _coverage(page, first, second) == [(1, "◑ Met, more evidence needed")] * 2
    assert [r.needs for r in page.matrix.rows if r.code in (first, second)] == [
        "needs 1 more piece"
    ] * 2
    after = _to_sign(window, name)
    assert after == "" if before == 0 else after.startswith(f"{before} piece")

    # one piece required for this standard: both are met, in words
    window.go_to(window.row_of("ksb_tracker"))
    assert page.set_required(1)
    settle(qtbot, window.ops)
    assert _coverage(page, first, second) == [(1, "✔ Met")] * 2


def test_enter_on_a_mentee_needing_attention_opens_their_tracker(demo_window, qtbot):
    window = demo_window
    window.go_to(window.row_of("dashboard"))
    page = window.page("dashboard")
    page.refresh()
    view = page.attention_view
    assert page.attention.rowCount() > 0 and not view.tabKeyNavigation()  # Tab moves on
    wanted = page.attention.row_at(0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    view.setCurrentIndex(page.attention.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    tracker = window.page("ksb_tracker")
    assert window.stack.currentWidget() is tracker
    assert tracker.owner == wanted.mentee_id and tracker.matrix.owner_name == wanted.mentee

"""The planner, driven as a mentor would: plan a session, record it with GROW (an action and
a KSB), see both carried to the next session, undo a move, and fill and sign a review."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

from mentordesk.services import sessions
from mentordesk.services.reviews import store
from mentordesk.services.sessions import SessionRecord
from mentordesk.ui.planner.plan_dialogs import PlanDialog
from mentordesk.ui.planner.record_dialog import SessionRecordDialog
from mentordesk.ui.planner.review_dialog import ReviewDialog
from mentordesk.vault.models import ActionItem, EvidenceItem, SessionStatus
from tests.conftest import NOW, TODAY
from tests.contract_data import signed_contract

pytestmark = pytest.mark.dates


def planner(controller):
    window = controller.window
    window.sidebar.setCurrentRow(window.row_of("planner"))
    return window.page("planner")


def record_dialog(controller, sid: int) -> SessionRecordDialog:
    form = controller.ops.read(lambda job: sessions.record_form(job.db, sid)).value
    return SessionRecordDialog(controller.ops, sid, form)


def review_dialog(controller, mid: int) -> ReviewDialog:
    form = controller.ops.read(lambda job: store.open_form(job.db, mid, job.today)).value
    return ReviewDialog(controller.ops, form)


def plan_with_new_button(controller, qtbot, monkeypatch, day):
    """Plan one session on ``day`` as the mentor does: New session…, then Save."""
    page = planner(controller)
    page.day = day
    run_modal(PlanDialog, lambda dialog: dialog.try_save(), monkeypatch)
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    [planned] = page.entries
    return page, planned


def tick(listwidget, starts_with: str) -> None:
    for i in range(listwidget.count()):
        if listwidget.item(i).text().startswith(starts_with):
            listwidget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"no item {starts_with}")


def run_modal(dialog_class, act, monkeypatch):
    """Let ``act(dialog)`` work the dialog that the planner opens with exec()."""
    seen = []

    def exec_(self):
        seen.append(self)
        act(self)
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def test_plan_record_and_carry_forward(controller, qtbot, monkeypatch):
    vault = controller.vault
    _, mid = signed_contract(vault)  # remote, 45 minutes every 14 days
    page = planner(controller)
    page.mentee.setCurrentIndex(page.mentee.findData(mid))
    first_day = TODAY - timedelta(days=1)
    page.day = first_day

    def fill(dialog: PlanDialog):
        assert dialog.minutes.value() == 45  # the contract's cadence
        when = datetime.combine(first_day, datetime.min.time()).replace(hour=10)
        dialog.starts.setDateTime(QDateTime(when))
        dialog.model.setCurrentIndex(dialog.model.findData("grow"))
        qtbot.keyClicks(dialog.objectives, "Plan the handover checklist")
        tick(dialog.ksbs, "K3 ")
        dialog.try_save()

    seen = run_modal(PlanDialog, fill, monkeypatch)
    qtbot.mouseClick(page.buttons["new"], Qt.MouseButton.LeftButton)
    [dialog] = seen
    sid = dialog.saved_id
    assert [e.id for e in page.entries] == [sid]
    assert "Goal → Reality → Options → Will" in dialog.model_summary.text()

    # The session shows on the month view; clicking it selects it.
    page.set_view("month")
    e = page.entries[0]
    page.month.resize(900, 600)
    page.month.grab()  # paints, which places the sessions
    hit = next(rect for rect, hit_id in page.month._hits if hit_id == e.id)
    qtbot.mouseClick(page.month, Qt.MouseButton.LeftButton, pos=hit.center().toPoint())
    assert page.selected_id() == sid

    # Record it: the GROW stages, an action, a KSB evidenced, marked final.
    record = record_dialog(controller, sid)
    qtbot.addWidget(record)
    record.show()
    assert list(record.stages.boxes) == ["goal", "reality", "options", "will"]
    assert "What do you want to achieve" in record.stages.boxes["goal"].placeholderText()
    qtbot.keyClicks(record.stages.boxes["goal"], "A checklist for handover")
    qtbot.keyClicks(record.stages.boxes["will"], "Draft it on Tuesday")
    record.techniques["Open"].setChecked(True)
    qtbot.mouseClick(record.add_action, Qt.MouseButton.LeftButton)
    record.action_table.item(0, 0).setText("Draft the handover checklist")
    tick(record.ksbs, "K3 ")
    assert record.travel.isEnabled()  # a remote session
    record.travel.setValue(18)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(record.final_button, Qt.MouseButton.LeftButton)
    assert record.error.text() == ""
    assert record.is_final and not record.stages.isEnabled() and record.amend_button.isVisible()
    with vault.session() as db:
        evidence = db.scalars(select(EvidenceItem).where(EvidenceItem.session_id == sid)).one()
        assert [link.ksb.code for link in evidence.links] == ["K3"]
        assert db.scalars(select(ActionItem.description)).all() == ["Draft the handover checklist"]

    # Amend after the lock: kept with its time and reason, shown in the record.
    qtbot.mouseClick(record.amend_button, Qt.MouseButton.LeftButton)
    record.otj.setValue(record.otj.value() + 0.5)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Preparation time", True))
    qtbot.mouseClick(record.save_button, Qt.MouseButton.LeftButton)
    assert record.history.count() == 1 and "Preparation time" in record.history.item(0).text()

    # The next session shows the open action at the top, and closes it there.
    with vault.transaction() as db:
        nxt = sessions.plan(
            db,
            sessions.SessionPlan(mid, NOW + timedelta(days=13), 45),
        )
    following = record_dialog(controller, nxt)
    qtbot.addWidget(following)
    following.show()
    assert following.carried.rowCount() == 1
    assert following.carried.item(0, 1).text().startswith("Draft the handover checklist")
    following.carried.item(0, 0).setCheckState(Qt.CheckState.Checked)
    following.carried.item(0, 2).setText("Checklist in use on the ward")
    qtbot.mouseClick(following.close_actions, Qt.MouseButton.LeftButton)
    assert following.carried.rowCount() == 0
    with vault.session() as db:
        assert sessions.open_actions_before(db, nxt) == []


def test_a_new_session_can_be_undone_and_redone(controller, qtbot, monkeypatch):
    _, mid = signed_contract(controller.vault)
    page, made = plan_with_new_button(controller, qtbot, monkeypatch, TODAY + timedelta(days=2))
    controller.window.undo_action.trigger()
    assert page.entries == []
    controller.window.redo_action.trigger()
    [again] = page.entries
    assert (again.mentee_id, again.starts_at, again.duration_minutes) == (
        mid,
        made.starts_at,
        made.duration_minutes,
    )


def test_reschedule_and_cancel_can_be_undone(controller, qtbot, monkeypatch):
    vault = controller.vault
    _, mid = signed_contract(vault)
    when = NOW + timedelta(days=3)
    with vault.transaction() as db:
        sid = sessions.plan(db, sessions.SessionPlan(mid, when, 45))
    page = planner(controller)
    page.refresh()
    assert page.reschedule(sid, when + timedelta(days=1))
    assert sessions.entry(vault.connection, sid).starts_at == when + timedelta(days=1)
    controller.window.undo_action.trigger()
    assert sessions.entry(vault.connection, sid).starts_at == when
    page.set_view("agenda")
    page.agenda.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mentee on leave", True))
    qtbot.mouseClick(page.buttons["cancel"], Qt.MouseButton.LeftButton)
    assert sessions.entry(vault.connection, sid).status is SessionStatus.CANCELLED
    controller.window.undo_action.trigger()
    assert sessions.entry(vault.connection, sid).status is SessionStatus.PLANNED
    controller.window.redo_action.trigger()
    assert sessions.entry(vault.connection, sid).status is SessionStatus.CANCELLED


def test_month_view_keyboard_and_reviews_due(controller, qtbot):
    _, mid = signed_contract(controller.vault)  # started 1 Sep 2026: a review is due
    page = planner(controller)
    page.set_view("month")
    shown = page.day
    qtbot.keyClick(page.month, Qt.Key.Key_PageDown)
    assert (page.day.year, page.day.month) != (shown.year, shown.month)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.day == TODAY == page.month.today
    qtbot.keyClick(page.month, Qt.Key.Key_Right)
    assert page.day == TODAY + timedelta(days=1)
    assert "Priya Patel" in page.due.item(0).text()
    assert page.due.item(0).data(Qt.ItemDataRole.UserRole) == mid


def test_fill_and_sign_a_review(controller, qtbot, tmp_path):
    vault = controller.vault
    _, mid = signed_contract(vault)
    dialog = review_dialog(controller, mid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.next_review.date().toPython() == TODAY + timedelta(weeks=12)
    assert dialog.ksb_table.rowCount() > 10
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "progress" in dialog.error.text().lower() and not dialog.is_final
    texts = {
        "progress_summary": "On track",
        "wellbeing_check": "Well",
        "safeguarding_check": "No concerns",
        "english_status": "Level 2",
        "maths_status": "Level 1",
        "epa_readiness": "Not yet",
        "smart_targets": "Map two observations to S3",
        "concerns_employer": "Two late starts",
    }
    for name, text in texts.items():
        dialog.texts[name].clear()
        qtbot.keyClicks(dialog.texts[name], text)
    table = dialog.ksb_table  # by keys: to the RAG of the first KSB, F2, down twice: Green
    table.setFocus()
    table.setCurrentCell(0, 2)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    rag = table.indexWidget(table.currentIndex())
    assert rag.accessibleName().startswith("RAG, KSB 1: K1 ")
    qtbot.keyClick(rag, Qt.Key.Key_Down)
    qtbot.keyClick(rag, Qt.Key.Key_Down)
    qtbot.keyClick(rag, Qt.Key.Key_Return)
    mentee_box, employer_box, _mentor_box = dialog.signers
    pad = mentee_box.pad
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(10, 20))
    for x in range(12, 120, 6):
        qtbot.mouseMove(pad, QPoint(x, 20 + (x // 6) % 9))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(120, 25))
    employer_box.name.setText("Grace Obi")
    employer_box.type.setChecked(True)
    dialog.signers[2].type.setChecked(True)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "" and dialog.is_final
    assert not dialog.save_button.isEnabled() and dialog.pdf_button.isEnabled()
    with vault.session() as db:
        review = store.get(db, dialog.review_id)
        assert review.is_final and review.concerns_employer == "Two late starts"
        roles = {s.signer_role.value: s for s in review.signatures}
        assert set(roles) == {"mentee", "employer", "mentor"}
        assert roles["mentee"].image_png.startswith(b"\x89PNG")
        first = dialog.draft.ksb_statuses[0].ksb_id
        assert next(s for s in review.ksb_statuses if s.ksb_id == first).rag.value == "green"
    # The review counts: nobody is due now (the planner heard of the signing by itself).
    assert "None due" in planner(controller).due.item(0).text()


def test_an_undo_that_fails_clears_the_history_and_never_duplicates(
    controller, qtbot, monkeypatch, message_boxes
):
    _, mid = signed_contract(controller.vault)
    window = controller.window
    day = TODAY + timedelta(days=2)
    page, planned = plan_with_new_button(controller, qtbot, monkeypatch, day)
    # The session is recorded where this window cannot hear of it (another copy of the app
    # on the same vault, say): it is no longer a plan that can be taken back.
    with controller.vault.transaction() as db:
        sessions.record(db, planned.id, SessionRecord(notes={"goal": "Held and recorded"}))
    assert window.undo_action.isEnabled() and "New session" in window.undo_action.text()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: page.undo_stack.count() == 0)
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    [(title, text)] = message_boxes
    assert "Only a planned session can be removed" in text and "cleared" in text
    window.redo_action.trigger()  # nothing to redo: no second session is planned
    count = controller.vault.connection.execute(
        "SELECT count(*) FROM mentoring_session WHERE mentee_id = ?", (mid,)
    ).fetchone()
    assert count == (1,)
    kept = sessions.entry(controller.vault.connection, planned.id)  # still there, as held
    assert kept.status is SessionStatus.HELD


def test_planner_shortcuts_work_straight_after_going_there(controller, qtbot, monkeypatch):
    from mentordesk.ui.mentee_dialog import MenteeDialog

    signed_contract(controller.vault)
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    sessions_opened = run_modal(PlanDialog, lambda dialog: None, monkeypatch)
    mentees_opened = run_modal(MenteeDialog, lambda dialog: None, monkeypatch)
    window.go_to(window.row_of("mentees"))  # Ctrl+2
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(mentees_opened) == 1)  # a button's shortcut clicks it shortly
    assert sessions_opened == []  # each page's own Ctrl+N
    window.go_to(window.row_of("planner"))  # Ctrl+3
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(sessions_opened) == 1 and len(mentees_opened) == 1
    window.sidebar.setFocus()  # chosen in the sidebar: the keyboard stays there
    qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(sessions_opened) == 2


def test_closing_a_record_with_unsaved_notes_asks_first(controller, qtbot, monkeypatch):
    _, mid = signed_contract(controller.vault)
    sid = controller.ops.write(
        lambda job: sessions.plan(job.db, sessions.SessionPlan(mid, NOW - timedelta(hours=2), 45))
    ).value
    record = record_dialog(controller, sid)
    qtbot.addWidget(record)
    record.show()
    qtbot.keyClicks(record.stages.boxes["notes"], "Talked through the rota")
    asked = []

    def answer(button):
        def question(*args, **kwargs):
            asked.append(args[2])
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    record.reject()  # Esc
    assert record.isVisible() and "not saved" in asked[-1]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Save))
    qtbot.mouseClick(record.close_button, Qt.MouseButton.LeftButton)
    assert not record.isVisible()
    again = controller.ops.read(lambda job: sessions.record_of(job.db, sid)).value
    assert again.notes == {"notes": "Talked through the rota"}
    reopened = record_dialog(controller, sid)
    qtbot.addWidget(reopened)
    reopened.show()
    asked.clear()
    reopened.reject()  # nothing changed: closes without a question
    assert asked == [] and not reopened.isVisible()


def test_a_series_always_plans_what_the_form_shows(controller, qtbot, monkeypatch):
    from mentordesk.ui.planner.plan_dialogs import SeriesDialog, default_start

    _, mid = signed_contract(controller.vault)  # every 14 days
    dialog = SeriesDialog(controller.ops, [(mid, "Priya Patel")], mid, default_start(TODAY), None)
    qtbot.addWidget(dialog)
    until = TODAY + timedelta(weeks=26)  # whatever day the tests run on
    dialog.until.setDate(QDate(until.year, until.month, until.day))
    dialog.propose()
    fortnightly = [p.starts_at for p in dialog.proposals]
    assert len(fortnightly) >= 10
    dialog.every.setValue(28)
    dialog.try_save()  # the list was not proposed again yet: it is now, and nothing is saved
    assert dialog.result() == 0 and not dialog.saved_ids
    gaps = {(b - a).days for a, b in zip(dialog.ticked(), dialog.ticked()[1:], strict=False)}
    assert min(gaps) >= 26 and len(dialog.proposals) < len(fortnightly)
    dialog.try_save()
    assert len(dialog.saved_ids) == len(dialog.ticked())


def test_recording_a_session_settles_its_planning_steps(controller, qtbot, monkeypatch):
    signed_contract(controller.vault)
    window = controller.window
    page, planned = plan_with_new_button(controller, qtbot, monkeypatch, TODAY)
    notices = []
    controller.ops.notice.connect(notices.append)
    assert "New session" in window.undo_action.text()

    def record(dialog):
        qtbot.keyClicks(dialog.stages.boxes["goal"], "Recorded straight away")
        assert dialog.save(final=False)

    run_modal(SessionRecordDialog, record, monkeypatch)
    page.open_session(planned.id)
    assert page.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert any("can no longer be undone" in n for n in notices)


def test_redo_brings_a_session_back_under_its_own_id_or_not_at_all(
    controller, qtbot, monkeypatch, message_boxes
):
    _, mid = signed_contract(controller.vault)
    window = controller.window
    day = TODAY + timedelta(days=2)
    page, planned = plan_with_new_button(controller, qtbot, monkeypatch, day)
    moved_to = planned.starts_at + timedelta(hours=2)
    assert page.reschedule(planned.id, moved_to)
    window.undo_action.trigger()
    window.undo_action.trigger()  # the move, then the session itself, are taken back
    window.redo_action.trigger()
    window.redo_action.trigger()
    back = sessions.entry(controller.vault.connection, planned.id)
    assert back.starts_at == moved_to  # the same session, under the same id, moved again
    window.undo_action.trigger()
    window.undo_action.trigger()
    # Another session takes the freed id where this window cannot hear of it.
    with controller.vault.transaction() as db:
        other = sessions.plan(db, sessions.SessionPlan(mid, NOW + timedelta(days=9), 30))
    assert other == planned.id
    window.redo_action.trigger()  # refused: it would have moved the other session
    qtbot.waitUntil(lambda: page.undo_stack.count() == 0)
    assert "taken this one's place" in message_boxes[-1][1]
    kept = sessions.entry(controller.vault.connection, other)
    assert kept.starts_at == NOW + timedelta(days=9) and kept.duration_minutes == 30


def test_closing_a_review_with_unsaved_text_asks_first(controller, qtbot, monkeypatch):
    _, mid = signed_contract(controller.vault)
    dialog = review_dialog(controller, mid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.texts["progress_summary"], "On track")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel,
    )
    dialog.reject()
    assert dialog.isVisible() and "not saved" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    dialog.reject()
    assert not dialog.isVisible() and dialog.review_id is not None  # saved as a draft
    again = review_dialog(controller, mid)
    assert again.texts["progress_summary"].toPlainText() == "On track"
    again.deleteLater()

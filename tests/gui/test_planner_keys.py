"""The planner by keyboard alone: plan and record a session, sign a review, with key presses
only (to whatever has the keyboard, as a person's keys go); every planner dialog fits a
1366×768 or 1280×720 screen, names every input, and has one control per Alt-letter."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)
from sqlalchemy import select

from mentordesk.services import sessions
from mentordesk.services.reviews import store
from mentordesk.ui.planner.export_dialog import IcsExportDialog
from mentordesk.ui.planner.fitted import WrapRow
from mentordesk.ui.planner.plan_dialogs import PlanDialog, SeriesDialog, default_start
from mentordesk.ui.planner.record_dialog import SessionRecordDialog
from mentordesk.ui.planner.review_dialog import ReviewDialog
from mentordesk.vault.enums import SessionStatus, SignatureMethod
from mentordesk.vault.models import ActionItem
from tests.conftest import NOW, TODAY
from tests.contract_data import signed_contract
from tests.gui import layout_checks
from tests.gui.keyboard import ALT, CTRL, activated, alt, in_modal, keys, press

pytestmark = pytest.mark.dates
SCREENS = [(1366, 768), (1280, 720)]


def shown(day) -> str:
    """A date as the app shows it: "3 Dec 2026"."""
    return f"{day.day} {day:%b %Y}"


def open_planner(controller, qtbot):
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(keys(), Qt.Key.Key_3, CTRL)  # Go › Planner
    page = window.page("planner")
    assert window.stack.currentWidget() is page
    return page


def test_plan_and_record_a_session_by_keys_only(controller, qtbot):
    vault = controller.vault
    _, mid = signed_contract(vault)
    page = open_planner(controller, qtbot)

    def plan(dialog: PlanDialog):
        qtbot.keyClick(keys(), Qt.Key.Key_W, ALT)  # &Where
        assert keys() is dialog.location
        qtbot.keyClicks(keys(), "Ward 7 office")
        qtbot.keyClick(keys(), Qt.Key.Key_D, ALT)  # Session mo&del
        qtbot.keyClicks(keys(), "G")  # GROW
        qtbot.keyClick(keys(), Qt.Key.Key_B, ALT)  # O&bjectives
        qtbot.keyClicks(keys(), "Plan the handover checklist")
        press(qtbot, Qt.Key.Key_S)  # &Save
        qtbot.waitUntil(lambda: not dialog.isVisible())

    planned = in_modal(qtbot, PlanDialog, plan)
    qtbot.keyClick(keys(), Qt.Key.Key_N, CTRL)  # New session…
    [dialog] = planned
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.saved_id
    sid = dialog.saved_id
    assert sessions.entry(vault.connection, sid).model == "grow"

    # To the week, Tab to the session, Enter: its record.
    activated(qtbot, controller.window)
    qtbot.keyClick(keys(), Qt.Key.Key_W, ALT)  # &Week
    assert keys() is page.week
    qtbot.keyClick(keys(), Qt.Key.Key_Tab)
    assert page.selected_id() == sid and keys() is page.week.chips[sid]
    assert keys().accessibleName().startswith("Session with Priya Patel, ")
    default_due = TODAY + timedelta(days=14)  # no next session yet: a fortnight on

    def record(dialog: SessionRecordDialog):
        assert keys() is dialog.stages.boxes["goal"]  # where a mentor starts typing
        qtbot.keyClicks(keys(), "A checklist for handover")
        press(qtbot, Qt.Key.Key_A)  # &Add action: its description is typed
        qtbot.keyClicks(keys(), "Book an observation")
        qtbot.keyClick(keys(), Qt.Key.Key_Tab)  # to the owner
        qtbot.keyClick(keys(), Qt.Key.Key_Tab)  # to the due date
        due = keys()
        assert due.accessibleName().startswith("Due, action 1")
        assert due.text() == shown(default_due)
        assert due.minimumDate().toPython() == TODAY  # never before the session
        qtbot.keyClick(due, Qt.Key.Key_Up)  # a day later
        qtbot.keyClick(due, Qt.Key.Key_Return)
        press(qtbot, Qt.Key.Key_S)  # &Save
        assert dialog.error.text() == "" and dialog.record() == dialog._saved
        qtbot.keyClick(keys(), Qt.Key.Key_Escape)

    recorded = in_modal(qtbot, SessionRecordDialog, record)
    qtbot.keyClick(keys(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(recorded) and not recorded[0].isVisible())
    with vault.session() as db:
        rec = sessions.record_of(db, sid)
        [action] = db.scalars(select(ActionItem).where(ActionItem.session_id == sid)).all()
    assert sessions.entry(vault.connection, sid).status is SessionStatus.HELD
    assert rec.notes["goal"] == "A checklist for handover"
    assert (action.description, action.owner) == ("Book an observation", "Mentee")
    assert action.due_date == default_due + timedelta(days=1)


def test_sign_a_review_by_keys_only(controller, qtbot):
    vault = controller.vault
    _, mid = signed_contract(vault)
    page = open_planner(controller, qtbot)
    qtbot.keyClick(keys(), Qt.Key.Key_S, ALT)  # &Show:
    assert keys() is page.mentee
    qtbot.keyClicks(keys(), "Priya")
    assert page.mentee.currentData() == mid
    typed = {
        QPlainTextEdit: "Agreed at the review",
        QLineEdit: "Grace Obi",
    }
    steps: list[str] = []

    def sign(dialog: ReviewDialog):
        for _ in range(20):  # Sign; type into what it points to; again until signed
            alt(qtbot, dialog.sign_button)
            if dialog.is_final:
                break
            assert "Before signing, complete" in dialog.error.text()
            where = keys()
            if not steps:  # the first time: every part missing is listed, the first has the keys
                assert "; the employer's" in dialog.error.text() and "maths" in dialog.error.text()
                assert where is dialog.texts["progress_summary"]
            assert (
                dialog.scroll_area.viewport()
                .rect()
                .intersects(
                    where.rect().translated(
                        where.mapTo(dialog.scroll_area.viewport(), where.rect().topLeft())
                    )
                )
            )  # scrolled into view
            steps.append(type(where).__name__)
            if isinstance(where, QRadioButton):
                qtbot.keyClick(where, Qt.Key.Key_Space)  # "Type my name"
            else:
                qtbot.keyClicks(where, typed[type(where)])
        alt(qtbot, dialog.close_button)

    seen = in_modal(qtbot, ReviewDialog, sign)
    qtbot.keyClick(keys(), Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    [dialog] = seen
    assert dialog.is_final and not dialog.isVisible()
    # The first refusal went to the first part missing; each part was typed once.
    assert steps[0] == "QPlainTextEdit" and "QRadioButton" in steps
    with vault.session() as db:
        review = store.get(db, dialog.review_id)
        assert review.is_final and review.progress_summary == "Agreed at the review"
        assert {s.method for s in review.signatures} == {SignatureMethod.TYPED}
        assert len(review.signatures) == 3


# -- every planner dialog: fits, names its inputs, one control per Alt-letter -----------------
def check(qtbot, dialog: QWidget, screen: tuple[int, int]) -> None:
    """``dialog`` as large as it opens on ``screen`` (less the panels' room): nothing cut,
    every input named, one control per Alt-letter (the checks every window passes)."""
    width, height = screen
    qtbot.addWidget(dialog)
    want = getattr(dialog, "SIZE", (dialog.width(), dialog.height()))
    dialog.resize(min(want[0], width - 40), min(want[1], height - 60))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= width - 40 and dialog.height() <= height - 60
    assert layout_checks.problems(dialog, QRect(0, 0, width, height)) == []


def cell_editor_names(qtbot, table) -> list[str]:
    names = []
    for column in range(table.columnCount()):
        index = table.model().index(0, column)
        if not index.flags() & Qt.ItemFlag.ItemIsEditable:
            continue
        table.setCurrentIndex(index)
        table.edit(index)
        editor = table.indexWidget(index)
        assert editor is not None
        names.append(editor.accessibleName())
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    return names


@pytest.mark.parametrize("screen", SCREENS)
def test_planner_dialogs_fit_name_every_input_and_share_no_alt_letter(controller, qtbot, screen):
    ops = controller.ops
    _, mid = signed_contract(controller.vault)
    sid = ops.write(
        lambda job: sessions.plan(job.db, sessions.SessionPlan(mid, NOW - timedelta(hours=1), 45))
    ).value
    people = [(mid, "Priya Patel")]
    review = ReviewDialog(ops, ops.read(lambda job: store.open_form(job.db, mid, job.today)).value)
    check(qtbot, review, screen)
    assert cell_editor_names(qtbot, review.ksb_table) == [
        f"RAG, KSB 1: {review.ksb_table.item(0, 0).text()}",
        f"Comment, KSB 1: {review.ksb_table.item(0, 0).text()}",
    ]
    [row] = review.findChildren(WrapRow)
    assert row.columns == 3  # the three signatures side by side at this size
    review.resize(700, review.height())  # narrower: they wrap, and nothing is cut
    qtbot.waitUntil(lambda: row.columns < 3)
    assert layout_checks.clipped(review, QRect(0, 0, 1366, 768)) == []
    for signer in review.signers:  # each whole on screen when scrolled to
        for part in (signer.clear, signer.type):
            review.scroll_area.ensureWidgetVisible(part)
            qtbot.wait(10)
            assert part.visibleRegion().boundingRect() == part.rect()

    record = SessionRecordDialog(
        ops, sid, ops.read(lambda job: sessions.record_form(job.db, sid)).value
    )
    record.add_action.click()
    check(qtbot, record, screen)
    assert cell_editor_names(qtbot, record.action_table) == [
        "Action, action 1",
        "Owner, action 1",
        "Due, action 1",
    ]
    check(qtbot, PlanDialog(ops, people, sessions.SessionPlan(mid, NOW), None), screen)
    check(qtbot, SeriesDialog(ops, people, mid, default_start(TODAY), None), screen)
    check(qtbot, IcsExportDialog(ops, None, "All mentees"), screen)


def test_an_action_due_date_changed_in_its_cell_is_saved(controller, qtbot):
    _, mid = signed_contract(controller.vault)
    ops = controller.ops
    sid, later = (
        ops.write(
            lambda job, d=d: sessions.plan(job.db, sessions.SessionPlan(mid, NOW + d, 45))
        ).value
        for d in (timedelta(0), timedelta(days=10))
    )
    dialog = SessionRecordDialog(
        ops, sid, ops.read(lambda job: sessions.record_form(job.db, sid)).value
    )
    qtbot.addWidget(dialog)
    dialog.show()
    activated(qtbot, dialog)
    press(qtbot, Qt.Key.Key_A)
    qtbot.keyClicks(keys(), "Read the safeguarding policy")
    table = dialog.action_table
    assert table.item(0, 2).text() == shown(TODAY + timedelta(days=10))
    qtbot.keyClick(keys(), Qt.Key.Key_Tab)
    qtbot.keyClick(keys(), Qt.Key.Key_Tab)  # the due date, by the next session
    qtbot.keyClick(keys(), Qt.Key.Key_Down)  # a day earlier
    qtbot.keyClick(keys(), Qt.Key.Key_S, CTRL)  # saved with the cell still being edited
    assert dialog.error.text() == ""
    with controller.vault.session() as db:
        [action] = sessions.record_of(db, sid).actions
    assert action.due_date == TODAY + timedelta(days=9)
    assert table.item(0, 2).text() == shown(TODAY + timedelta(days=9))
    assert later  # the next session, whose day was the default


def test_open_actions_count_follows_closing(controller, qtbot):
    _, mid = signed_contract(controller.vault)
    ops = controller.ops

    def two_sessions(job):
        first = sessions.plan(job.db, sessions.SessionPlan(mid, NOW - timedelta(days=14), 45))
        rec = sessions.SessionRecord(
            notes={"notes": "x"},
            actions=[sessions.ActionDraft("Book an observation", "Mentee", TODAY)],
        )
        sessions.record(job.db, first, rec)
        return sessions.plan(job.db, sessions.SessionPlan(mid, NOW, 45))

    sid = ops.write(two_sessions).value
    dialog = SessionRecordDialog(
        ops, sid, ops.read(lambda job: sessions.record_form(job.db, sid)).value
    )
    qtbot.addWidget(dialog)
    dialog.show()
    activated(qtbot, dialog)
    box = dialog.open_box
    assert box.title() == "Open actions (1)"
    box.table.setFocus()
    box.table.setCurrentCell(0, 0)
    qtbot.keyClick(box.table, Qt.Key.Key_Space)  # ticked
    alt(qtbot, box.close_button)
    assert box.title() == "Open actions (0)" and box.table.rowCount() == 0
    assert not box.close_button.isEnabled()

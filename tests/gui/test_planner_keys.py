"""The planner by keyboard alone: plan and record a session, sign a review, with key presses
only (to whatever has the keyboard, as a person's keys go); every planner dialog fits a
1366×768 or 1280×720 screen, names every input, and has one control per Alt-letter."""

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from mentordesk.services import sessions
from mentordesk.services.reviews import store
from mentordesk.ui.planner.export_dialog import IcsExportDialog
from mentordesk.ui.planner.fitted import FittedScroll, WrapRow
from mentordesk.ui.planner.keys import mnemonic
from mentordesk.ui.planner.plan_dialogs import PlanDialog, SeriesDialog, default_start
from mentordesk.ui.planner.record_dialog import SessionRecordDialog
from mentordesk.ui.planner.review_dialog import ReviewDialog
from mentordesk.vault.enums import SessionStatus, SignatureMethod
from mentordesk.vault.models import ActionItem
from tests.conftest import NOW, TODAY
from tests.contract_data import signed_contract

pytestmark = pytest.mark.dates
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SCREENS = [(1366, 768), (1280, 720)]


def shown(day) -> str:
    """A date as the app shows it: "3 Dec 2026"."""
    return f"{day.day} {day:%b %Y}"


def keys() -> QWidget:
    """What has the keyboard now."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def press(qtbot, key: Qt.Key) -> None:
    """Alt and a button's letter: Qt clicks it a moment later (showing it pressed)."""
    qtbot.keyClick(keys(), key, ALT)
    qtbot.wait(250)


def alt(qtbot, button: QAbstractButton) -> None:
    """Press the Alt-letter shown on a button (as a person reads it off the screen)."""
    letter = mnemonic(button.text())
    assert letter, f"{button.text()!r} has no Alt-letter"
    press(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"))


def activated(qtbot, window: QWidget) -> None:
    """What the window manager does when a dialog closes: its parent window is active
    again (the offscreen platform has no window manager)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)


def in_modal(qtbot, dialog_class, drive) -> list:
    """Run ``drive(dialog)`` once the next modal ``dialog_class`` is up; if it fails, the
    dialog is closed so the test fails instead of waiting."""
    seen: list = []

    def check():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, dialog_class):
            QTimer.singleShot(20, check)
            return
        seen.append(dialog)
        try:
            dialog.activateWindow()  # as the window manager does with a new window
            qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.focusWidget() is not None)
            drive(dialog)
        finally:
            if dialog.isVisible() and not dialog.property("keep"):
                dialog.reject()

    QTimer.singleShot(0, check)
    return seen


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
def inputs(window: QWidget) -> list[QWidget]:
    found = []
    for w in window.findChildren(QWidget):
        inner = isinstance(w.parentWidget(), QAbstractSpinBox | QComboBox)
        if isinstance(w, QLineEdit) and inner:
            continue  # the text part of a spin box or drop-down
        if isinstance(w, QHeaderView) or (
            isinstance(w, QAbstractItemView) and w.window() is not window
        ):
            continue  # a table's header, a drop-down's pop-up list
        if isinstance(
            w,
            QLineEdit
            | QPlainTextEdit
            | QTextEdit
            | QComboBox
            | QAbstractSpinBox
            | QAbstractItemView,
        ):
            found.append(w)
    return found


def unnamed(window: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    return [
        f"{type(w).__name__} {w.objectName()}"
        for w in inputs(window)
        if not w.accessibleName().strip() and id(w) not in buddies
    ]


def shared_letters(window: QWidget) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for w in window.findChildren(QWidget):
        text = w.text() if isinstance(w, QAbstractButton) else None
        if isinstance(w, QLabel) and w.buddy() is not None:
            text = w.text()
        letter = mnemonic(text or "")
        if letter:
            if letter in seen:
                clashes.append(f"Alt+{letter}: {seen[letter]!r} and {text!r}")
            seen[letter] = text or ""
    return clashes


def clipped(window: QWidget) -> list[str]:
    """Widgets laid out beyond their parent's edges (a form wider than its window)."""
    out = []
    for w in window.findChildren(QWidget):
        parent = w.parentWidget()
        layout = parent.layout() if parent is not None else None
        if not w.isVisible() or layout is None or layout.indexOf(w) < 0:
            continue
        g = w.geometry()
        if (
            g.left() < 0
            or g.top() < 0
            or g.right() > parent.width()
            or g.bottom() > parent.height()
        ):
            out.append(f"{type(w).__name__} {g} in {type(parent).__name__} {parent.size()}")
    for scroll in window.findChildren(FittedScroll):
        if scroll.widget().width() > scroll.viewport().width():
            out.append(f"{scroll.widget().width()} wide in a view {scroll.viewport().width()}")
    return out


def check(qtbot, dialog: QWidget, screen: tuple[int, int]) -> None:
    """``dialog`` as large as it opens on ``screen`` (less the panels' room)."""
    width, height = screen
    qtbot.addWidget(dialog)
    want = getattr(dialog, "SIZE", (dialog.width(), dialog.height()))
    dialog.resize(min(want[0], width - 40), min(want[1], height - 60))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= width - 40 and dialog.height() <= height - 60
    assert clipped(dialog) == []
    assert unnamed(dialog) == []
    assert shared_letters(dialog) == []


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
    assert clipped(review) == []
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

"""What the planner shows: sessions on the calendar named and told apart (two mentees called
Violet), marked by shape as well as colour, with a key; the agenda's titles; and what it
says after exporting, importing and printing."""

from datetime import date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from mentordesk.services import mentees, sessions
from mentordesk.services.reviews import store
from mentordesk.services.sessions import SessionPlan, SessionRecord
from mentordesk.ui.planner.chips import KINDS, Chip
from mentordesk.ui.planner.export_dialog import IcsExportDialog
from mentordesk.ui.planner.review_dialog import ReviewDialog
from mentordesk.ui.table_model import ROW_ROLE
from tests.conftest import TODAY
from tests.contract_data import signed_contract
from tests.gui.conftest import settle

pytestmark = pytest.mark.dates
CANARY = "CANARY-51c0 discuss the disciplinary meeting"


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


@pytest.fixture
def violets(controller):
    """Violet Green and Violet Grey, both at 11:00 on one day; and a held, a quick-noted
    and a cancelled session."""
    # tomorrow, or Saturday when tomorrow is in the next week: the week view shows today's
    day = TODAY + timedelta(days=1) if TODAY.weekday() < 6 else TODAY - timedelta(days=1)

    def make(job):
        green = mentees.create(job.db, mentees.MenteeData("Violet Green"))
        grey = mentees.create(job.db, mentees.MenteeData("Violet Grey"))
        ids = {
            "green": sessions.plan(job.db, SessionPlan(green, at(day, 11), 60, objectives=CANARY)),
            "grey": sessions.plan(
                job.db, SessionPlan(grey, at(day, 11), 45, title="Portfolio check: S3 evidence")
            ),
            "held": sessions.plan(job.db, SessionPlan(grey, at(TODAY - timedelta(days=3), 9), 60)),
            "quick": sessions.plan(job.db, SessionPlan(green, at(TODAY - timedelta(days=2), 15))),
            "gone": sessions.plan(job.db, SessionPlan(green, at(day, 15), 30)),
        }
        sessions.record(job.db, ids["held"], SessionRecord(notes={"notes": "x"}))
        sessions.quick_note(job.db, ids["quick"], "Rota")
        sessions.cancel(job.db, ids["gone"], "On leave")
        return ids

    return day, controller.ops.write(make).value


def planner(controller, qtbot, view: str, size=(900, 560)):
    window = controller.window
    window.resize(1326, 708)
    window.show()
    qtbot.waitExposed(window)
    window.go_to(window.row_of("planner"))
    page = window.page("planner")
    page.set_view(view)
    canvas = page.month if view == "month" else page.week
    canvas.resize(*size)
    return page, canvas


@pytest.mark.parametrize("view", ["month", "week"])
def test_two_violets_are_told_apart_named_and_never_cut(controller, qtbot, violets, view):
    day, ids = violets
    page, canvas = planner(controller, qtbot, view)
    green, grey = canvas.chips[ids["green"]], canvas.chips[ids["grey"]]
    for chip, name in ((green, "Violet Green"), (grey, "Violet Grey")):
        assert chip.isVisible()
        text = " ".join(chip.lines(chip.width()))
        assert name in text  # whole: only what comes after the name may be cut
        assert "…" not in text or text.index("…") > text.index(name) + len(name)
        assert chip.height() >= chip.height_for(chip.width())  # every line of it shows
        assert chip.accessibleName() == chip.toolTip()
    assert green.accessibleName() == (
        f"Session with Violet Green, {day:%a %d %b %Y}, 11:00–12:00, planned"
    )
    assert grey.accessibleName().endswith("11:00–11:45, planned: Portfolio check: S3 evidence")
    # At the same time: side by side, not one over the other.
    assert not green.geometry().intersects(grey.geometry())
    # Colour is never the only sign: each kind has its own mark, and the key says them all.
    shown = {sid: chip.lines(400)[0][0] for sid, chip in canvas.chips.items()}
    expected = {"green": "○", "grey": "○", "held": "●", "quick": "✎", "gone": "✕"}
    assert shown == {ids[k]: m for k, m in expected.items() if ids[k] in canvas.chips}
    monday = day - timedelta(days=day.weekday())
    days = [day, day, day, TODAY - timedelta(days=3), TODAY - timedelta(days=2)]
    in_week = sum(1 for d in days if monday <= d < monday + timedelta(days=7))
    assert len(shown) == (5 if view == "month" else in_week)
    for kind in KINDS.values():
        assert kind.mark in page.legend.accessibleName()
    assert page.legend.isVisible()


def test_tab_walks_a_days_sessions_then_leaves(controller, qtbot, violets):
    day, ids = violets
    page, canvas = planner(controller, qtbot, "week")
    controller.window.activateWindow()
    canvas.setFocus()
    arrow = Qt.Key.Key_Right if day > TODAY else Qt.Key.Key_Left
    for _ in range(abs((day - TODAY).days)):  # to the day with three sessions
        qtbot.keyClick(canvas, arrow)
    assert page.day == day and ": 3 session" in canvas.accessibleDescription()
    walked = []
    for _ in range(3):
        qtbot.keyClick(canvas.focusWidget() or canvas, Qt.Key.Key_Tab)
        focused = controller.window.focusWidget()
        assert isinstance(focused, Chip)
        walked.append(focused.entry.id)
        assert focused.accessibleName() in canvas.accessibleDescription()
    assert walked == [ids["green"], ids["grey"], ids["gone"]]
    qtbot.keyClick(controller.window.focusWidget(), Qt.Key.Key_Backtab)
    assert controller.window.focusWidget() is canvas.chips[ids["grey"]]
    qtbot.keyClick(controller.window.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(controller.window.focusWidget(), Qt.Key.Key_Tab)  # past the last: out
    assert controller.window.focusWidget() is not canvas
    assert not isinstance(controller.window.focusWidget(), Chip)


def test_an_arrow_key_into_the_next_week_shows_that_week(controller, qtbot):
    """Right from a Sunday: the week view turns to the next week, with its sessions."""
    sunday = TODAY + timedelta(days=6 - TODAY.weekday())
    monday = sunday + timedelta(days=1)

    def make(job):
        who = mentees.create(job.db, mentees.MenteeData("Ama Boateng"))
        return sessions.plan(job.db, SessionPlan(who, at(monday, 10), 60))

    sid = controller.ops.write(make).value
    page, canvas = planner(controller, qtbot, "week")
    page.day = sunday
    page.refresh()
    canvas.setFocus()
    assert sid not in canvas.chips
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert page.day == monday and sid in canvas.chips
    assert ": 1 session" in canvas.accessibleDescription()


def test_the_agenda_title_takes_the_room_left_and_tells_the_rest(controller, qtbot, violets):
    page, _ = planner(controller, qtbot, "week")
    page.day = violets[0]  # the agenda runs from the day shown
    page.set_view("agenda")
    page.agenda.resize(700, 400)
    qtbot.wait(10)
    header = page.agenda.horizontalHeader()
    assert header.length() == page.agenda.viewport().width()  # no sideways scrolling
    assert page.agenda.horizontalScrollBar().maximum() == 0
    model = page.agenda.model()
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 5).data() == "Portfolio check: S3 evidence"
    )
    tip = model.index(row, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Session with Violet Grey, ") and tip.endswith("S3 evidence")
    assert model.index(row, 0).data(ROW_ROLE).short_name == "Violet Grey"


def test_export_says_who_when_and_where_unless_asked_and_says_where_saved(
    controller, qtbot, violets, tmp_path
):
    saved = []
    controller.ops.saved.connect(lambda path, what: saved.append((Path(path), what)))
    for details, name in ((False, "shared.ics"), (True, "mine")):
        dialog = IcsExportDialog(controller.ops, None, "All mentees", folder=tmp_path)
        qtbot.addWidget(dialog)
        assert not dialog.details.isChecked()  # by default, nothing of what sessions are about
        assert "shared" in dialog.warning.text()
        dialog.path.setText(str(tmp_path / name))
        dialog.details.setChecked(details)
        dialog.export_button.click()
        qtbot.waitUntil(lambda d=dialog: d.written is not None)
    shared, mine = tmp_path / "shared.ics", tmp_path / "mine.ics"  # ".ics" added
    assert saved == [(shared, "Calendar"), (mine, "Calendar")]
    assert b"CANARY" not in shared.read_bytes() and b"Portfolio" not in shared.read_bytes()
    summaries = {
        str(e["summary"]) for e in icalendar.Calendar.from_ical(shared.read_bytes()).walk("VEVENT")
    }
    assert summaries == {"Mentoring — V. Green", "Mentoring — V. Grey"}
    assert CANARY.encode() in mine.read_bytes()
    # A name typed over a file that is there already is asked about; "no" keeps the file.
    again = IcsExportDialog(controller.ops, None, "All mentees", folder=tmp_path)
    qtbot.addWidget(again)
    again.path.setText(str(mine))
    again.details.setChecked(False)
    again.export_button.click()  # the question is answered "no" (tests/gui/conftest.py)
    assert again.written is None and CANARY.encode() in mine.read_bytes()


def test_an_import_says_what_it_found(controller, qtbot, monkeypatch, tmp_path):
    _, mid = signed_contract(controller.vault)
    page, _ = planner(controller, qtbot, "month")
    page.mentee.setCurrentIndex(page.mentee.findData(mid))
    told = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, title, text, *a: told.append((title, text))
    )
    empty = tmp_path / "nothing new.ics"
    empty.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n")
    one = tmp_path / "one.ics"
    one.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a@b\r\n"
        b"SUMMARY:Catch-up\r\nDTSTART:20270105T100000Z\r\nDTEND:20270105T110000Z\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    for path in (empty, one, one):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path: (str(p), ""))
        page.import_ics()
        settle(qtbot, controller.ops)
    assert [text for _, text in told] == [
        "No new sessions found in nothing new.ics.",
        "1 session(s) imported from one.ics.",  # "1 session" once translations are merged
        "No new sessions found in one.ics.\n\nNot imported:\n“Catch-up”: already in the planner.",
    ]
    assert {title for title, _ in told} == {"Import calendar"}


def test_printing_a_review_says_where_it_was_saved(controller, qtbot, monkeypatch, tmp_path):
    _, mid = signed_contract(controller.vault)
    ops = controller.ops
    rid = ops.write(
        lambda job: store.save(job.db, store.prefill(job.db, mid, TODAY), None, today=TODAY)
    ).value
    form = ops.read(lambda job: store.open_form(job.db, mid, TODAY, rid)).value
    dialog = ReviewDialog(ops, form)
    qtbot.addWidget(dialog)
    out = tmp_path / "review.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    saved = []
    ops.saved.connect(lambda path, what: saved.append((Path(path), what)))
    dialog.pdf_button.click()
    qtbot.waitUntil(lambda: bool(saved), timeout=20000)
    assert saved == [(out, "Progress review")] and out.read_bytes().startswith(b"%PDF")

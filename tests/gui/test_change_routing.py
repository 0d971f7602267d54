"""Every page that shows a record refreshes itself after a real action changes it.

Each test builds every page first, then does one thing as a mentor would (sign a
contract, record a session, archive a mentee) and reads what each page shows, with no
refresh called by hand: the pages hear of it from the operations helper.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from mentordesk.services import contracts, sessions
from mentordesk.ui.contract_wizard import ContractWizard
from mentordesk.vault.enums import ContractStatus, SessionStatus
from tests.conftest import NOW
from tests.contract_data import signed_contract
from tests.gui.test_contract_wizard import PAGE, draw, fill_goal, go_next

pytestmark = pytest.mark.dates


def every_page(controller):
    """Every page, built now and showing the vault as the test seeded it."""
    window = controller.window
    pages = {module.key: window.page(module.key) for module in window.modules}
    window.dashboard.refresh()  # built with the window, before the test's seeding
    return pages


def names_in(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def due_texts(planner) -> list[str]:
    return [planner.due.item(i).text() for i in range(planner.due.count())]


def sign_in_wizard(wizard: ContractWizard, qtbot) -> None:
    """Every page of the wizard filled in and signed, as in the wizard's own test."""
    p1 = wizard.currentPage()
    qtbot.keyClicks(p1.new_name, "Priya Patel")
    p1.standard.setCurrentIndex(p1.standard.findText("ST1379", Qt.MatchFlag.MatchStartsWith))
    p1.start.setDate(QDate(2026, 9, 1))
    go_next(wizard, "starting_point")
    scan = wizard.currentPage()
    for row in range(len(scan.grid.boxes)):
        scan.set_rating(row, 2, 2)
    go_next(wizard, "goals")
    fill_goal(wizard.currentPage())
    go_next(wizard, "barriers")
    go_next(wizard, "boundaries")
    go_next(wizard, "stakeholders")
    people = wizard.currentPage()
    people.cards[0].name.setText("Grace Obi")
    people.cards[0].email.setText("grace@example.org")
    people.cards[1].name.setText("Tom Reid")
    people.cards[1].phone.setText("01632 960123")
    go_next(wizard, "sign")
    sign = wizard.currentPage()
    draw(sign.mentee.pad, [(20, 50), (60, 20), (100, 60), (150, 30)])
    sign.mentor.type.setChecked(True)
    assert sign.validatePage(), sign.error.text()
    assert wizard.currentId() == PAGE["sign"]


def test_signing_a_contract_refreshes_every_page_that_shows_it(controller, qtbot, monkeypatch):
    pages = every_page(controller)
    planner, board = pages["planner"], pages["dashboard"]
    assert names_in(planner.mentee) == ["All mentees"] and pages["mentees"].model.rowCount() == 0
    assert pages["contracts"].model.rowCount() == 0 and board.reviews.rowCount() == 0

    def run(wizard):
        wizard.show()
        sign_in_wizard(wizard, qtbot)
        wizard.autosave.stop()
        return 1

    monkeypatch.setattr(ContractWizard, "exec", run)
    qtbot.mouseClick(pages["contracts"].new_button, Qt.MouseButton.LeftButton)

    [row] = pages["contracts"].model._rows
    assert row.mentee == "Priya Patel" and row.status is ContractStatus.ACTIVE
    assert [r.full_name for r in pages["mentees"].model._rows] == ["Priya Patel"]
    assert names_in(planner.mentee) == ["All mentees", "Priya Patel"]
    assert any("Priya Patel" in text for text in due_texts(planner))  # started 1 Sep 2026
    assert [r.mentee for r in board.reviews._rows] == ["Priya Patel"]


def test_recording_a_session_refreshes_the_planner_and_the_dashboard(
    controller, qtbot, monkeypatch
):
    from tests.gui.test_planner import record_dialog

    _, mid = signed_contract(controller.vault)
    held_at = NOW - timedelta(hours=3)
    sid = controller.ops.write(
        lambda job: sessions.plan(job.db, sessions.SessionPlan(mid, held_at, 45))
    ).value
    pages = every_page(controller)
    planner, board = pages["planner"], pages["dashboard"]
    planner.day = held_at.astimezone().date()
    planner.set_view("agenda")
    assert [e.status for e in planner.entries] == [SessionStatus.PLANNED]
    assert board.open_actions.rowCount() == 0

    record = record_dialog(controller, sid)
    qtbot.addWidget(record)
    qtbot.keyClicks(next(iter(record.stages.boxes.values())), "Went through the audit")
    qtbot.mouseClick(record.add_action, Qt.MouseButton.LeftButton)
    record.action_table.item(0, 0).setText("Bring the reflective log")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(record.final_button, Qt.MouseButton.LeftButton)
    assert record.error.text() == "" and record.is_final

    [entry] = planner.entries
    assert entry.status is SessionStatus.HELD and entry.is_final
    assert [a.description for a in board.open_actions._rows] == ["Bring the reflective log"]


def test_archiving_a_mentee_refreshes_the_reviews_due_everywhere(controller, qtbot, monkeypatch):
    _, mid = signed_contract(controller.vault)  # started 1 Sep 2026: a review is due
    pages = every_page(controller)
    planner, board, people = pages["planner"], pages["dashboard"], pages["mentees"]
    assert any("Priya Patel" in text for text in due_texts(planner))
    assert board.reviews.rowCount() == 1
    people.select_id(mid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(people.archive_button, Qt.MouseButton.LeftButton)

    assert board.reviews.rowCount() == 0
    assert due_texts(planner) == ["None due in the next 14 days."]
    assert people.proxy.rowCount() == 0  # archived mentees are hidden from current ones
    with controller.vault.session() as db:
        assert contracts.list_contracts(db, mid)[0].status is ContractStatus.ACTIVE

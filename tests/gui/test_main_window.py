"""The main window on an unlocked vault: dashboard, mentees, auto-lock and Ctrl+L."""

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mentordesk.services import mentees
from mentordesk.ui.mentee_dialog import MenteeDialog
from tests.conftest import NOW, PASSPHRASE, TODAY


def fill_mentee_dialog(qtbot, name, end_before_start=False):
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MenteeDialog)
    qtbot.keyClicks(dialog.full_name, name)
    dialog.standard.setCurrentIndex(
        dialog.standard.findText("ST1379", Qt.MatchFlag.MatchStartsWith)
    )
    dialog.start.edit.setDate(date(2026, 9, 1))
    if end_before_start:
        dialog.end.enabled.setChecked(True)
        dialog.end.edit.setDate(date(2026, 8, 1))
        dialog.try_save()
        assert "after the start" in dialog.error.text()
        dialog.end.edit.setDate(date(2027, 12, 1))
    qtbot.keyClicks(dialog.employer, "Riverside General Hospital")
    dialog.try_save()


def test_add_a_mentee_through_the_dialog(controller, qtbot):
    window = controller.window
    window.sidebar.setCurrentRow(1)
    page = window.page("mentees")
    QTimer.singleShot(50, lambda: fill_mentee_dialog(qtbot, "Priya Patel", end_before_start=True))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    with controller.vault.session() as db:
        rows = mentees.list_mentees(db)
        stored = mentees.get(db, rows[0].id)
    assert [(r.full_name, r.standard) for r in rows] == [("Priya Patel", "ST1379 v1.0")]
    assert stored.employer == "Riverside General Hospital"
    assert stored.start_date == date(2026, 9, 1) and stored.planned_end_date == date(2027, 12, 1)
    assert page.model.rowCount() == 1 and page.selected().full_name == "Priya Patel"
    # Edit > Undo removes it again; Redo brings it back.
    assert window.undo_action.isEnabled() and "Add Priya Patel" in window.undo_action.text()
    window.undo_action.trigger()
    with controller.vault.session() as db:
        assert mentees.list_mentees(db) == []
    window.redo_action.trigger()
    with controller.vault.session() as db:
        assert [r.full_name for r in mentees.list_mentees(db)] == ["Priya Patel"]
    # On the dashboard there is nothing to undo; back on Mentees the history is there.
    window.sidebar.setCurrentRow(0)
    assert not window.undo_action.isEnabled()
    window.sidebar.setCurrentRow(1)
    assert window.undo_action.isEnabled()


def test_archive_filter_and_undo(controller, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    with controller.vault.transaction() as db:
        for name in ("Ann Archive", "Bob Stays"):
            mentees.create(db, mentees.MenteeData(full_name=name))
    page = controller.window.page("mentees")
    page.refresh()
    page.search.setText("ann")
    assert page.proxy.rowCount() == 1
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.toggle_archive()
    assert page.proxy.rowCount() == 0  # archived are hidden from current mentees
    page.scope.setCurrentIndex(2)
    assert page.proxy.rowCount() == 1
    page.undo_stack.undo()
    with controller.vault.session() as db:
        assert {r.full_name: r.status.value for r in mentees.list_mentees(db)} == {
            "Ann Archive": "active",
            "Bob Stays": "active",
        }


def test_dashboard_is_filled_from_the_vault(controller):
    from datetime import timedelta

    from mentordesk.vault.models import ActionItem, MentoringSession

    with controller.vault.transaction() as db:
        mid = mentees.create(
            db,
            mentees.MenteeData(full_name="Dash Board", start_date=TODAY - timedelta(weeks=13)),
        )
        db.add(MentoringSession(mentee_id=mid, starts_at=NOW + timedelta(days=1)))
        db.add(ActionItem(mentee_id=mid, description="Bring the log"))
    controller.window.dashboard.refresh()
    board = controller.window.dashboard
    assert board.sessions.rowCount() == 1 and board.reviews.rowCount() == 1
    assert board.open_actions.rowCount() == 1
    assert "1 overdue" in board.review_box.title()


def test_auto_lock_disposes_engine_clears_views_and_unlocks_again(controller, qtbot):
    window = controller.window
    with controller.vault.transaction() as db:
        mentees.create(db, mentees.MenteeData(full_name="Visible Before Lock"))
    window.page("mentees").refresh()
    assert window.page("mentees").model.rowCount() == 1
    window.idle.set_minutes(0.001)  # 60 ms
    window.idle.start()
    old_vault = controller.vault
    qtbot.waitUntil(lambda: controller.vault is None, timeout=3000)
    assert not old_vault.is_open
    assert (
        window.page("mentees").model.rowCount() == 0
        and window.dashboard.open_actions.rowCount() == 0
    )
    assert not window.isVisible()
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: controller.vault is not None)
    assert window.isVisible() and window.page("mentees").model.rowCount() == 1


def test_ctrl_l_locks(controller, qtbot):
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    window.lock_action.trigger()
    assert controller.vault is None and controller.unlock_dialog.isVisible()
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_input_postpones_auto_lock(controller, qtbot):
    window = controller.window
    window.idle.set_minutes(0.005)  # 300 ms
    window.idle.start()
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(window.page("mentees").search, Qt.Key.Key_A)
    assert controller.vault is not None
    qtbot.waitUntil(lambda: controller.vault is None, timeout=3000)


def test_pages_are_built_when_first_shown(controller):
    window = controller.window
    assert [type(p).__name__ for p in window.built_pages()] == ["DashboardPage"]
    window.sidebar.setCurrentRow(1)
    page = window.stack.currentWidget()
    assert type(page).__name__ == "MenteesPage" and page is window.page("mentees")
    assert page.model.rowCount() == 0 and page.add_button.isEnabled()  # it shows the vault


def test_coming_pages_are_honest(controller):
    """Modules still to come say so in the sidebar, in words and in italics (not colour
    alone), and their page says what they will do."""
    window = controller.window
    items = [window.sidebar.item(i) for i in range(window.sidebar.count())]
    assert [i.text() for i in items] == [
        "Dashboard",
        "Mentees",
        "Planner",
        "Contracts",
        "Reflections",
        "KSB tracker",
        "CPD",
        "Safeguarding · coming",
        "Reports · coming",
    ]
    assert [i.font().italic() for i in items] == [False] * 7 + [True] * 2
    window.sidebar.setCurrentRow(7)  # Safeguarding
    assert (
        "Coming soon"
        in window.stack.currentWidget().findChildren(type(window.dashboard.heading))[1].text()
    )


def test_geometry_is_remembered(controller, qtbot):
    window = controller.window
    window.show()
    window.resize(800, 530)
    window.close()
    from mentordesk.ui.main_window import MainWindow

    again = MainWindow(controller.settings, controller.ops)
    qtbot.addWidget(again)
    # Offscreen Qt restores through a 2-pixel frame margin; the default size is 1100x720.
    assert abs(again.size().width() - 800) <= 4 and again.size().height() == 530

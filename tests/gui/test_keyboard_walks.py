"""Adding a mentee with the keyboard alone: key presses on whatever has the keyboard, as a
mentor types them (no mouse, no setters). The other walks (a new contract, planning and
recording a session, signing a review) are beside their own screens' tests."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from mentordesk.services import mentees
from mentordesk.ui.mentee_dialog import MenteeDialog
from tests.gui.keyboard import CTRL, in_modal, keys, press


def typed(qtbot, text: str) -> None:
    qtbot.keyClicks(keys(), text)


def key(qtbot, which: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(keys(), which, modifiers)


def test_add_a_mentee_by_keyboard_alone(controller, qtbot):
    window = controller.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow() and QApplication.focusWidget() is not None)
    key(qtbot, Qt.Key.Key_2, CTRL)  # Go › Mentees
    page = window.page("mentees")
    assert window.stack.currentWidget() is page
    seen = []

    def fill(dialog: MenteeDialog) -> None:
        assert keys() is dialog.full_name  # the keyboard starts in the name
        typed(qtbot, "Tomasz Nowak")
        press(qtbot, Qt.Key.Key_T)  # Programme s&tart: the tick box "known"
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Tab)  # into the date itself
        typed(qtbot, "01Sep2026")  # a part typed whole moves on to the next
        press(qtbot, Qt.Key.Key_D)  # Programme stan&dard
        typed(qtbot, "ST1379")  # a drop-down finds what is typed
        press(qtbot, Qt.Key.Key_M)  # E&mail
        typed(qtbot, "tom@")
        key(qtbot, Qt.Key.Key_Return)

        def told() -> bool:
            shown = (label.text() for label in dialog.findChildren(QLabel) if label.isVisible())
            return any("not an email address" in text for text in shown)

        qtbot.waitUntil(told)
        seen.append(dialog.isVisible())
        press(qtbot, Qt.Key.Key_M)
        key(qtbot, Qt.Key.Key_A, CTRL)
        typed(qtbot, "tom.nowak@example.org")
        press(qtbot, Qt.Key.Key_V)  # the Pro&vider and employer tab
        press(qtbot, Qt.Key.Key_Y)  # Emplo&yer
        typed(qtbot, "Hallam Logistics")
        key(qtbot, Qt.Key.Key_Return)  # Save
        qtbot.waitUntil(lambda: not dialog.isVisible())
        seen.append("saved")

    in_modal(qtbot, MenteeDialog, fill)
    key(qtbot, Qt.Key.Key_N, CTRL)  # Add mentee…
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10000)
    assert seen == [True, "saved"]  # "tom@" refused and named, then saved
    with controller.vault.session() as db:
        rows = mentees.list_mentees(db)
        stored = mentees.get(db, rows[0].id)
    assert [(r.full_name, r.standard) for r in rows] == [("Tomasz Nowak", "ST1379 v1.0")]
    assert stored.start_date == date(2026, 9, 1)
    assert stored.email == "tom.nowak@example.org" and stored.employer == "Hallam Logistics"
    assert page.selected().full_name == "Tomasz Nowak"

"""Adding a mentee with the keyboard alone: key presses on whatever has the focus, as a
mentor would type them (no mouse, no setters). The other walks (a new contract, planning
and recording a session, signing a review) are beside their own screens' tests."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mentordesk.services import mentees
from mentordesk.ui.mentee_dialog import MenteeDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def keys(qtbot, widget_of, *presses) -> None:
    """Each press is text to type, or (key, modifiers), sent to the focused widget."""
    for press in presses:
        target = widget_of()
        assert target is not None, "nothing has the keyboard"
        if isinstance(press, str):
            qtbot.keyClicks(target, press)
        else:
            key, modifiers = (
                press if isinstance(press, tuple) else (press, Qt.KeyboardModifier.NoModifier)
            )
            qtbot.keyClick(target, key, modifiers)


def test_add_a_mentee_by_keyboard_alone(controller, qtbot):
    window = controller.window
    window.show()
    keys(qtbot, window.focusWidget, (Qt.Key.Key_2, CTRL))  # Go › Mentees
    page = window.page("mentees")
    assert window.stack.currentWidget() is page
    typed = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MenteeDialog)
        focus = dialog.focusWidget
        # The name field has the keyboard first; then Alt+letters jump between fields.
        keys(qtbot, focus, "Tomasz Nowak")
        keys(qtbot, focus, (Qt.Key.Key_D, ALT), "ST1379")  # programme standard
        keys(qtbot, focus, (Qt.Key.Key_T, ALT), (Qt.Key.Key_Space))  # the start is known
        keys(qtbot, focus, (Qt.Key.Key_Tab), "1 Sep 2026")  # Tab: into the date field
        keys(qtbot, focus, (Qt.Key.Key_M, ALT), "tom@")  # an email that is not one
        keys(qtbot, focus, (Qt.Key.Key_Return))
        typed.append(dialog.isVisible())  # refused: still open, the error named
        assert "not an email address" in " ".join(
            label.text() for label in dialog.findChildren(type(dialog.error)) if label.isVisible()
        )
        keys(qtbot, focus, (Qt.Key.Key_M, ALT), (Qt.Key.Key_A, CTRL), "tom.nowak@example.org")
        keys(qtbot, focus, (Qt.Key.Key_V, ALT))  # the Provider and employer tab
        keys(qtbot, focus, (Qt.Key.Key_Y, ALT), "Hallam Logistics")
        keys(qtbot, focus, (Qt.Key.Key_Return))  # Save
        typed.append(dialog.isVisible())

    QTimer.singleShot(0, fill)
    keys(qtbot, window.focusWidget, (Qt.Key.Key_N, CTRL))  # Add mentee…
    qtbot.waitUntil(lambda: len(typed) == 2)
    assert typed == [True, False]
    with controller.vault.session() as db:
        rows = mentees.list_mentees(db)
        stored = mentees.get(db, rows[0].id)
    assert [(r.full_name, r.standard) for r in rows] == [("Tomasz Nowak", "ST1379 v1.0")]
    assert stored.start_date == date(2026, 9, 1)
    assert stored.email == "tom.nowak@example.org" and stored.employer == "Hallam Logistics"
    assert page.selected().full_name == "Tomasz Nowak"

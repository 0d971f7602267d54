"""Driving windows by keyboard alone in tests: keys go to whatever has the keyboard, as a
person's do; a modal dialog is driven once it is up, and closed if the driving fails, so a
test fails instead of waiting."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from tests.gui.layout_checks import mnemonic_of as mnemonic

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


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

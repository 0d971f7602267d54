"""Every page and main dialog on the two laptop screens the app is used on (1366×768 and
1280×720): nothing cut by its parent or the screen, every input named for a screen reader
(an accessible name, a buddy label or a form label), and no Alt-letter used twice in one
window, so that every mnemonic works."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from tests.gui import layout_checks
from tests.gui.windows import DIALOGS, MODULE_KEYS, PAGE_STATES

SCREENS = {"1366x768": 0, "1280x720": 1}


def screen_named(name: str):
    screens = QGuiApplication.screens()
    assert len(screens) == 2, "tests/gui/screens.json gives the offscreen platform two screens"
    screen = screens[SCREENS[name]]
    assert f"{screen.size().width()}x{screen.size().height()}" == name
    return screen


def put_on(widget: QWidget, screen) -> QRect:
    """Show ``widget`` on ``screen``, no larger than it; the screen's size as a rectangle."""
    widget.move(screen.geometry().topLeft())
    if widget.windowHandle() is not None:
        widget.windowHandle().setScreen(screen)
    return QRect(0, 0, screen.size().width(), screen.size().height())


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


class Findings:
    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}

    def check(self, where: str, window: QWidget, screen: QRect) -> None:
        settle()
        problems = layout_checks.problems(window, screen)
        if problems:
            self.found.setdefault(where, []).extend(problems)

    def assert_none(self) -> None:
        assert not self.found, "\n".join(
            f"{where}:\n  " + "\n  ".join(items) for where, items in self.found.items()
        )


@pytest.mark.parametrize("size", SCREENS)
def test_every_page_of_the_main_window(demo_window, size):
    screen = screen_named(size)
    rect = put_on(demo_window, screen)
    demo_window.resize(screen.availableSize())
    findings = Findings()
    for key in MODULE_KEYS:
        demo_window.sidebar.setCurrentRow(demo_window.row_of(key))
        findings.check(f"the {key} page at {size}", demo_window, rect)
        for state in PAGE_STATES.get(key, lambda _window: ())(demo_window):
            findings.check(f"the {key} page, {state}, at {size}", demo_window, rect)
    findings.assert_none()


@pytest.mark.parametrize("size", SCREENS)
@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog(demo_window, demo_vault, tmp_path, qtbot, name, size):
    screen = screen_named(size)
    put_on(demo_window, screen)
    findings = Findings()
    for state, dialog in DIALOGS[name](demo_window, demo_vault, tmp_path, qtbot):
        if dialog.parent() is None:
            qtbot.addWidget(dialog)
        rect = put_on(dialog, screen)
        dialog.show()
        findings.check(f"{name}: {state} at {size}", dialog, rect)
        dialog.hide()
    findings.assert_none()


def test_the_checks_find_what_they_look_for(qtbot):
    """A window made to fail: a cut button, an unnamed field, Alt+S twice."""
    from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton

    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    row.addWidget(QLineEdit())
    row.addWidget(QPushButton("&Save"))
    row.addWidget(QPushButton("&Send"))
    cut = QPushButton("A very long button text that cannot fit", window)
    cut.setGeometry(0, 0, 40, 20)
    window.resize(300, 60)
    window.show()
    settle()
    found = layout_checks.problems(window, QRect(0, 0, 1366, 768))
    assert any("needs" in f and "A very long" in f for f in found), found
    assert any("QLineEdit" in f and "no accessible name" in f for f in found), found
    assert any(f.startswith("Alt+S is used by '&Save', '&Send'") for f in found), found
    assert layout_checks.problems(window, QRect(0, 0, 200, 40))[0].startswith("QWidget(?) is 300")

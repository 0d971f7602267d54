"""The mentee dialog: three tabs that fit a small laptop screen, every input labelled, one
Alt-letter each, emails and the ULN checked where they are typed, the off-the-job hours
left after prior learning shown as they change."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from mentordesk.errors import ValidationError
from mentordesk.services import mentees
from mentordesk.services.standards import StandardSummary
from mentordesk.ui.mentee_dialog import MenteeDialog
from mentordesk.ui.ops import Done, Failed

STANDARDS = [StandardSummary(1, "ST1379", "1.0", "Learning and skills mentor", 4, 20, 20, 9, 9)]
FULL = mentees.MenteeData(
    full_name="Violet Mensah",
    preferred_name="Vi",
    standard_id=1,
    start_date=date(2025, 9, 1),
    planned_end_date=date(2027, 3, 1),
    otj_hours_target=365,
    employer="Riverside General Hospital",
    job_title="Senior healthcare assistant",
    email="violet.mensah@example.nhs.uk",
    phone="07700 900 111",
    notes="Prefers morning sessions.",
    uln="9276308686",
    provider_name="Westfield College",
    provider_contact="Dev Sharma",
    provider_email="dev.sharma@westfield.example.ac.uk",
    provider_phone="01632 960 555",
    line_manager=mentees.Contact("Lena Marsh", "lena.marsh@example.nhs.uk", "07700 900 222", 7),
    support_needs="Dyslexia: handouts a day before.",
    prior_learning="Care Certificate (2022).",
    otj_reduction_hours=53,
)
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QCheckBox)


@pytest.fixture
def dialog(qtbot):
    made = MenteeDialog(STANDARDS, FULL)
    qtbot.addWidget(made)
    made.show()
    return made


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def _pages(dialog):
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        yield dialog.tabs.tabText(index).replace("&", "")


def test_what_is_shown_is_what_is_saved(dialog):
    assert dialog.data() == FULL


def test_each_tab_fits_a_small_laptop_screen_with_nothing_cut(dialog):
    for width, height in ((1366, 768), (1280, 720)):
        hint = dialog.sizeHint()
        # the window's frame and a taskbar take about 40 by 60 pixels
        assert hint.width() <= width - 40 and hint.height() <= height - 60, hint
        assert dialog.width() <= width - 40 and dialog.height() <= height - 60
    for tab in _pages(dialog):
        for widget in dialog.findChildren(QWidget):
            parent = widget.parentWidget()
            if not widget.isVisible() or parent is None or widget.isWindow():
                continue
            inside = QRect(0, 0, parent.width(), parent.height())
            assert inside.contains(widget.geometry()), (tab, type(widget).__name__, widget)
            if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
                assert widget.width() >= widget.sizeHint().width(), (tab, widget.text())


def test_every_input_has_a_label_or_a_name_and_every_alt_letter_is_its_own(dialog):
    letters: list[str] = []
    labelled: set[QWidget] = set()
    for tab in _pages(dialog):
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.buddy() is not None:
                labelled.add(label.buddy())
        for widget in dialog.findChildren(QWidget):
            inner = isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
            if isinstance(widget, INPUTS) and widget.isVisible() and not inner:
                named = widget.accessibleName() or widget in labelled
                proxy_of = widget.parentWidget()
                named = named or (proxy_of is not None and proxy_of in labelled)
                assert named, (tab, type(widget).__name__, widget.objectName())
    seen: set[int] = set()
    for widget in dialog.findChildren(QWidget):
        text = ""
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QTabBar):
            letters += [_mnemonic(widget.tabText(i)) or "" for i in range(widget.count())]
        if id(widget) not in seen and (letter := _mnemonic(text)):
            seen.add(id(widget))
            letters.append(letter)
    letters = [x for x in letters if x]
    # Save and Cancel have Alt+S and Alt+C on some desktops (GNOME, KDE): keep them free.
    letters += ["s", "c"]
    assert len(letters) == len(set(letters)), sorted(letters)
    assert len(letters) >= 21  # 19 in the dialog, and Save and Cancel's


def test_an_email_that_is_not_one_is_named_under_its_field(dialog, qtbot):
    saved = []
    dialog._save = lambda data: saved.append(data) or Done(1)
    dialog.manager_email.setText("tom@")
    dialog.tabs.setCurrentIndex(0)
    dialog.try_save()
    assert saved == [] and dialog.isVisible()
    assert dialog.tabs.currentIndex() == 1  # the provider and employer tab, where it is
    error = dialog._checked["line_manager_email"].error
    assert error.isVisible() and "“tom@” is not an email address" in error.text()
    assert QApplication.focusWidget() is dialog.manager_email
    dialog.manager_email.setText("tom@example.org")
    dialog.email.setText("  violet@nhs ")
    dialog.try_save()
    assert not error.isVisible() and dialog.tabs.currentIndex() == 0
    assert "“violet@nhs” is not an email address" in dialog._checked["email"].error.text()
    dialog.email.setText("violet@example.nhs.uk")
    dialog.try_save()
    assert [d.line_manager.email for d in saved] == ["tom@example.org"]
    assert dialog.result() == dialog.DialogCode.Accepted


def refusing(dialog, field, message):
    """A save that fails as the operation helper's does: the message shown, then Failed."""

    def save(_data):
        dialog.show_error(message)
        return Failed(ValidationError(field, message))

    return save


def test_a_mistake_the_service_finds_is_shown_under_its_field(dialog):
    dialog._save = refusing(dialog, "uln", "ULN: 9276308687 is not a valid number.")
    dialog.tabs.setCurrentIndex(2)
    dialog.try_save()
    error = dialog._checked["uln"].error
    assert dialog.tabs.currentIndex() == 0 and error.isVisible()
    assert "9276308687 is not a valid" in error.text() and not dialog.error.isVisible()
    dialog._save = refusing(dialog, "planned_end_date", "The end must be after the start.")
    dialog.try_save()
    assert QApplication.focusWidget() is dialog.end.edit and dialog.error.isVisible()


def test_the_hours_left_after_prior_learning_follow_the_target_and_reduction(dialog):
    assert dialog.effective.text().startswith("312 hours")
    dialog.otj.setValue(400)
    assert dialog.effective.text().startswith("347 hours")
    dialog.reduction.setValue(0)
    assert dialog.effective.text() == "400 hours (the whole target)"
    dialog.reduction.setValue(450)
    assert "more than the target" in dialog.effective.text()


def test_adding_a_mentee_with_provider_details_through_the_page(controller, qtbot, monkeypatch):
    page = controller.window.page("mentees")
    controller.window.sidebar.setCurrentRow(1)

    def fill(dialog: MenteeDialog):
        qtbot.keyClicks(dialog.full_name, "Ada Okoye")
        qtbot.keyClicks(dialog.uln, "9276 308 687")  # one digit wrong
        dialog.otj.setValue(312)
        dialog.tabs.setCurrentIndex(1)
        qtbot.keyClicks(dialog.manager_name, "Lena Marsh")
        qtbot.keyClicks(dialog.provider_name, "Westfield College")
        dialog.tabs.setCurrentIndex(2)
        dialog.reduction.setValue(40)
        dialog.try_save()
        assert dialog.tabs.currentIndex() == 0
        assert "check digit" in dialog._checked["uln"].error.text()
        dialog.uln.setText("9276 308 686")
        dialog.try_save()
        return dialog.result()

    monkeypatch.setattr(MenteeDialog, "exec", fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    with controller.vault.session() as db:
        (row,) = mentees.list_mentees(db)
        stored = mentees.get(db, row.id)
    assert (stored.uln, stored.provider_name, stored.line_manager.name) == (
        "9276308686",
        "Westfield College",
        "Lena Marsh",
    )
    assert stored.effective_otj_target == 272

"""A new mentor's first screens, the user guide, the mentee list's filter, and what every
window shares: the date field, the focus ring, the saved-file notice."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from mentordesk.services import mentees
from mentordesk.ui import first_steps
from tests.gui import layout_checks
from tests.gui.conftest import settle


def test_an_empty_vault_starts_with_three_steps_ticked_off_as_they_are_done(controller):
    window = controller.window
    panel = window.dashboard.first_steps
    assert panel.isVisibleTo(window)
    marks = {k: m.text() for k, m in panel.marks.items()}
    assert marks == {"mentee": "Step 1", "contract": "Step 2", "session": "Step 3"}
    enabled = {k: b.isEnabled() for k, b in panel.buttons.items()}
    assert enabled == {"mentee": True, "contract": False, "session": False}
    assert panel.buttons["mentee"].isDefault()
    with controller.vault.transaction() as db:
        mentees.create(db, mentees.MenteeData(full_name="Priya Patel"))
    window.dashboard.refresh()
    assert panel.marks["mentee"].text() == "✓ Done"
    assert panel.buttons["contract"].isEnabled() and not panel.buttons["mentee"].isEnabled()
    assert panel.buttons["contract"].isDefault()


def test_the_panel_goes_once_the_first_steps_are_done(demo_window):
    demo_window.dashboard.refresh()
    assert not demo_window.dashboard.first_steps.isVisibleTo(demo_window)


def test_start_here_buttons_open_the_step(controller, monkeypatch):
    window = controller.window
    opened = []
    mentees_page = window.page("mentees")
    monkeypatch.setattr(type(mentees_page), "add_mentee", lambda self: opened.append("add"))
    window.dashboard.first_steps.buttons["mentee"].click()
    assert opened == ["add"] and window.stack.currentWidget() is mentees_page
    monkeypatch.setattr(type(window), "show_guide", lambda self: opened.append("guide"))
    window.dashboard.first_steps.guide_button.click()
    planner = window.page("planner")
    monkeypatch.setattr(type(planner), "new_session", lambda self: opened.append("session"))
    window.first_step(first_steps.SESSION)
    assert opened == ["add", "guide", "session"] and window.stack.currentWidget() is planner


def test_the_user_guide_has_a_page_per_module_and_every_shortcut(demo_window, qtbot):
    from PySide6.QtGui import QAction

    from mentordesk.ui.user_guide import UserGuide, shortcuts_of

    demo_window.show_guide()
    guide = demo_window.guide
    assert isinstance(guide, UserGuide)
    titles = [guide.contents.item(i).text() for i in range(guide.contents.count())]
    for part in ("Getting started", "Dashboard", "Mentees", "Planner", "Contracts"):
        assert part in titles
    assert titles[-1] == "Keyboard shortcuts"
    guide.open_page("Planner")
    assert "Export .ics" in guide.text.toPlainText()
    guide.open_page("Keyboard shortcuts")
    listed = guide.text.toPlainText()
    every = {s.toString() for a in demo_window.findChildren(QAction) for s in a.shortcuts() if s}
    assert {"Ctrl+Shift+B", "Ctrl+L", "Ctrl+F", "Ctrl+N", "F1"} <= every
    missing = [keys for keys in every if keys not in listed]
    assert not missing, f"shortcuts not in the guide: {missing}"
    assert ("Filter mentees", "Ctrl+F") in shortcuts_of(demo_window)
    guide.close()


def test_f1_opens_the_guide(demo_window, qtbot):
    demo_window.activateWindow()
    help_action = next(
        a
        for a in demo_window.findChildren(type(demo_window.undo_action))
        if a.text() == "&User guide"
    )
    assert help_action.shortcut().toString() == "F1"
    help_action.trigger()
    assert demo_window.guide.isVisible()
    demo_window.guide.close()


def test_a_mentee_added_while_the_filter_hides_them_clears_it(controller, qtbot):
    window = controller.window
    window.sidebar.setCurrentRow(window.row_of("mentees"))
    page = window.page("mentees")
    with controller.vault.transaction() as db:
        mentees.create(db, mentees.MenteeData(full_name="Aisha Zielinski"))
    page.refresh()
    page.search.setText("Aisha")
    notices = []
    controller.ops.notice.connect(notices.append)

    def create(self):  # the dialog's work, without the dialog
        saved = self.ops.write(
            lambda job: mentees.create(job.db, mentees.MenteeData(full_name="Tomasz Nowak"))
        )
        page.refresh()
        if not page.select_id(saved.value):
            page.search.clear()
            page.select_id(saved.value)
            page.ops.notice.emit("cleared")

    create(page)
    assert page.search.text() == "" and page.selected().full_name == "Tomasz Nowak"


def test_ctrl_f_puts_the_keyboard_in_the_mentee_filter(demo_window, qtbot):
    demo_window.sidebar.setCurrentRow(demo_window.row_of("mentees"))
    page = demo_window.page("mentees")
    page.table.setFocus()
    next(a for a in page.actions() if a.text() == "Filter mentees").trigger()
    assert demo_window.focusWidget() is page.search


def test_filtering_never_leaves_the_columns_narrow(demo_window, qtbot):
    demo_window.sidebar.setCurrentRow(demo_window.row_of("mentees"))
    page = demo_window.page("mentees")
    columns = range(page.model.columnCount())
    before = [page.table.columnWidth(c) for c in columns]
    first = page.model.row_at(0).full_name
    for text in ("no such mentee", first[:3], ""):  # none, then one short row, then all
        page.search.setText(text)
        settle(qtbot, demo_window.ops)
    assert [page.table.columnWidth(c) for c in columns] == before


# -- shared pieces -------------------------------------------------------------------------
def test_tab_leaves_a_date_field_for_the_next_field(qtbot):
    from mentordesk.ui.fields import DateField

    form = QWidget()
    qtbot.addWidget(form)
    row = QVBoxLayout(form)
    before, day, after = QLineEdit(), DateField(date(2026, 11, 24)), QLineEdit()
    for w in (before, day, after):
        row.addWidget(w)
    form.show()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert form.focusWidget() is day
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert form.focusWidget() is after  # not the month part of the date
    assert day.text() == "24 Nov 2026" and day.calendarPopup()
    day.set_minimum(date(2026, 12, 1))
    assert day.value() == date(2026, 12, 1)  # an earlier day is not kept


def test_the_focused_button_has_a_ring_in_the_highlight_colour(qtbot, qapp):
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from mentordesk.ui import style

    style.install(qapp)
    assert isinstance(qapp.style(), style.FocusRingStyle)
    button = QPushButton("Save")
    qtbot.addWidget(button)
    ring = qapp.palette().color(QPalette.ColorRole.Highlight)

    def ring_pixels(focused: bool) -> int:
        option = QStyleOptionButton()
        button.initStyleOption(option)
        option.rect = QRect(0, 0, 100, 30)
        if focused:
            option.state |= QStyle.StateFlag.State_HasFocus
        else:
            option.state &= ~QStyle.StateFlag.State_HasFocus
        image = QImage(100, 30, QImage.Format.Format_ARGB32)
        image.fill(qapp.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        qapp.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, button)
        painter.end()
        return sum(
            1 for x in range(100) for y in range(3) if _close(QColor(image.pixel(x, y)), ring)
        )

    assert ring_pixels(focused=True) > 100 > ring_pixels(focused=False)


def _close(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_a_saved_file_is_told_with_its_folder(demo_window, tmp_path, monkeypatch):
    from mentordesk.ui import saved_notice

    opened = []
    monkeypatch.setattr(saved_notice, "open_folder", opened.append)
    path = tmp_path / "contract.pdf"
    demo_window.ops.saved.emit(path, "Contract")
    notice = demo_window.saved_notice
    assert notice.isVisibleTo(demo_window)
    assert notice.label.full == f"Contract saved to {path}"
    assert notice.label.text().startswith("Contract sa") and notice.label.text().endswith(".pdf")
    assert notice.accessibleName() == f"Contract saved to {path}"
    long = tmp_path / ("a-very-long-folder-name-" * 8) / "contract.pdf"
    demo_window.ops.saved.emit(long, "Contract")
    shown = notice.label.text()
    assert "…" in shown and shown.endswith("contract.pdf")
    assert notice.label.toolTip() == f"Contract saved to {long}"
    assert layout_checks.clipped(demo_window, QRect(0, 0, 1366, 768)) == []
    demo_window.ops.saved.emit(path, "Contract")
    notice.open_button.click()
    assert opened == [path]
    demo_window.clear()  # locking forgets the path shown
    assert not notice.isVisibleTo(demo_window) and notice.label.full == ""


def test_the_strength_meter_never_praises_a_passphrase_too_short_to_use(qtbot):
    from PySide6.QtWidgets import QFormLayout

    from mentordesk.ui.passphrase import NewPassphraseFields

    owner = QWidget()
    qtbot.addWidget(owner)
    fields = NewPassphraseFields(QFormLayout(owner), owner)
    fields.passphrase.setText("Zq#8vLp!2")  # 9 characters: strong to zxcvbn, refused here
    assert fields.strength.text().startswith("<b>Too short</b>")
    assert "at least 10 character" in fields.strength.text() and fields.meter.value() == 1
    fields.passphrase.setText("copper kettle whistles at dawn")
    assert "Too short" not in fields.strength.text()


def test_first_steps_says_done_in_words(qtbot):
    from mentordesk.services.dashboard import FirstSteps

    panel = first_steps.FirstStepsPanel()
    qtbot.addWidget(panel)
    panel.show_steps(FirstSteps(mentees=2, contracts=1, sessions=0))
    assert [m.text() for m in panel.marks.values()] == ["✓ Done", "✓ Done", "Step 3"]
    panel.show_steps(None)
    assert panel.isHidden()

"""The supervision, values and reading tabs, driven as a mentor would: log a supervision with
an action and see it counted open, then done, deleted and undone; write a version of the
values statement and see the values in practice; mark a reading item read, and undo it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTabWidget
from sqlalchemy import select

from mentordesk.services import reading, supervision, values
from mentordesk.ui.reflections.reading import ReadingTab
from mentordesk.ui.reflections.reading_dialog import ReadingDialog
from mentordesk.ui.reflections.supervision import SupervisionTab
from mentordesk.ui.reflections.supervision_dialog import SupervisionDialog
from mentordesk.ui.reflections.values import ValuesTab
from mentordesk.ui.reflections.values_dialog import ValuesDialog
from mentordesk.ui.table_model import ROW_ROLE
from mentordesk.vault.enums import ActionStatus, ReadingStatus
from mentordesk.vault.models import ActionItem, Reflection, SupervisionRecord
from tests.conftest import TODAY
from tests.gui import layout_checks

pytestmark = pytest.mark.dates


def _sources() -> int:
    """How many sources the shipped ST1379 reading list names (some under several duties)."""
    import json

    from mentordesk import paths

    doc = json.loads((paths.standards_data_dir() / "ST1379_v1.0.reading.json").read_text())
    return len({i["title"].casefold() for g in doc["groups"] for i in g["items"]})


SOURCES = _sources()


def run_modal(dialog_class, act, monkeypatch):
    """Let ``act(dialog)`` work the dialog that a tab opens with exec()."""
    seen = []

    def exec_(self):
        seen.append(self)
        act(self)
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def shown(tab, qtbot):
    qtbot.addWidget(tab)
    tab.resize(1100, 640)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.reload()
    return tab


def rows(model) -> list:
    return [model.row_at(r) for r in range(model.rowCount())]


def test_a_supervision_with_an_action_counts_it_open_until_done(ops, qtbot, monkeypatch, vault):
    tab = shown(SupervisionTab(ops), qtbot)
    assert tab.model.rowCount() == 0 and tab.open_box.title().endswith("(0)")

    def fill(dialog: SupervisionDialog) -> None:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClicks(dialog.supervisor, "Dr Ana Ruiz")
        qtbot.keyClicks(dialog.topics, "Boundaries with a line manager")
        qtbot.keyClicks(dialog.discussed, "Something private.")
        qtbot.mouseClick(dialog.add_action, Qt.MouseButton.LeftButton)
        editor = dialog.focusWidget()
        assert editor is not None and editor.accessibleName() == "Action, action 1"
        qtbot.keyClicks(editor, "Reread the policy")
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    run_modal(SupervisionDialog, fill, monkeypatch)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    [row] = rows(tab.model)
    assert (row.held_on, row.supervisor, row.open_actions, row.actions) == (
        TODAY,
        "Dr Ana Ruiz",
        1,
        1,
    )
    assert tab.model.index(0, 4).data() == "1 of 1"
    assert tab.open_box.title().endswith("(1)")
    with vault.session() as db:
        action = db.scalars(select(ActionItem)).one()
        assert (action.description, action.owner, action.mentee_id) == (
            "Reread the policy",
            "Me",
            None,
        )
        assert action.due_date == TODAY + timedelta(days=28)
        assert db.scalars(select(SupervisionRecord)).one().discussed == "Something private."

    tab.open_table.selectRow(0)
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    assert tab.model.index(0, 4).data() == "0 of 1"
    assert tab.open_box.title().endswith("(0)")

    tab.table.selectRow(0)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 0
    tab.undo_stack.undo()
    [back] = rows(tab.model)
    assert (back.id, back.actions, back.open_actions) == (row.id, 1, 0)
    with vault.session() as db:
        assert db.scalars(select(ActionItem)).one().status is ActionStatus.DONE


def test_an_action_due_before_the_supervision_is_refused_in_the_dialog(ops, qtbot, monkeypatch):
    tab = shown(SupervisionTab(ops), qtbot)
    told = []

    def fill(dialog: SupervisionDialog) -> None:
        dialog.supervisor.setText("Sam")
        dialog.held_on.set_value(TODAY - timedelta(days=10))
        dialog.action_table.add(
            supervision.AgreedAction("Late", due_date=TODAY - timedelta(days=11))
        )
        assert not dialog.try_save()
        told.append(dialog.error.text())
        dialog.done(0)  # closing with changes asks; the test's answer is "Discard"

    run_modal(SupervisionDialog, fill, monkeypatch)
    tab.new_supervision()
    assert told and "before the supervision" in told[0]
    assert tab.model.rowCount() == 0


def test_escape_with_changes_asks_before_closing(ops, qtbot, monkeypatch):
    with ops.vault.transaction() as db:
        form = supervision.form(db, None, today=TODAY)
    dialog = SupervisionDialog(form, today=TODAY, save=lambda d: None, editing=False)
    qtbot.addWidget(dialog)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel,
    )
    dialog.show()
    assert not any(b.isDefault() for b in dialog.findChildren(QPushButton))  # Enter saves nothing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()  # nothing typed: it just closes
    dialog.show()
    dialog.supervisor.setText("Someone")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and "not saved" in asked[0] and dialog.isVisible()


def test_a_values_version_shows_the_values_in_practice(ops, qtbot, monkeypatch, vault):
    tab = shown(ValuesTab(ops), qtbot)
    assert "not written a values statement" in tab.heading.text()
    with vault.transaction() as db:
        db.add(
            Reflection(
                title="A hard talk",
                model="gibbs",
                occurred_on=TODAY - timedelta(days=3),
                stages={"feelings": "I tried to treat her with dignity."},
            )
        )
        db.add(
            SupervisionRecord(
                held_on=TODAY - timedelta(days=21), supervisor="Ana", topics="Respect"
            )
        )
        # The day before the six months began: not counted.
        before = values.months_before(TODAY) - timedelta(days=1)
        db.add(SupervisionRecord(held_on=before, supervisor="Ana", topics="Patience"))

    def write(dialog: ValuesDialog) -> None:
        qtbot.keyClicks(dialog.statement, "I treat every mentee with respect.")
        dialog.table.add(values.Value("Respect", ("dignity",)))
        dialog.table.add(values.Value("Patience"))
        assert dialog.try_save()

    run_modal(ValuesDialog, write, monkeypatch)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert "Your values statement" in tab.heading.text()
    assert "I treat every mentee with respect." in tab.text.toPlainText()
    lines = [tab.practice.item(i).text() for i in range(tab.practice.count())]
    assert lines[0].startswith("Respect — 1 reflection")
    last = TODAY - timedelta(days=3)
    assert "1 supervision" in lines[0] and lines[0].endswith(f"last {last.day} {last:%b %Y}")
    assert lines[-1] == "Never in the last 6 months: Patience"
    assert tab.versions.rowCount() == 1

    with vault.transaction() as db:  # a reflection elsewhere: the tab follows
        db.add(Reflection(title="Patience", model="gibbs", occurred_on=TODAY, stages={}))
    from mentordesk.vault.changes import Changes

    ops.changed.emit(Changes.of(reflections=[1]))
    lines = [tab.practice.item(i).text() for i in range(tab.practice.count())]
    assert lines[-1] == "Every value shows in the last 6 months."

    tab.undo_stack.undo()
    assert tab.versions.rowCount() == 0 and tab.current is None


def test_mark_a_reading_item_read_and_undo(ops, qtbot, vault):
    tab = shown(ReadingTab(ops), qtbot)
    first = tab.proxy.index(0, 0, tab.proxy.index(0, 0))
    item = first.data(ROW_ROLE)
    assert item.status is ReadingStatus.TO_READ
    tab.tree.setCurrentIndex(first)
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    row = tab.selected()
    assert row is not None and row.item_id == item.item_id
    assert (row.status, row.read_on) == (ReadingStatus.READ, TODAY)
    assert tab.proxy.index(0, 2, tab.proxy.index(0, 0)).data() == "Read"
    assert tab.summary.text().startswith(f"Read 1 of {SOURCES} sources on the list.")
    tab.undo_stack.undo()
    with vault.session() as db:
        assert reading.reading_log(db)[0].rows[0].entry_id is None
    tab.undo_stack.redo()
    with vault.session() as db:
        assert reading.reading_log(db)[0].rows[0].status is ReadingStatus.READ


def test_own_sources_are_added_edited_and_deleted(ops, qtbot, monkeypatch, vault):
    tab = shown(ReadingTab(ops), qtbot)

    def add(dialog: ReadingDialog) -> None:
        qtbot.keyClicks(dialog.title, "Coaching for Performance")
        dialog.status.setCurrentIndex(dialog.status.findData(ReadingStatus.READ))
        dialog.hours.setValue(6)
        dialog.changed.setPlainText("I ask before I tell.")
        assert dialog.try_save()

    run_modal(ReadingDialog, add, monkeypatch)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    row = tab.selected()
    assert row is not None and row.own and row.hours == 6.0 and row.read_on == TODAY
    assert tab.delete_button.text() == "&Delete source"
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.groups[-1].rows == ()
    tab.undo_stack.undo()
    assert [r.title for r in tab.groups[-1].rows] == ["Coaching for Performance"]


def test_the_tabs_fit_the_main_window_on_both_laptop_screens(demo_window, qtbot):
    """Hosted as the Reflections page will host them: nothing cut, every input named, no
    Alt-letter twice with the window's own."""
    from tests.gui.test_every_window import put_on, screen_named, settle

    ops = demo_window.ops
    with demo_window.ops.vault.transaction() as db:
        values.save_version(
            db,
            values.ValuesDraft("Respect and patience.", [values.Value("Respect")]),
            today=TODAY,
        )
    host = QTabWidget()
    tabs = [SupervisionTab(ops), ValuesTab(ops), ReadingTab(ops)]
    for tab, title in zip(tabs, ("Supervision", "Values", "Reading"), strict=True):
        host.addTab(tab, title)
        tab.reload()
    demo_window.stack.addWidget(host)
    demo_window.stack.setCurrentWidget(host)
    found = []
    for size in ("1366x768", "1280x720"):
        screen = screen_named(size)
        rect: QRect = put_on(demo_window, screen)
        demo_window.resize(screen.availableSize())
        for n in range(3):
            host.setCurrentIndex(n)
            settle()
            found += [f"{size} tab {n}: {p}" for p in layout_checks.problems(demo_window, rect)]
    assert not found, "\n".join(found)
    assert tabs[0].model.rowCount() == 12  # the demo's supervision


def test_the_guide_names_the_keys_the_tabs_use(ops, qtbot):
    from mentordesk.ui.planner.keys import mnemonic
    from mentordesk.ui.user_guide import guide_dir, read_page

    title, text = read_page(guide_dir() / "09-reflections.md")
    assert title == "Reflections"
    for section in ("## Supervision", "## Your values", "## Reading"):
        assert section in text
    sup, val, rea = SupervisionTab(ops), ValuesTab(ops), ReadingTab(ops)
    for tab in (sup, val, rea):
        qtbot.addWidget(tab)
    for button, said in (
        (sup.new_button, "**New supervision…** (Alt+N)"),
        (sup.edit_button, "**Edit…** (Alt+I, or Enter on a row) and **Delete**"),
        (sup.done_button, "Mark done, Alt+M"),
        (val.new_button, "**New version…** (Alt+N)"),
        (val.current_button, "**Show current** (Alt+C)"),
        (rea.read_button, "**Mark read** (Ctrl+R, or Alt+A)"),
        (rea.reading_button, "**Mark reading** (Alt+N)"),
        (rea.add_button, "**Add my own source…** (Alt+O)"),
    ):
        assert said in text, said
        letter = said.split("Alt+")[1][0].casefold()
        assert mnemonic(button.text()) == letter, button.text()


def test_enter_on_a_reading_row_opens_its_entry_once(ops, qtbot, monkeypatch, vault):
    tab = shown(ReadingTab(ops), qtbot)
    first = tab.proxy.index(1, 0, tab.proxy.index(0, 0))
    tab.tree.setCurrentIndex(first)

    def note(dialog: ReadingDialog) -> None:
        assert dialog.title.isReadOnly()  # an item of the list keeps its title
        dialog.notes.setPlainText("Useful on feedback.")
        assert dialog.try_save()

    seen = run_modal(ReadingDialog, note, monkeypatch)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    assert len(seen) == 1
    row = tab.selected()
    assert row is not None and row.has_notes and row.status is ReadingStatus.TO_READ
    tab.undo_stack.undo()  # the entry made by that first edit goes again
    with vault.session() as db:
        assert reading.reading_log(db)[0].rows[1].entry_id is None


def test_an_overdue_supervision_action_says_so_in_words(ops, qtbot, vault):
    today = ops.clock.today()
    with vault.transaction() as db:
        for due, what in [(today - timedelta(days=1), "Late one"), (today, "Due today")]:
            draft = supervision.SupervisionDraft(
                today - timedelta(days=30),
                "Dr Helen Marsh",
                actions=[supervision.AgreedAction(what, due_date=due)],
            )
            supervision.create(db, draft, today=today, now=ops.clock.now())
    tab = shown(SupervisionTab(ops), qtbot)
    words = sorted(tab.open_model.index(r, 3).data() for r in range(tab.open_model.rowCount()))
    assert words == ["Due today", "⚠ overdue: Late one"]

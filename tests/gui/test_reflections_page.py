"""The Reflections page: the list (status in words, KSBs, links), its filter, Ctrl+N and
Ctrl+F while it is shown, opening with Enter, a draft deleted and brought back by Undo, and
the mentor's own KSB evidence beside it."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from mentordesk.services import reflection_models, reflections
from mentordesk.services.reflections import ReflectionDraft
from mentordesk.ui.reflections import autosave
from mentordesk.ui.reflections.editor import open_editors
from tests.conftest import TODAY
from tests.gui.reflections_helpers import close_editors, reflections_page

pytestmark = pytest.mark.dates


@pytest.fixture(autouse=True)
def quick_autosave(monkeypatch):
    monkeypatch.setattr(autosave, "DELAY_MS", 150)
    yield
    close_editors()


def ksb_id(vault, code: str) -> int:
    with vault.session() as db:
        return next(k.id for k in reflections.ksb_choices(db) if k.code == code)


def add(vault, title: str, *, final: bool = False, ksbs=(), now=None) -> int:
    with vault.transaction() as db:
        draft = ReflectionDraft(
            title=title,
            occurred_on=TODAY,
            model="kolb",
            texts={"concrete_experience": f"What happened: {title}."},
            ksb_ids=[ksb_id(vault, c) for c in ksbs],
        )
        rid = reflections.save_draft(db, draft, today=TODAY)
        if final:
            reflections.finalise(db, rid, draft, now=now)
    return rid


def cells(tab, reflection_id: int) -> list[str]:
    assert tab.select_id(reflection_id)
    row = tab.table.currentIndex().row()
    return [tab.proxy.index(row, c).data() for c in range(tab.proxy.columnCount())]


def test_the_list_shows_status_in_words_ksbs_and_filters(controller, qtbot):
    now = controller.ops.clock.now()
    final = add(controller.vault, "Silence in sessions", final=True, ksbs=["K12", "S13"], now=now)
    draft = add(controller.vault, "Feedback on portfolios")
    tab = reflections_page(controller.window).reflections
    assert cells(tab, final)[1:] == [
        "Silence in sessions",
        reflection_models.get("kolb").name,
        "Final ✔",
        "K12, S13",
        "0",
    ]
    assert cells(tab, draft)[3] == "Draft"
    assert re.match(r"2 reflection\S*: 1 final, 1 draft", tab.count.text())
    assert tab.delete_button.isEnabled()  # the draft is chosen
    tab.select_id(final)
    assert not tab.delete_button.isEnabled()  # a final one is kept
    tab.filter.setText("s13")
    assert tab.proxy.rowCount() == 1 and "1 shown of" in tab.count.text()
    tab.filter.setText("draft")
    assert tab.proxy.rowCount() == 1
    assert tab.proxy.index(0, 1).data() == "Feedback on portfolios"


def test_ctrl_n_and_ctrl_f_work_on_the_page_shown(controller, qtbot):
    window = controller.window
    window.show()
    qtbot.waitExposed(window)
    window.go_to(window.row_of("reflections"))
    page = window.page("reflections")
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.reflections.filter.hasFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(open_editors()) == 1)
    assert open_editors()[0].model.currentData() == "gibbs"


def test_enter_opens_the_reflection_chosen_once(controller, qtbot):
    rid = add(controller.vault, "Open me")
    window = controller.window
    window.show()
    tab = reflections_page(window).reflections
    tab.select_id(rid)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    [editor] = open_editors()
    assert editor.reflection_id == rid and editor.title.text() == "Open me"
    tab.open_selected()  # again: the same window comes forward
    assert open_editors() == [editor]


def test_a_deleted_draft_comes_back_with_undo(controller, qtbot):
    rid = add(controller.vault, "Draft to delete", ksbs=["K12"])
    window = controller.window
    page = reflections_page(window)
    tab = page.reflections
    notes = []
    controller.ops.notice.connect(notes.append)
    tab.select_id(rid)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 0
    assert any("Undo" in n for n in notes)
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert tab.model.rowCount() == 1
    row = tab.model.row_at(0)
    assert (row.title, row.ksbs, row.final) == ("Draft to delete", "K12", False)
    with controller.vault.session() as db:
        back = reflections.get(db, row.id).draft
    assert back.texts == {"concrete_experience": "What happened: Draft to delete."}
    window.redo_action.trigger()  # and deleted again
    assert tab.model.rowCount() == 0


def test_an_autosave_updates_its_row_without_reading_the_whole_list(controller, qtbot, monkeypatch):
    from mentordesk.ui.reflections.editor import new_reflection

    tab = reflections_page(controller.window).reflections
    full = []
    real = reflections.rows
    monkeypatch.setattr(
        reflections, "rows", lambda db, only=None: full.append(only) or real(db, only)
    )
    editor = new_reflection(controller.ops, controller.window)
    qtbot.keyClicks(editor.title, "Typed here")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    qtbot.keyClicks(editor.title, ", and more")
    qtbot.waitUntil(lambda: tab.model.row_at(0).title == "Typed here, and more")
    assert full and all(only is not None for only in full)


def test_my_ksb_evidence_counts_final_reflections(controller, qtbot):
    now = controller.ops.clock.now()
    add(controller.vault, "Evidence one", final=True, ksbs=["K12"], now=now)
    add(controller.vault, "Evidence two", final=True, ksbs=["K12", "B5"], now=now)
    add(controller.vault, "Only a draft", ksbs=["K12"])
    window = controller.window
    window.show()
    tab = reflections_page(window).reflections
    qtbot.waitUntil(tab.evidence.isVisible)
    counts = tab.evidence.counts()
    assert counts["K12"].startswith("K12 — 2 reflection")
    assert counts["B5"].startswith("B5 — 1 reflection")
    assert counts["K10"].endswith("none yet")
    item = next(
        tab.evidence.tree.topLevelItem(i)
        for i in range(tab.evidence.tree.topLevelItemCount())
        if tab.evidence.tree.topLevelItem(i).text(0).startswith("K12 ")
    )
    item.setExpanded(True)
    assert sorted(item.child(i).text(0).split(" · ")[-1] for i in range(item.childCount())) == [
        "Evidence one",
        "Evidence two",
    ]


def test_the_list_keeps_its_order_through_sorting_and_new_rows(controller, qtbot):
    from datetime import timedelta

    with controller.vault.transaction() as db:
        for n, title in enumerate(["Beta", "Alpha", "Gamma"]):
            day = TODAY - timedelta(days=10 * n)
            reflections.save_draft(db, ReflectionDraft(title=title, occurred_on=day), today=TODAY)
    tab = reflections_page(controller.window).reflections

    def titles() -> list[str]:
        return [tab.proxy.index(n, 1).data() for n in range(tab.proxy.rowCount())]

    assert titles() == ["Beta", "Alpha", "Gamma"]  # newest first
    tab.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert titles() == ["Alpha", "Beta", "Gamma"]
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert titles() == ["Beta", "Alpha", "Gamma"]
    controller.ops.write(
        lambda job: reflections.save_draft(
            job.db,
            ReflectionDraft(title="Delta", occurred_on=TODAY - timedelta(days=15)),
            None,
            today=job.today,
        )
    )
    assert titles() == ["Beta", "Alpha", "Delta", "Gamma"]
    tab.filter.setText("delta")
    assert titles() == ["Delta"]
    controller.ops.write(
        lambda job: reflections.save_draft(
            job.db, ReflectionDraft(title="Delta two"), None, today=job.today
        )
    )
    assert titles() == ["Delta two", "Delta"]  # the filter sees the new row's words


def test_ctrl_z_acts_on_the_tab_shown(controller, qtbot):
    window = controller.window
    window.show()
    page = reflections_page(window)
    group = window.undo_group
    assert group.activeStack() is page.list_undo
    page.tabs.setCurrentWidget(page.supervision)
    assert group.activeStack() is page.supervision.undo_stack is page.undo_stack
    page.tabs.setCurrentWidget(page.reading)
    assert group.activeStack() is page.reading.undo_stack
    assert not page.new_action.isEnabled() and not page.find_action.isEnabled()
    window.sidebar.setCurrentRow(window.row_of("mentees"))
    assert group.activeStack() is not page.reading.undo_stack
    window.sidebar.setCurrentRow(window.row_of("reflections"))
    assert group.activeStack() is page.reading.undo_stack  # back where it was
    page.tabs.setCurrentWidget(page.reflections)
    assert group.activeStack() is page.list_undo and page.new_action.isEnabled()


def test_final_reflections_are_printed_as_signed_accounts_from_the_page(
    controller, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    from mentordesk.services import mentees
    from tests.documents.pdftext import text
    from tests.gui.conftest import settle

    now = controller.ops.clock.now()
    add(controller.vault, "Silence in sessions", final=True, ksbs=["K12"], now=now)
    add(controller.vault, "A draft left out")
    add(controller.vault, "Zofia Brenner and the rota", final=True, now=now)
    with controller.vault.transaction() as db:
        mentees.create(db, mentees.MenteeData("Zofia Brenner"))  # named after it was final
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, words, *a: warned.append(words))
    saved: list = []
    controller.ops.saved.connect(lambda path, what: saved.append((path, what)))
    tab = reflections_page(controller.window).reflections
    out = tmp_path / "accounts.pdf"
    tab.print_to_pdf(out, (TODAY, TODAY))
    settle(qtbot, controller.ops)
    assert saved == [(out, "Reflective accounts")]
    words = text(out.read_bytes())
    assert "Silence in sessions" in words and "A draft left out" not in words
    assert "MD-A-0001" in words
    assert len(warned) == 1 and "Zofia Brenner" in warned[0] and "2 final reflection" in warned[0]

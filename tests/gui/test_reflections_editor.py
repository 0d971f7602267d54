"""The reflection editor, written in as a mentor would: from a session record to a final,
tagged reflection in the list; changing model without losing a word; autosave that lands
without a click, off the GUI thread, newest text last; the check for names before final;
amendments with a reason."""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from mentordesk.services import reflections, sessions
from mentordesk.services.reflections import ReflectionDraft
from mentordesk.ui.planner.record_dialog import SessionRecordDialog
from mentordesk.ui.reflections import autosave
from mentordesk.ui.reflections.editor import new_reflection, open_reflection
from mentordesk.ui.reflections.findings import FindingsDialog
from tests.conftest import NOW, TODAY
from tests.gui.reflections_helpers import (
    close_editors,
    held_session,
    newest_editor,
    reflections_page,
    wait_saved,
)
from tests.gui.test_planner import record_dialog, run_modal

pytestmark = pytest.mark.dates


@pytest.fixture(autouse=True)
def quick_autosave(monkeypatch):
    """Autosave after 150 ms of quiet instead of 3 s (one test keeps the real delay)."""
    monkeypatch.setattr(autosave, "DELAY_MS", 150)
    yield
    close_editors()


@pytest.fixture
def say_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def stored(controller, reflection_id: int):
    """The reflection as a new session of the vault reads it."""
    with controller.vault.session() as db:
        return reflections.get(db, reflection_id)


def words_of(text: str) -> Counter:
    return Counter(re.findall(r"\w+", text))


def test_a_gibbs_reflection_from_a_session_tagged_k12_and_final_is_listed(
    controller, qtbot, say_yes
):
    window = controller.window
    sid, _mid = held_session(controller.vault)
    form = controller.ops.read(lambda job: sessions.record_form(job.db, sid)).value
    dialog = SessionRecordDialog(controller.ops, sid, form, window)
    assert dialog.reflect_button.isEnabled()
    qtbot.mouseClick(dialog.reflect_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()  # the record closed; the reflection opened
    editor = newest_editor()
    assert editor.model.currentData() == "gibbs"
    draft = editor.draft()
    assert draft.session_ids == [sid]
    assert draft.occurred_on == (NOW - timedelta(days=2)).astimezone().date()
    assert "Draft the project plan" in draft.texts["description"]
    assert "GROW" in draft.texts["description"]
    assert "Priya" not in draft.all_text()

    qtbot.keyClicks(editor.stages.field("feelings"), "Unsure at first, then confident.")
    qtbot.keyClicks(editor.stages.field("action_plan"), "Ask more open questions.")
    editor.tags.tick("K12")
    rid = wait_saved(qtbot, editor)  # saved while typing, without a click
    qtbot.mouseClick(editor.final_button, Qt.MouseButton.LeftButton)
    assert editor.is_final, editor.error.text()
    assert editor.stages.field("feelings").isReadOnly() and editor.lock_note.isVisible()
    assert not editor.final_button.isVisible() and editor.amend_button.isVisible()

    kept = stored(controller, rid)
    assert kept.is_final and kept.draft.texts["feelings"] == "Unsure at first, then confident."
    page = reflections_page(window)
    tab = page.reflections
    assert tab.select_id(rid)
    row = tab.selected()
    assert (row.final, row.ksbs, row.links) == (True, "K12", 1)
    shown = [
        tab.proxy.index(tab.table.currentIndex().row(), c).data()
        for c in range(tab.proxy.columnCount())
    ]
    assert "Final ✔" in shown and "K12" in shown and "Gibbs' reflective cycle" in shown
    tab.evidence.show()
    tab.evidence.refresh()
    assert tab.evidence.counts()["K12"].startswith("K12 — 1 reflection")  # (English plural
    # forms come with the translation files)
    assert dialog.reflect_button.toolTip()  # says what it does


def test_reflect_is_offered_only_for_a_held_session(controller, qtbot):
    from mentordesk.services.sessions import SessionPlan, planning
    from tests.contract_data import signed_contract

    _, mid = signed_contract(controller.vault)
    with controller.vault.transaction() as db:
        planned = planning.plan(db, SessionPlan(mid, NOW + timedelta(days=3)))
    dialog = record_dialog(controller, planned)
    assert not dialog.reflect_button.isEnabled()
    assert "held" in dialog.reflect_button.toolTip()
    dialog.close()


def test_gibbs_to_driscoll_and_back_keeps_every_word_and_undoes(controller, qtbot):
    editor = new_reflection(controller.ops, controller.window)
    assert editor.model.currentData() == "gibbs"
    written = {
        "description": "We met in the library about the portfolio.",
        "feelings": "Anxious beforehand, relieved after.",
        "evaluation": "Goals were clear; time ran short.",
        "analysis": "I talked too much in the first half.",
        "conclusion": "Silence gives room to think.",
        "action_plan": "Count to five before speaking.",
    }
    for key, text in written.items():
        editor.stages.field(key).setPlainText(text)
    before = words_of(editor.draft().all_text())
    total = editor.stages.total()
    editor.model.setCurrentIndex(editor.model.findData("driscoll"))
    assert set(editor.stages.fields) == {"what", "so_what", "now_what"}
    assert words_of(editor.draft().all_text()) == before
    assert editor.stages.total() == total and f"{total} word" in editor.total.text()
    editor.model.setCurrentIndex(editor.model.findData("gibbs"))
    assert words_of(editor.draft().all_text()) == before  # every word, once
    # Undo twice: back to Driscoll, then to Gibbs as first written.
    assert editor.undo_model.isEnabled()
    qtbot.mouseClick(editor.undo_model, Qt.MouseButton.LeftButton)
    assert editor.model.currentData() == "driscoll"
    qtbot.mouseClick(editor.undo_model, Qt.MouseButton.LeftButton)
    assert editor.model.currentData() == "gibbs"
    assert editor.stages.texts() == written and not editor.undo_model.isEnabled()
    assert not editor.stages.carried_box.isVisible()


def test_words_with_no_stage_are_kept_in_their_own_field(controller, qtbot):
    editor = new_reflection(controller.ops, controller.window)
    editor.show()
    editor.stages.field("feelings").setPlainText("Nervous.")
    editor.stages.field("action_plan").setPlainText("Practise.")
    editor.model.setCurrentIndex(editor.model.findData("brookfield"))
    carried = editor.stages.carried.toPlainText()
    assert "Practise." in carried and editor.stages.carried_box.isVisible()
    assert words_of(editor.draft().all_text()) == words_of("Nervous. Practise. Action plan:")


def test_autosave_lands_in_the_vault_without_a_click_off_the_gui_thread(
    controller, qtbot, monkeypatch
):
    threads = []
    real = reflections.save_draft

    def watched(db, draft, reflection_id=None, *, today):
        threads.append(threading.current_thread())
        return real(db, draft, reflection_id, today=today)

    monkeypatch.setattr(reflections, "save_draft", watched)
    monkeypatch.setattr(autosave, "DELAY_MS", 3000)  # as shipped
    editor = new_reflection(controller.ops, controller.window)
    assert editor.autosave.timer.interval() == 3000
    qtbot.keyClicks(editor.title, "A hard conversation")
    qtbot.keyClicks(editor.stages.field("description"), "It went better than feared.")
    assert editor.reflection_id is None and not threads  # nothing saved while typing
    rid = wait_saved(qtbot, editor)
    assert threads and all(t is not threading.main_thread() for t in threads)
    kept = stored(controller, rid)
    assert kept.draft.title == "A hard conversation"
    assert kept.draft.texts == {"description": "It went better than feared."}
    assert editor.saved.text().startswith("Saved ")


def test_a_newer_text_is_never_overwritten_by_an_older_save(controller, qtbot, monkeypatch):
    sent = []
    real = reflections.save_draft

    def slow(db, draft, reflection_id=None, *, today):
        sent.append(draft.texts.get("description", ""))
        time.sleep(0.3)  # still saving while the mentor types on
        return real(db, draft, reflection_id, today=today)

    monkeypatch.setattr(reflections, "save_draft", slow)
    editor = new_reflection(controller.ops, controller.window)
    field = editor.stages.field("description")
    field.setPlainText("First words.")
    editor.autosave.save_now()
    assert editor.saved.text() == "Saving…"
    field.setPlainText("First words. Then more.")
    editor.autosave.save_now()  # waits for the first to land
    assert len(sent) <= 1
    rid = wait_saved(qtbot, editor)
    assert sent == ["First words.", "First words. Then more."]
    assert stored(controller, rid).draft.texts["description"] == "First words. Then more."
    with controller.vault.session() as db:
        assert len(reflections.rows(db)) == 1  # created once, then updated


def test_closing_saves_what_was_typed_and_waits_for_it(controller, qtbot, monkeypatch):
    monkeypatch.setattr(autosave, "DELAY_MS", 60_000)  # no autosave before the close
    editor = new_reflection(controller.ops, controller.window)
    qtbot.keyClicks(editor.stages.field("conclusion"), "Closing keeps this.")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    with controller.vault.session() as db:
        [row] = reflections.rows(db)
        assert reflections.get(db, row.id).draft.texts == {"conclusion": "Closing keeps this."}


def test_a_mentees_name_blocks_mark_final_until_changed_or_accepted(
    controller, qtbot, monkeypatch, say_yes
):
    held_session(controller.vault, "Priya Patel")
    editor = new_reflection(controller.ops, controller.window)
    editor.title.setText("Feedback that landed")
    field = editor.stages.field("description")
    field.setPlainText("I gave Priya Patel feedback on her plan.")
    shown = run_modal(FindingsDialog, lambda d: d.rows[0][1].click(), monkeypatch)  # Show
    editor.mark_final()
    assert len(shown) == 1 and not editor.is_final
    assert "Priya Patel" in shown[0].rows[0][0].text() or shown[0].findings[0].kind == "name"
    assert field.textCursor().selectedText() == "Priya Patel"  # selected, to be changed
    assert field.hasFocus() or editor.focusWidget() is field

    field.setPlainText("I gave the mentee feedback on their plan.")  # fixed
    editor.mark_final()
    assert editor.is_final, editor.error.text()
    assert len(shown) == 1  # no names left: no list


def test_an_accepted_finding_lets_the_reflection_be_final(controller, qtbot, monkeypatch, say_yes):
    held_session(controller.vault, "Priya Patel")
    editor = new_reflection(controller.ops, controller.window)
    editor.title.setText("Named with consent")
    editor.stages.field("description").setPlainText("Priya Patel asked to be named here.")

    def accept_all(dialog: FindingsDialog):
        assert not dialog.go_on.isEnabled()
        for _reason, _show, accept in dialog.rows:
            accept.click()
        assert dialog.go_on.isEnabled()
        dialog.go_on.click()

    run_modal(FindingsDialog, accept_all, monkeypatch)
    editor.mark_final()
    assert editor.is_final, editor.error.text()
    kept = stored(controller, editor.reflection_id)
    assert "Priya Patel" in kept.draft.accepted and kept.is_final


def test_mark_final_says_what_is_missing(controller, qtbot):
    editor = new_reflection(controller.ops, controller.window)
    editor.mark_final()
    assert "title" in editor.error.text() and not editor.is_final


def test_amending_asks_for_a_reason_and_keeps_it(controller, qtbot, monkeypatch):
    with controller.vault.transaction() as db:
        draft = ReflectionDraft(
            title="Group session",
            occurred_on=TODAY,
            model="gibbs",
            texts={"description": "Three mentees, one room."},
        )
        rid = reflections.save_draft(db, draft, today=TODAY)
        reflections.finalise(db, rid, draft, now=controller.ops.clock.now())
    editor = open_reflection(controller.ops, rid, controller.window)
    field = editor.stages.field("description")
    assert field.isReadOnly() and editor.lock_note.isVisible() and editor.amend_button.isVisible()
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    assert not field.isReadOnly() and editor.save_amendment.isVisible()
    field.setPlainText("Four mentees, one room.")
    asked = []

    def reason(parent, title, label, *args, **kwargs):
        asked.append(label)
        return ("Miscounted the group", True)

    monkeypatch.setattr(QInputDialog, "getText", reason)
    qtbot.mouseClick(editor.save_amendment, Qt.MouseButton.LeftButton)
    assert asked and "Why" in asked[0]
    kept = stored(controller, rid)
    assert [a.reason for a in kept.amendments] == ["Miscounted the group"]
    assert kept.draft.texts["description"] == "Four mentees, one room."
    assert field.isReadOnly() and editor.history.count() == 1
    assert "Miscounted the group" in editor.history.item(0).text()
    assert editor.side.isTabVisible(2)


def test_an_amendment_without_a_reason_is_refused_in_words(controller, qtbot, monkeypatch):
    with controller.vault.transaction() as db:
        draft = ReflectionDraft(title="T", occurred_on=TODAY, texts={"writing": "Words."})
        rid = reflections.save_draft(db, draft, today=TODAY)
        reflections.finalise(db, rid, draft, now=controller.ops.clock.now())
    editor = open_reflection(controller.ops, rid, controller.window)
    editor.start_amending()
    editor.stages.field("writing").setPlainText("Other words.")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    assert not editor.amend()
    assert "reason" in editor.error.text()
    assert stored(controller, rid).amendments == []


@pytest.mark.parametrize("page_built", [True, False])
def test_locking_the_vault_saves_what_was_typed_first(
    controller, qtbot, monkeypatch, vault_dir, page_built
):
    """Whether or not the Reflections page was ever shown (a reflection started from a
    session record), a lock never leaves words unsaved, or a reflection on screen."""
    from mentordesk.ui.reflections.editor import open_editors
    from mentordesk.vault import Vault
    from tests.conftest import PASSPHRASE

    monkeypatch.setattr(autosave, "DELAY_MS", 60_000)  # no autosave before the lock
    window = controller.window
    if page_built:
        reflections_page(window)
    window.show()
    editor = new_reflection(controller.ops, window)
    qtbot.keyClicks(editor.stages.field("feelings"), "Saved by the lock.")
    controller.lock()
    assert not open_editors() and not editor.isVisible()
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault, vault.session() as db:
        [row] = reflections.rows(db)
        assert reflections.get(db, row.id).draft.texts == {"feelings": "Saved by the lock."}


def test_typing_emits_no_signal_of_ours_per_key(controller, qtbot):
    """PySide 6.12's emit() from Python drops a reference to True each time: a signal per
    key would crash the app some thousands of keys into a long reflection. The editor's
    typing path calls instead, so typing leaves True's count as it was."""
    import sys

    editor = new_reflection(controller.ops, controller.window)
    field = editor.stages.field("analysis")
    qtbot.keyClicks(field, "warm up")
    before = sys.getrefcount(True)
    qtbot.keyClicks(field, " and a long sentence typed key by key" * 5)
    assert sys.getrefcount(True) >= before - 5
    assert editor.stages.total() == 2 + 8 * 5 and editor.autosave.dirty


def test_space_after_a_filter_ticks_the_ksb_seen_not_a_hidden_one(controller, qtbot):
    from mentordesk.ui.reflections.editor import new_reflection

    editor = new_reflection(controller.ops, controller.window)
    assert editor is not None
    tags = editor.tags
    tags.list.setCurrentRow(0)  # K1, before the filter hides it
    tags.filter.setText("K12")
    shown = [tags.list.item(i) for i in range(tags.list.count())]
    assert [i.data(Qt.ItemDataRole.UserRole + 1) for i in shown if not i.isHidden()] == ["K12"]
    tags.list.setFocus()
    qtbot.keyClick(tags.list, Qt.Key.Key_Space)
    assert tags.codes() == ["K12"]


def test_tab_goes_from_the_model_through_the_stages_before_the_side_panel(controller, qtbot):
    from mentordesk.ui.reflections.editor import new_reflection

    editor = new_reflection(controller.ops, controller.window)
    assert editor is not None
    fields = [f.edit for f in editor.stages.fields.values()]
    chain, widget = [], editor.model
    for _ in range(40):
        widget = widget.nextInFocusChain()
        chain.append(widget)
        if widget is editor.side:
            break
    at = [chain.index(f) for f in fields]
    assert at == sorted(at) and at[-1] < chain.index(editor.side)

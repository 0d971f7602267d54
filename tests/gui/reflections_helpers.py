"""Shared steps of the reflection tests: a held session to reflect on, the page, the editor
just opened, and waiting for autosave."""

from __future__ import annotations

from datetime import timedelta

from mentordesk.services import sessions
from mentordesk.services.sessions import ActionDraft, SessionPlan, SessionRecord, planning
from tests.conftest import NOW, TODAY
from tests.contract_data import signed_contract


def held_session(vault, name: str = "Priya Patel") -> tuple[int, int]:
    """A GROW session held two days ago with an action agreed: (session, mentee)."""
    _, mid = signed_contract(vault, name)
    with vault.transaction() as db:
        sid = planning.plan(db, SessionPlan(mid, NOW - timedelta(days=2), model="grow"))
        record = SessionRecord(
            model="grow",
            duration_minutes=45,
            notes={"goal": f"{name} wants to lead the next project review."},
            actions=[ActionDraft("Draft the project plan", due_date=TODAY + timedelta(days=14))],
        )
        sessions.record(db, sid, record, final=True, now=NOW)
    return sid, mid


def reflections_page(window):
    window.sidebar.setCurrentRow(window.row_of("reflections"))
    return window.page("reflections")


def newest_editor():
    from mentordesk.ui.reflections.editor import open_editors

    editors = open_editors()
    assert editors, "no reflection editor is open"
    return editors[-1]


def wait_saved(qtbot, editor, timeout: int = 15000) -> int:
    """Wait until everything typed in ``editor`` is in the vault; its reflection's id."""
    qtbot.waitUntil(
        lambda: (
            editor.reflection_id is not None
            and not editor.autosave.dirty
            and editor.autosave.sending is None
        ),
        timeout=timeout,
    )
    return editor.reflection_id


def close_editors() -> None:
    from shiboken6 import isValid

    from mentordesk.ui.reflections.editor import open_editors

    for editor in open_editors():
        if isValid(editor):
            editor.close_now()

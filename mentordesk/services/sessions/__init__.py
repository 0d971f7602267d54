"""Mentoring sessions: planning (one or a series), recording by a model's stages,
amendments after the lock, actions, and calendar files."""

from mentordesk.services.sessions.planning import (
    CalendarEntry,
    Proposal,
    SessionError,
    SessionPlan,
    cancel,
    clashes,
    delete_planned,
    entries,
    entry,
    plan,
    plan_of,
    plan_series,
    propose_series,
    reschedule,
    restore,
    update,
)
from mentordesk.services.sessions.records import (
    QUESTIONING_TECHNIQUES,
    ActionDraft,
    ActionRow,
    Amendment,
    SessionLocked,
    SessionRecord,
    Totals,
    amend,
    amendments,
    evidenced_ksbs,
    open_actions_before,
    previous_session,
    quick_note,
    record,
    record_of,
    set_action_status,
    totals,
)

__all__ = [name for name in dir() if not name.startswith("_")]

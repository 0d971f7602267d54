"""The words people see for the vault's vocabularies, in one place, in English.

Services, the PDF builders and the command line use :func:`label` (plain English, no Qt).
The user interface shows the same words translated: ``mentordesk.ui.i18n.word(value)``
looks :func:`label` up in the ``"words"`` context of the loaded translation.

Every text here is wrapped in :func:`QT_TRANSLATE_NOOP`, which returns it unchanged and is
the marker ``pyside6-lupdate`` extracts from Python code (the context and the text must be
literal strings). This module must not import Qt.
"""

from __future__ import annotations

import enum

from mentordesk.vault.enums import (
    ActionStatus,
    Attendance,
    BarrierKind,
    ConcernStatus,
    ContractStatus,
    CpdKind,
    EvidenceKind,
    GoalStatus,
    Judgement,
    KsbKind,
    MeetingMode,
    MenteeStatus,
    ObservationKind,
    Rag,
    Rater,
    ReadingStatus,
    ReferralStatus,
    RiskLevel,
    SessionStatus,
    SignatureMethod,
    SignerRole,
    StakeholderRole,
    SupervisionKind,
)

CONTEXT = "words"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated where it is shown."""
    return text


# -- enums -----------------------------------------------------------------------------------
KSB_KIND = {
    KsbKind.KNOWLEDGE: QT_TRANSLATE_NOOP("words", "Knowledge"),
    KsbKind.SKILL: QT_TRANSLATE_NOOP("words", "Skill"),
    KsbKind.BEHAVIOUR: QT_TRANSLATE_NOOP("words", "Behaviour"),
}
MENTEE_STATUS = {
    MenteeStatus.ACTIVE: QT_TRANSLATE_NOOP("words", "Active"),
    MenteeStatus.ON_BREAK: QT_TRANSLATE_NOOP("words", "On a break in learning"),
    MenteeStatus.COMPLETED: QT_TRANSLATE_NOOP("words", "Completed"),
    MenteeStatus.WITHDRAWN: QT_TRANSLATE_NOOP("words", "Withdrawn"),
    MenteeStatus.ARCHIVED: QT_TRANSLATE_NOOP("words", "Archived"),
}
STAKEHOLDER_ROLE = {
    StakeholderRole.LINE_MANAGER: QT_TRANSLATE_NOOP("words", "Line manager"),
    StakeholderRole.TRAINING_PROVIDER: QT_TRANSLATE_NOOP("words", "Training provider"),
    StakeholderRole.SAFEGUARDING_LEAD: QT_TRANSLATE_NOOP("words", "Designated safeguarding lead"),
    StakeholderRole.OTHER: QT_TRANSLATE_NOOP("words", "Other"),
}
CONTRACT_STATUS = {
    ContractStatus.DRAFT: QT_TRANSLATE_NOOP("words", "Draft"),
    ContractStatus.ACTIVE: QT_TRANSLATE_NOOP("words", "In force"),
    ContractStatus.SUPERSEDED: QT_TRANSLATE_NOOP("words", "Superseded"),
}
MEETING_MODE = {
    MeetingMode.IN_PERSON: QT_TRANSLATE_NOOP("words", "In person"),
    MeetingMode.REMOTE: QT_TRANSLATE_NOOP("words", "Remote (video)"),
    MeetingMode.PHONE: QT_TRANSLATE_NOOP("words", "Phone"),
}
BARRIER_KIND = {
    BarrierKind.TIME: QT_TRANSLATE_NOOP("words", "Time"),
    BarrierKind.WORKLOAD: QT_TRANSLATE_NOOP("words", "Workload"),
    BarrierKind.CONFIDENCE: QT_TRANSLATE_NOOP("words", "Confidence"),
    BarrierKind.HEALTH: QT_TRANSLATE_NOOP("words", "Health"),
    BarrierKind.CARING: QT_TRANSLATE_NOOP("words", "Caring responsibilities"),
    BarrierKind.LANGUAGE: QT_TRANSLATE_NOOP("words", "Language"),
    BarrierKind.DIGITAL_ACCESS: QT_TRANSLATE_NOOP("words", "Digital access"),
    BarrierKind.OTHER: QT_TRANSLATE_NOOP("words", "Other"),
}
GOAL_STATUS = {
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("words", "Open"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("words", "Achieved"),
    GoalStatus.PARTLY_ACHIEVED: QT_TRANSLATE_NOOP("words", "Partly achieved"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("words", "Dropped"),
}
# In the order signatures are printed: mentee first, mentor last.
SIGNER_ROLE = {
    SignerRole.MENTEE: QT_TRANSLATE_NOOP("words", "Mentee"),
    SignerRole.EMPLOYER: QT_TRANSLATE_NOOP("words", "Employer"),
    SignerRole.PROVIDER: QT_TRANSLATE_NOOP("words", "Training provider"),
    SignerRole.MENTOR: QT_TRANSLATE_NOOP("words", "Mentor"),
}
SIGNATURE_METHOD = {
    SignatureMethod.DRAWN: QT_TRANSLATE_NOOP("words", "Drawn"),
    SignatureMethod.TYPED: QT_TRANSLATE_NOOP("words", "Typed"),
}
SESSION_STATUS = {
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("words", "Planned"),
    SessionStatus.HELD: QT_TRANSLATE_NOOP("words", "Held"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("words", "Cancelled"),
}
ATTENDANCE = {
    Attendance.ATTENDED: QT_TRANSLATE_NOOP("words", "Attended"),
    Attendance.LATE: QT_TRANSLATE_NOOP("words", "Attended, late"),
    Attendance.NO_SHOW: QT_TRANSLATE_NOOP("words", "Did not attend"),
}
ACTION_STATUS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("words", "Open"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("words", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("words", "Dropped"),
}
RAG = {
    Rag.RED: QT_TRANSLATE_NOOP("words", "Red"),
    Rag.AMBER: QT_TRANSLATE_NOOP("words", "Amber"),
    Rag.GREEN: QT_TRANSLATE_NOOP("words", "Green"),
}
RATER = {
    Rater.MENTEE: QT_TRANSLATE_NOOP("words", "Mentee"),
    Rater.MENTOR: QT_TRANSLATE_NOOP("words", "Mentor"),
    Rater.SELF: QT_TRANSLATE_NOOP("words", "Self"),
}
CONCERN_STATUS = {
    ConcernStatus.OPEN: QT_TRANSLATE_NOOP("words", "Open"),
    ConcernStatus.MONITORING: QT_TRANSLATE_NOOP("words", "Monitoring"),
    ConcernStatus.CLOSED: QT_TRANSLATE_NOOP("words", "Closed"),
}
RISK_LEVEL = {
    RiskLevel.LOW: QT_TRANSLATE_NOOP("words", "Low"),
    RiskLevel.MEDIUM: QT_TRANSLATE_NOOP("words", "Medium"),
    RiskLevel.HIGH: QT_TRANSLATE_NOOP("words", "High"),
    RiskLevel.IMMEDIATE: QT_TRANSLATE_NOOP("words", "Immediate"),
}
REFERRAL_STATUS = {
    ReferralStatus.MADE: QT_TRANSLATE_NOOP("words", "Made"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("words", "Accepted"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("words", "Declined"),
    ReferralStatus.CLOSED: QT_TRANSLATE_NOOP("words", "Closed"),
}
SUPERVISION_KIND = {
    SupervisionKind.ONE_TO_ONE: QT_TRANSLATE_NOOP("words", "One-to-one"),
    SupervisionKind.GROUP: QT_TRANSLATE_NOOP("words", "Group"),
    SupervisionKind.PEER: QT_TRANSLATE_NOOP("words", "Peer"),
}
READING_STATUS = {
    ReadingStatus.TO_READ: QT_TRANSLATE_NOOP("words", "To read"),
    ReadingStatus.READING: QT_TRANSLATE_NOOP("words", "Reading"),
    ReadingStatus.READ: QT_TRANSLATE_NOOP("words", "Read"),
}
CPD_KIND = {
    CpdKind.COURSE: QT_TRANSLATE_NOOP("words", "Course"),
    CpdKind.E_LEARNING: QT_TRANSLATE_NOOP("words", "E-learning"),
    CpdKind.WEBINAR: QT_TRANSLATE_NOOP("words", "Webinar"),
    CpdKind.CONFERENCE: QT_TRANSLATE_NOOP("words", "Conference"),
    CpdKind.READING: QT_TRANSLATE_NOOP("words", "Reading"),
    CpdKind.SUPERVISION: QT_TRANSLATE_NOOP("words", "Supervision"),
    CpdKind.PEER_OBSERVATION: QT_TRANSLATE_NOOP("words", "Peer observation"),
    CpdKind.MEETING: QT_TRANSLATE_NOOP("words", "Meeting"),
    CpdKind.RESEARCH: QT_TRANSLATE_NOOP("words", "Research"),
    CpdKind.QUALIFICATION: QT_TRANSLATE_NOOP("words", "Qualification"),
    CpdKind.OTHER: QT_TRANSLATE_NOOP("words", "Other"),
}
EVIDENCE_KIND = {
    EvidenceKind.OBSERVATION: QT_TRANSLATE_NOOP("words", "Observation"),
    EvidenceKind.PROFESSIONAL_DISCUSSION: QT_TRANSLATE_NOOP("words", "Professional discussion"),
    EvidenceKind.WITNESS_STATEMENT: QT_TRANSLATE_NOOP("words", "Witness statement"),
    EvidenceKind.PRODUCT: QT_TRANSLATE_NOOP("words", "Product or work sample"),
    EvidenceKind.SESSION: QT_TRANSLATE_NOOP("words", "Session record"),
    EvidenceKind.REFLECTION: QT_TRANSLATE_NOOP("words", "Reflection"),
    EvidenceKind.CPD: QT_TRANSLATE_NOOP("words", "CPD"),
    EvidenceKind.CERTIFICATE: QT_TRANSLATE_NOOP("words", "Certificate"),
    EvidenceKind.OTHER: QT_TRANSLATE_NOOP("words", "Other"),
}
JUDGEMENT = {
    Judgement.WORKING_TOWARDS: QT_TRANSLATE_NOOP("words", "Working towards"),
    Judgement.MET: QT_TRANSLATE_NOOP("words", "Met"),
}
OBSERVATION_KIND = {
    ObservationKind.LIVE: QT_TRANSLATE_NOOP("words", "Live session"),
    ObservationKind.RECORDED: QT_TRANSLATE_NOOP("words", "Recorded session"),
}

#: Every enum that has words, and its words.
BY_ENUM: dict[type[enum.Enum], dict] = {
    KsbKind: KSB_KIND,
    MenteeStatus: MENTEE_STATUS,
    StakeholderRole: STAKEHOLDER_ROLE,
    ContractStatus: CONTRACT_STATUS,
    MeetingMode: MEETING_MODE,
    BarrierKind: BARRIER_KIND,
    GoalStatus: GOAL_STATUS,
    SignerRole: SIGNER_ROLE,
    SignatureMethod: SIGNATURE_METHOD,
    SessionStatus: SESSION_STATUS,
    Attendance: ATTENDANCE,
    ActionStatus: ACTION_STATUS,
    Rag: RAG,
    Rater: RATER,
    ConcernStatus: CONCERN_STATUS,
    RiskLevel: RISK_LEVEL,
    ReferralStatus: REFERRAL_STATUS,
    SupervisionKind: SUPERVISION_KIND,
    ReadingStatus: READING_STATUS,
    CpdKind: CPD_KIND,
    EvidenceKind: EVIDENCE_KIND,
    Judgement: JUDGEMENT,
    ObservationKind: OBSERVATION_KIND,
}


class NoWordsError(LookupError):
    """An enum (or a member of it) that has no words here."""


def label(value: enum.Enum) -> str:
    """The English words for an enum member, e.g. ``label(MeetingMode.REMOTE)``."""
    table = BY_ENUM.get(type(value))
    if table is None:
        raise NoWordsError(f"{type(value).__name__} has no words in mentordesk.words")
    try:
        return table[value]
    except KeyError:
        raise NoWordsError(f"{value!r} has no words in mentordesk.words") from None


def label_of(enum_class: type[enum.Enum], stored: str) -> str:
    """The English words for a value as stored, e.g. ``label_of(MeetingMode, "remote")``."""
    try:
        member = enum_class(stored)
    except ValueError:
        raise NoWordsError(f"{stored!r} is not a {enum_class.__name__}") from None
    return label(member)


# -- other shared word lists -------------------------------------------------------------------
# The contract wizard's pages, by key (the Contracts page shows where a draft was left).
CONTRACT_PAGE_TITLES = {
    "mentee": QT_TRANSLATE_NOOP("words", "Mentee and programme"),
    "starting_point": QT_TRANSLATE_NOOP("words", "Starting point"),
    "goals": QT_TRANSLATE_NOOP("words", "Development goals"),
    "barriers": QT_TRANSLATE_NOOP("words", "Barriers and support"),
    "boundaries": QT_TRANSLATE_NOOP("words", "Boundaries and expectations"),
    "stakeholders": QT_TRANSLATE_NOOP("words", "Stakeholders"),
    "sign": QT_TRANSLATE_NOOP("words", "Review and sign"),
}
# A KSB rated 0-4 in the skills scan, by score.
RATING_WORDS = [
    QT_TRANSLATE_NOOP("words", "0 Not yet"),
    QT_TRANSLATE_NOOP("words", "1 Aware"),
    QT_TRANSLATE_NOOP("words", "2 Developing"),
    QT_TRANSLATE_NOOP("words", "3 Competent"),
    QT_TRANSLATE_NOOP("words", "4 Confident"),
]
# Goal attainment scaling: the five levels of a goal, -2 to +2.
GAS_WORDS = {
    -2: QT_TRANSLATE_NOOP("words", "Much less than expected"),
    -1: QT_TRANSLATE_NOOP("words", "Less than expected"),
    0: QT_TRANSLATE_NOOP("words", "Expected outcome"),
    1: QT_TRANSLATE_NOOP("words", "More than expected"),
    2: QT_TRANSLATE_NOOP("words", "Much more than expected"),
}
# Questioning techniques ticked in a session record. They are stored in English, as here,
# and translated only where they are shown.
QUESTIONING_TECHNIQUES = (
    QT_TRANSLATE_NOOP("words", "Open"),
    QT_TRANSLATE_NOOP("words", "Probing"),
    QT_TRANSLATE_NOOP("words", "Clarifying"),
    QT_TRANSLATE_NOOP("words", "Reflective"),
    QT_TRANSLATE_NOOP("words", "Hypothetical"),
    QT_TRANSLATE_NOOP("words", "Scaling"),
    QT_TRANSLATE_NOOP("words", "Summarising"),
    QT_TRANSLATE_NOOP("words", "Socratic"),
    QT_TRANSLATE_NOOP("words", "Closed"),
)

"""The vault's vocabularies as plain enums.

They are stored by value (see ``models.base.str_enum``). This module imports no
SQLAlchemy, so code that only reads (the dashboard) can use them without loading the ORM.
"""

from __future__ import annotations

import enum


# -- standards -----------------------------------------------------------------
class KsbKind(enum.Enum):
    KNOWLEDGE = "K"
    SKILL = "S"
    BEHAVIOUR = "B"


# -- people --------------------------------------------------------------------
class MenteeStatus(enum.Enum):
    ACTIVE = "active"
    ON_BREAK = "on_break"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"
    ARCHIVED = "archived"


class StakeholderRole(enum.Enum):
    LINE_MANAGER = "line_manager"
    TRAINING_PROVIDER = "training_provider"
    SAFEGUARDING_LEAD = "safeguarding_lead"
    OTHER = "other"


# -- contracts -----------------------------------------------------------------
class ContractStatus(enum.Enum):
    DRAFT = "draft"
    ACTIVE = "active"
    SUPERSEDED = "superseded"


class MeetingMode(enum.Enum):
    IN_PERSON = "in_person"
    REMOTE = "remote"
    PHONE = "phone"


class BarrierKind(enum.Enum):
    TIME = "time"
    WORKLOAD = "workload"
    CONFIDENCE = "confidence"
    HEALTH = "health"
    CARING = "caring"
    LANGUAGE = "language"
    DIGITAL_ACCESS = "digital_access"
    OTHER = "other"


class GoalStatus(enum.Enum):
    OPEN = "open"
    ACHIEVED = "achieved"
    PARTLY_ACHIEVED = "partly_achieved"
    DROPPED = "dropped"


class SignerRole(enum.Enum):
    MENTEE = "mentee"
    MENTOR = "mentor"
    EMPLOYER = "employer"
    PROVIDER = "provider"


class SignatureMethod(enum.Enum):
    DRAWN = "drawn"
    TYPED = "typed"


# -- sessions ------------------------------------------------------------------
class SessionStatus(enum.Enum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Attendance(enum.Enum):
    ATTENDED = "attended"
    LATE = "late"
    NO_SHOW = "no_show"


class ActionStatus(enum.Enum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Rag(enum.Enum):
    RED = "red"
    AMBER = "amber"
    GREEN = "green"


# -- practice ------------------------------------------------------------------
class Rater(enum.Enum):
    MENTEE = "mentee"
    MENTOR = "mentor"
    SELF = "self"  # the mentor rating their own practice


class EvidenceKind(enum.Enum):
    """Kinds of evidence an assessor accepts (stored as text: an older vault's own words
    for a kind still read)."""

    OBSERVATION = "observation"
    PROFESSIONAL_DISCUSSION = "professional_discussion"
    WITNESS_STATEMENT = "witness_statement"
    PRODUCT = "product"
    SESSION = "session"
    REFLECTION = "reflection"
    CPD = "cpd"
    CERTIFICATE = "certificate"
    OTHER = "other"


class Judgement(enum.Enum):
    """The mentor's judgement of one piece of evidence against one KSB."""

    WORKING_TOWARDS = "working_towards"
    MET = "met"


class ObservationKind(enum.Enum):
    """A session observed for the end-point assessment: live, or recorded."""

    LIVE = "live"
    RECORDED = "recorded"


class SupervisionKind(enum.Enum):
    ONE_TO_ONE = "one_to_one"
    GROUP = "group"
    PEER = "peer"


class ReadingStatus(enum.Enum):
    TO_READ = "to_read"
    READING = "reading"
    READ = "read"


class CpdKind(enum.Enum):
    """Kinds of CPD activity (stored as text, so an older vault's own words still read)."""

    COURSE = "course"
    E_LEARNING = "e_learning"
    WEBINAR = "webinar"
    CONFERENCE = "conference"
    READING = "reading"
    SUPERVISION = "supervision"
    PEER_OBSERVATION = "observation"
    MEETING = "meeting"
    RESEARCH = "research"
    QUALIFICATION = "qualification"
    OTHER = "other"


# -- safeguarding --------------------------------------------------------------
class ConcernStatus(enum.Enum):
    OPEN = "open"
    MONITORING = "monitoring"
    CLOSED = "closed"


class RiskLevel(enum.Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    IMMEDIATE = "immediate"


class ReferralStatus(enum.Enum):
    MADE = "made"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    CLOSED = "closed"

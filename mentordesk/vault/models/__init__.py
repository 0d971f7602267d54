"""The vault's ORM models. Import from here; the modules split them by domain."""

from mentordesk.vault.models.base import Base, utcnow
from mentordesk.vault.models.contracts import (
    BarrierKind,
    Contract,
    ContractBarrier,
    ContractStatus,
    DataSharingConsent,
    Goal,
    GoalAttainmentLevel,
    GoalStatus,
    MeetingMode,
    Signature,
    SignatureMethod,
    SignerRole,
    goal_ksb,
)
from mentordesk.vault.models.exports import ExportRecord
from mentordesk.vault.models.gateway import EpaObservation, GatewayRecord
from mentordesk.vault.models.people import (
    Mentee,
    MenteeStatus,
    MentorProfile,
    Stakeholder,
    StakeholderRole,
)
from mentordesk.vault.models.practice import (
    Evaluation,
    EvidenceItem,
    EvidenceKsbLink,
    KsbRating,
    Rater,
)
from mentordesk.vault.models.records import Attachment, AuditEvent, VaultSetting
from mentordesk.vault.models.reflective import (
    CpdEntry,
    ReadingEntry,
    Reflection,
    ReflectionAmendment,
    SupervisionRecord,
    ValuesStatement,
    cpd_ksb,
    reflection_cpd,
    reflection_ksb,
    reflection_reading,
    reflection_session,
    reflection_supervision,
)
from mentordesk.vault.models.safeguarding import (
    ChronologyEntry,
    ConcernStatus,
    Referral,
    ReferralStatus,
    RiskLevel,
    SafeguardingConcern,
)
from mentordesk.vault.models.sessions import (
    ActionItem,
    ActionStatus,
    Attendance,
    MentoringSession,
    ProgressReview,
    Rag,
    ReviewKsbStatus,
    SessionAmendment,
    SessionStatus,
    session_goal,
    session_ksb,
)
from mentordesk.vault.models.signing import Countersignature, IssuedRecord, SigningIdentity
from mentordesk.vault.models.standards import (
    Duty,
    Ksb,
    KsbKind,
    ReadingItem,
    Standard,
    duty_ksb,
)

__all__ = [name for name in dir() if not name.startswith("_")]

"""The mentor's reflections: written by a model's stages, saved as drafts while typed,
checked for anything naming a person, final and then amended; tags to the mentor's own
KSBs, which are their evidence."""

from mentordesk.services.reflections.export import (
    NameWarning,
    export_reflections,
    reflection_built,
    reflections_pdf,
)
from mentordesk.services.reflections.links import (
    KINDS,
    LinkChoice,
    LinkKind,
    link_choices,
    linked,
)
from mentordesk.services.reflections.queries import (
    KsbChoice,
    OwnEvidence,
    ReflectionRow,
    evidence_counts,
    from_session,
    ksb_choices,
    own_evidence,
    reflections_on_session,
    rows,
)
from mentordesk.services.reflections.store import (
    CARRIED,
    Amendment,
    NamesPeople,
    Opened,
    ReflectionDraft,
    ReflectionError,
    ReflectionLocked,
    amend,
    check,
    delete,
    finalise,
    findings,
    get,
    names_held,
    save_draft,
)

__all__ = [name for name in dir() if not name.startswith("_")]

"""Mentoring contracts: drafts written page by page, signing, versions and comparison."""

from mentordesk.services.contracts.document import (
    ContractDocument,
    Difference,
    Section,
    compare,
    compare_to_previous,
    document,
    sections,
)
from mentordesk.services.contracts.draft import (
    PAGE_TITLES,
    PAGES,
    BarrierDraft,
    ContractDraft,
    GoalDraft,
    Rating,
    StakeholderDraft,
    unrated,
)
from mentordesk.services.contracts.export import contract_pdf, export_contract
from mentordesk.services.contracts.lifecycle import (
    DEFAULT_TERMS,
    check_all,
    check_page,
    discard,
    draft_to_offer,
    fill_ratings,
    load,
    mark_offered,
    new_draft,
    revise,
    save,
    start,
)
from mentordesk.services.contracts.queries import (
    ContractError,
    ContractSummary,
    GoalSummary,
    KsbChoice,
    SignatureSummary,
    active,
    cadence,
    draft_from_records,
    drafts,
    find_version,
    get,
    goals_in_force,
    ksb_choices,
    ksb_details,
    ksbs_of,
    line_manager,
    list_contracts,
    mentees_stakeholders,
    signatures_in_force,
    signatures_of,
)
from mentordesk.services.contracts.signing import check_signatures, sign
from mentordesk.services.signatures import SignatureData

__all__ = [name for name in dir() if not name.startswith("_")]

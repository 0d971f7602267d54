"""Mentoring contracts: drafts written page by page, signing, versions and comparison."""

from mentordesk.services.contracts.document import (
    ContractDocument,
    Difference,
    Section,
    compare,
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
)
from mentordesk.services.contracts.export import contract_pdf, export_contract
from mentordesk.services.contracts.store import (
    ContractError,
    ContractSummary,
    SignatureData,
    active,
    cadence,
    check_all,
    check_page,
    discard,
    draft_from_records,
    drafts,
    fill_ratings,
    find_version,
    get,
    goals_in_force,
    ksbs_of,
    list_contracts,
    load,
    new_draft,
    revise,
    save,
    sign,
    start,
)

__all__ = [name for name in dir() if not name.startswith("_")]

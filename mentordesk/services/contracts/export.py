"""A signed contract as a PDF, from the GUI or the command line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from mentordesk.services.contracts.document import document
from mentordesk.services.contracts.queries import ContractError, get
from mentordesk.vault.models import ContractStatus

if TYPE_CHECKING:
    from mentordesk.documents.layout import Built


def contract_built(db: Session, contract_id: int, countersigners: tuple[str, ...] = ()) -> Built:
    """The PDF of a signed version (in force or superseded), as built, before signing."""
    if get(db, contract_id).status is ContractStatus.DRAFT:
        raise ContractError("This contract is a draft; it can be printed once both have signed.")
    from mentordesk.documents.contract_pdf import build_contract_pdf

    return build_contract_pdf(document(db, contract_id), countersigners)


def contract_pdf(
    db: Session, contract_id: int, now: datetime, *, countersign: bool = False
) -> bytes:
    """The contract's PDF as it leaves the app: signed."""
    from mentordesk.services.printed import record_pdf

    return record_pdf(db, "contract", contract_id, now, countersign=countersign)


def export_contract(
    db: Session, contract_id: int, out: Path, now: datetime, *, countersign: bool = False
) -> Path:
    from mentordesk.services.printed import export_record

    return export_record(db, "contract", contract_id, out, now, countersign=countersign)

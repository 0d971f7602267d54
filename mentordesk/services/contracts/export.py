"""Printing a signed contract to PDF, from the GUI or the command line."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from mentordesk.services.contracts.document import document
from mentordesk.services.contracts.queries import ContractError, get
from mentordesk.vault.fileio import atomic_write
from mentordesk.vault.models import ContractStatus


def contract_pdf(db: Session, contract_id: int) -> bytes:
    """The PDF of a signed version (in force or superseded)."""
    if get(db, contract_id).status is ContractStatus.DRAFT:
        raise ContractError("This contract is a draft; it can be printed once both have signed.")
    from mentordesk.documents.contract_pdf import build_contract_pdf

    return build_contract_pdf(document(db, contract_id))


def export_contract(db: Session, contract_id: int, out: Path) -> Path:
    out = Path(out)
    if out.is_dir():
        raise ContractError(f"{out} is a folder; give a file name ending in .pdf.")
    atomic_write(out, contract_pdf(db, contract_id))
    return out

"""Signatures captured on this device (drawn or typed), shared by contracts and reviews."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from mentordesk.documents.model import SignedBy
from mentordesk.errors import ValidationError
from mentordesk.vault.enums import SignatureMethod, SignerRole
from mentordesk.words import SIGNER_ROLE


@dataclass(frozen=True)
class SignatureData:
    role: SignerRole
    name: str
    method: SignatureMethod
    image_png: bytes | None = None
    signed_at: datetime | None = None


def check(signatures: list[SignatureData], needed: dict[SignerRole, str]) -> None:
    """Every role in ``needed`` (role -> who, in words) has signed with a name and a mark."""
    for role, who in needed.items():
        sig = next((s for s in signatures if s.role is role), None)
        if sig is None or not sig.name.strip():
            raise ValidationError("signatures", f"A signature from {who} is needed.")
        if sig.method is SignatureMethod.DRAWN and not sig.image_png:
            raise ValidationError("signatures", f"The signature from {who} is empty.")


def rows(signatures: list[SignatureData], now: datetime) -> list:
    """The ``Signature`` records for these signatures (attach them to a contract or review)."""
    from mentordesk.vault.models import Signature

    return [
        Signature(
            signer_role=s.role,
            signer_name=s.name.strip(),
            method=s.method,
            image_png=s.image_png if s.method is SignatureMethod.DRAWN else None,
            signed_at=s.signed_at or now,
        )
        for s in signatures
    ]


def signed_by(records) -> list[SignedBy]:
    """Stored signatures as the printed record shows them: mentee first, mentor last."""
    order = list(SIGNER_ROLE)  # in print order
    return [
        SignedBy(SIGNER_ROLE[s.signer_role], s.signer_name, s.method, s.image_png, s.signed_at)
        for s in sorted(records, key=lambda s: order.index(s.signer_role))
    ]

"""What a printed record holds, as plain data: services fill it, the PDF builders draw it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mentordesk.vault.enums import SignatureMethod


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[tuple[str, str]]


@dataclass(frozen=True)
class SignedBy:
    role: str
    name: str
    method: SignatureMethod
    image_png: bytes | None
    signed_at: datetime


@dataclass(frozen=True)
class ContractDocument:
    record_id: int
    version: int
    status: str
    mentee: str
    mentor: str
    mentor_role: str
    organisation: str
    agreed_at: datetime | None
    supersedes_version: int | None
    sections: list[Section]
    signatures: list[SignedBy]


@dataclass(frozen=True)
class ReviewDocument:
    record_id: int
    mentee: str
    mentor: str
    organisation: str
    held_on: date
    is_final: bool
    sections: list[Section]
    signatures: list[SignedBy]

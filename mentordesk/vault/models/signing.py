"""The mentor's signing identities, the signed records issued, and the countersignatures
that came back on them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentordesk.vault.models.base import Base


class SigningIdentity(Base):
    """A key and certificate the mentor signs records with. The private key (PKCS#8 DER)
    is held here only, inside the encrypted vault. One is in use (``retired_at`` empty);
    the ones it replaced are kept so that records they signed still verify as the mentor's."""

    __tablename__ = "signing_identity"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime]
    name: Mapped[str] = mapped_column(Text)  # the certificate's common name
    organisation: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(Text, unique=True)  # SHA-256 of cert_der, hex
    cert_der: Mapped[bytes] = mapped_column(LargeBinary)
    key_der: Mapped[bytes] = mapped_column(LargeBinary)
    chain_pem: Mapped[str] = mapped_column(Text, default="")  # issuers of an imported one
    imported: Mapped[bool] = mapped_column(default=False)
    retired_at: Mapped[datetime | None]


class IssuedRecord(Base):
    """A signed PDF that left the app: which record, how it was certified, and the file's
    SHA-256 and length, so that a copy coming back countersigned can be matched byte for
    byte to what was issued."""

    __tablename__ = "issued_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    issued_at: Mapped[datetime] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(Text)  # contract, review, …
    record_id: Mapped[int]
    reference: Mapped[str] = mapped_column(Text)  # MD-R-0004
    mode: Mapped[str] = mapped_column(Text)  # final (DocMDP 1) or countersign (DocMDP 2)
    sha256: Mapped[str] = mapped_column(Text, index=True)  # of the signed file, hex
    length: Mapped[int]
    document_sha256: Mapped[str] = mapped_column(Text)  # of the record as built (QR code)
    identity_id: Mapped[int] = mapped_column(ForeignKey("signing_identity.id"))


class Countersignature(Base):
    """A signature added to an issued record by someone else with their own digital ID."""

    __tablename__ = "countersignature"

    id: Mapped[int] = mapped_column(primary_key=True)
    issued_id: Mapped[int] = mapped_column(ForeignKey("issued_record.id"), index=True)
    field: Mapped[str] = mapped_column(Text)  # Mentee, Employer
    signer: Mapped[str] = mapped_column(Text)  # the certificate's common name
    organisation: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(Text)
    signed_at: Mapped[datetime | None]  # as the signer's computer stated it
    imported_at: Mapped[datetime]
    file_sha256: Mapped[str] = mapped_column(Text)  # the countersigned copy imported

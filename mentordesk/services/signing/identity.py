"""The mentor's signing identity, kept in the vault: made on first use or in Preferences,
or imported from a PKCS#12 file issued by the employer's or provider's certificate
authority. Replacing it keeps the old one (retired), so records it signed still verify as
the mentor's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk.documents.signing import (
    Identity,
    SigningError,
    certificate_file,
    identity_from_pkcs12,
    make_identity,
)
from mentordesk.services.profile import get_profile
from mentordesk.vault.fileio import atomic_write, read_limited
from mentordesk.vault.models import SigningIdentity

MAX_PKCS12_BYTES = 1_000_000


@dataclass(frozen=True)
class IdentityInfo:
    """What the app shows of a signing identity (never the key)."""

    id: int
    name: str
    organisation: str
    fingerprint: str
    created_at: datetime
    valid_from: datetime
    valid_until: datetime
    imported: bool
    issuer: str


def _row(db: Session) -> SigningIdentity | None:
    return db.scalars(
        select(SigningIdentity)
        .where(SigningIdentity.retired_at.is_(None))
        .order_by(SigningIdentity.id.desc())
    ).first()


def _chain_der(row: SigningIdentity) -> tuple[bytes, ...]:
    """The certificates that issued an imported identity's, as DER (none for one made here)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    if not row.chain_pem:
        return ()
    return tuple(
        c.public_bytes(serialization.Encoding.DER)
        for c in x509.load_pem_x509_certificates(row.chain_pem.encode())
    )


def _identity(row: SigningIdentity) -> Identity:
    return Identity(
        name=row.name,
        organisation=row.organisation,
        cert_der=row.cert_der,
        key_der=row.key_der,
        chain_der=_chain_der(row),
        imported=row.imported,
    )


def _info(row: SigningIdentity) -> IdentityInfo:
    from cryptography import x509

    cert = x509.load_der_x509_certificate(row.cert_der)
    return IdentityInfo(
        id=row.id,
        name=row.name,
        organisation=row.organisation,
        fingerprint=row.fingerprint,
        created_at=row.created_at,
        valid_from=cert.not_valid_before_utc,
        valid_until=cert.not_valid_after_utc,
        imported=row.imported,
        issuer="self-signed" if cert.issuer == cert.subject else cert.issuer.rfc4514_string(),
    )


def current(db: Session) -> IdentityInfo | None:
    """The identity records are signed with now, if one was made."""
    row = _row(db)
    return _info(row) if row else None


def _store(db: Session, identity: Identity, now: datetime) -> SigningIdentity:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    existing = db.scalars(
        select(SigningIdentity).where(SigningIdentity.fingerprint == identity.fingerprint)
    ).first()
    if existing is not None and existing.retired_at is None:
        raise SigningError("This certificate is already the one you sign with.")
    old = _row(db)
    if old is not None:
        old.retired_at = now
    if existing is not None:  # brought back into use
        existing.retired_at = None
        db.flush()
        return existing
    chain = "".join(
        x509.load_der_x509_certificate(c).public_bytes(serialization.Encoding.PEM).decode()
        for c in identity.chain_der
    )
    row = SigningIdentity(
        created_at=now,
        name=identity.name,
        organisation=identity.organisation,
        fingerprint=identity.fingerprint,
        cert_der=identity.cert_der,
        key_der=identity.key_der,
        chain_pem=chain,
        imported=identity.imported,
    )
    db.add(row)
    db.flush()
    return row


def _expired(row: SigningIdentity, now: datetime) -> bool:
    from cryptography import x509

    return x509.load_der_x509_certificate(row.cert_der).not_valid_after_utc <= now


def signing_identity(db: Session, now: datetime) -> tuple[int, Identity]:
    """The identity to sign with at ``now``: the one in use, or a new one made from the
    mentor's profile the first time a record is signed (or when the old one expired)."""
    row = _row(db)
    if row is None or (not row.imported and _expired(row, now)):
        row = _store(db, _new_from_profile(db, now), now)
    elif _expired(row, now):
        raise SigningError(
            "Your signing certificate has expired; import a new one, or make one, under "
            "File › Preferences… › Signing certificate…"
        )
    return row.id, _identity(row)


def _new_from_profile(db: Session, now: datetime) -> Identity:
    profile = get_profile(db)
    if profile is None or not profile.full_name.strip():
        raise SigningError(
            "Records are signed in the mentor's name, and this vault has no name for its mentor."
        )
    return make_identity(profile.full_name, profile.organisation, now)


def make_new(db: Session, now: datetime) -> IdentityInfo:
    """A new key and self-signed certificate from the profile; the old one is retired."""
    return _info(_store(db, _new_from_profile(db, now), now))


def import_pkcs12(db: Session, data: bytes, password: str, now: datetime) -> IdentityInfo:
    """Sign with the key and certificate in a PKCS#12 file from now on."""
    if len(data) > MAX_PKCS12_BYTES:
        raise SigningError("This file is too large to be a digital ID (.p12 or .pfx).")
    return _info(_store(db, identity_from_pkcs12(data, password, now), now))


def read_pkcs12(path: Path) -> bytes:
    """The bytes of a digital ID file (.p12 or .pfx) named by the mentor."""
    return read_limited(path, MAX_PKCS12_BYTES, "a digital ID (.p12 or .pfx)", SigningError)


def certificate(db: Session, pem: bool = True) -> bytes:
    """The certificate in use, to hand to an employer (PEM or DER)."""
    row = _row(db)
    if row is None:
        raise SigningError(
            "No signing certificate yet: make one under File › Preferences… › "
            "Signing certificate…, or sign a record."
        )
    return certificate_file(_identity(row), pem)


def export_certificate(db: Session, out: Path) -> Path:
    """Write the certificate in use to ``out``: DER for ``.cer``/``.der``, else PEM."""
    out = Path(out)
    if out.is_dir():
        raise SigningError(f"{out} is a folder; give a file name ending in .pem or .cer.")
    atomic_write(out, certificate(db, pem=out.suffix.lower() not in (".cer", ".der")))
    return out


def trusted(db: Session) -> list[bytes]:
    """Every certificate this vault has signed with, and their issuers: what the app trusts
    when it verifies a record."""
    found: list[bytes] = []
    for row in db.scalars(select(SigningIdentity).order_by(SigningIdentity.id)):
        found += [row.cert_der, *_chain_der(row)]
    return found

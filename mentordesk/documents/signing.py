"""Signing a record's PDF: the mentor's signing identity, and the one place a PDF is signed.

Every record leaves the app signed PAdES B-B with the mentor's key and certified: "no
changes allowed" (DocMDP level 1) for a final record, or "form filling and signing allowed"
(level 2) with an empty signature field per countersigner for a copy sent to be
countersigned. A visible stamp on the last page names the signer, the time, the
certificate's SHA-256 fingerprint and the record's reference, with a QR code carrying the
fingerprint and the SHA-256 of the document as built (the file before the signature was
added, its first revision).

pyHanko is imported inside the functions that sign, never on the app's start path.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from mentordesk.documents.layout import MENTOR_FIELD, Built
from mentordesk.errors import MentorDeskError

VALID_YEARS = 5
MAX_CERTIFICATE_BYTES = 1_000_000  # a certificate is a few kilobytes
DRAFT_REASON = "Draft of record"  # the signature's /Reason on a record not yet final


class SigningError(MentorDeskError):
    pass


@dataclass(frozen=True)
class Identity:
    """A signing key and its certificate (DER); ``key_der`` is PKCS#8 and lives only in
    the encrypted vault. ``chain_der`` holds the issuers' certificates of an imported one."""

    name: str
    organisation: str
    cert_der: bytes
    key_der: bytes = field(repr=False)
    chain_der: tuple[bytes, ...] = ()
    imported: bool = False

    @property
    def fingerprint(self) -> str:
        """The certificate's SHA-256, 64 upper-case hex digits."""
        return hashlib.sha256(self.cert_der).hexdigest().upper()


def grouped(fingerprint: str) -> str:
    """A fingerprint as people read it aloud: "3F2A 9C01 …" (16 groups of 4)."""
    return " ".join(fingerprint[i : i + 4] for i in range(0, len(fingerprint), 4))


def make_identity(name: str, organisation: str, now: datetime) -> Identity:
    """A new EC P-256 key and a self-signed certificate for it: CN = ``name``, O =
    ``organisation``, key usage digitalSignature + nonRepudiation, valid for five years."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    if not name.strip():
        raise SigningError(
            "Records are signed in the mentor's name, and this vault has no name for its mentor."
        )
    name, organisation = _fit(name), _fit(organisation)
    key = ec.generate_private_key(ec.SECP256R1())
    parts = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if organisation:
        parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    subject = x509.Name(parts)
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,  # nonRepudiation
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * VALID_YEARS + 1))
        .add_extension(usage, critical=True)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(
            x509.ExtendedKeyUsage([x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")]),  # doc signing
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    return Identity(
        name=name,
        organisation=organisation,
        cert_der=cert.public_bytes(serialization.Encoding.DER),
        key_der=_pkcs8(key),
    )


def _pkcs8(key: Any) -> bytes:
    """A private key as unencrypted PKCS#8 DER: the form the vault keeps it in."""
    from cryptography.hazmat.primitives import serialization

    return key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def _fit(text: str, limit: int = 64) -> str:
    """``text`` cut to what a certificate's name holds: 64 bytes of UTF-8, whole letters."""
    text = " ".join(text.split())
    while len(text.encode()) > limit:
        text = text[:-1]
    return text.rstrip()


def identity_from_pkcs12(data: bytes, password: str, now: datetime) -> Identity:
    """The key, certificate and chain in a PKCS#12 file (.p12/.pfx) issued by a CA."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password.encode() or None)
    except ValueError:
        raise SigningError(
            "This digital ID cannot be opened: the password is wrong, or the file is not a "
            "PKCS#12 (.p12 or .pfx) file."
        ) from None
    if key is None or cert is None:
        raise SigningError(
            "This file holds no signing key and certificate; ask for a .p12 "
            "file with the private key in it."
        )
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise SigningError(
            "This digital ID's key is of a kind PDF signatures do not use; "
            "ask for an RSA or elliptic-curve key."
        )
    if cert.not_valid_after_utc < now:
        raise SigningError(f"This certificate expired on {cert.not_valid_after_utc:%d %b %Y}.")
    if cert.not_valid_before_utc > now:
        raise SigningError(
            f"This certificate is valid only from {cert.not_valid_before_utc:%d %b %Y}."
        )
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (usage.digital_signature or usage.content_commitment):
            raise SigningError(
                "This certificate is not for signing (its key usage does not "
                "include digital signature); ask for a signing certificate."
            )
    except x509.ExtensionNotFound:
        pass
    names = cert.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    orgs = cert.subject.get_attributes_for_oid(x509.oid.NameOID.ORGANIZATION_NAME)
    return Identity(
        name=str(names[0].value) if names else cert.subject.rfc4514_string(),
        organisation=str(orgs[0].value) if orgs else "",
        cert_der=cert.public_bytes(serialization.Encoding.DER),
        key_der=_pkcs8(key),
        chain_der=tuple(c.public_bytes(serialization.Encoding.DER) for c in extra or []),
        imported=True,
    )


def certificate_file(identity: Identity, pem: bool) -> bytes:
    """The certificate to hand an employer: PEM text, or DER (a .cer file)."""
    if not pem:
        return identity.cert_der
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    cert = x509.load_der_x509_certificate(identity.cert_der)
    return cert.public_bytes(serialization.Encoding.PEM)


def read_certificate(path: Path) -> bytes:
    """A certificate file (PEM or DER) named by a user, as DER; :class:`SigningError` with
    a clear message when it cannot be read or is not a certificate."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    from mentordesk.vault.fileio import read_limited

    raw = read_limited(path, MAX_CERTIFICATE_BYTES, "a certificate", SigningError)
    try:
        if b"-----BEGIN CERTIFICATE-----" in raw:
            cert = x509.load_pem_x509_certificate(raw)
        else:
            cert = x509.load_der_x509_certificate(raw)
    except ValueError:
        raise SigningError(f"{path} is not a certificate (.pem or .cer).") from None
    return cert.public_bytes(serialization.Encoding.DER)


def first_revision(pdf: bytes, xref_at: int = 0) -> bytes:
    """The file as it was first written: up to and with the ``%%EOF`` line that ends its
    first cross-reference section (which starts at ``xref_at``; a PDF reader knows where).
    That is a record as built, before any signature was added; a title that happens to
    say "%%EOF" comes before the cross-reference and cannot end it early."""
    found = re.compile(rb"startxref\s+\d+\s*%%EOF").search(pdf, xref_at)
    if found is None:
        return pdf
    end = found.end()
    while end < len(pdf) and pdf[end : end + 1] in b"\r\n":
        end += 1
    return pdf[:end]


def document_hash(pdf: bytes, xref_at: int = 0) -> str:
    """SHA-256 of the document as built (its first revision), as the stamp's QR code holds it."""
    return hashlib.sha256(first_revision(pdf, xref_at)).hexdigest().upper()


def stamp_lines(identity: Identity, reference: str, when: datetime, *, certified: str) -> str:
    """The visible stamp's text (pyHanko fills nothing in it: every value is ours)."""
    local = when.astimezone()
    return "\n".join(
        [
            f"Digitally signed by {identity.name}"
            + (f", {identity.organisation}" if identity.organisation else ""),
            f"on {local.day} {local:%b %Y} at {local:%H:%M} · record {reference} · {certified}",
            f"Certificate SHA-256: {grouped(identity.fingerprint)}",
        ]
    )


def qr_text(identity: Identity, reference: str, doc_hash: str) -> str:
    """What the stamp's QR code says: upper case, so it packs densely (alphanumeric mode)."""
    return f"MENTORDESK {reference} CERT SHA-256 {identity.fingerprint} DOC SHA-256 {doc_hash}"


def sign_record(built: Built, identity: Identity, *, reference: str, now: datetime) -> bytes:
    """``built`` signed by ``identity`` at ``now``: certified "no changes allowed", or,
    when it has countersigners' places, "form filling and signing allowed" with an empty
    signature field in each place."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import QRStampStyle

    if MENTOR_FIELD not in built.boxes:
        raise SigningError("This record has no place for its signature stamp.")
    countersigners = [name for name in built.boxes if name != MENTOR_FIELD]
    writer = IncrementalPdfFileWriter(BytesIO(built.data), strict=False)
    for name in countersigners:
        box = built.boxes[name]
        fields.append_signature_field(
            writer, fields.SigFieldSpec(name, on_page=box.page, box=box.rect())
        )
    level = fields.MDPPerm.FILL_FORMS if countersigners else fields.MDPPerm.NO_CHANGES
    certified = (
        "certified: only form filling and signing allowed"
        if countersigners
        else "certified: no changes allowed"
    )
    if built.draft:
        certified += " · DRAFT, not a final record"
    meta = signers.PdfSignatureMetadata(
        field_name=MENTOR_FIELD,
        certify=True,
        docmdp_permissions=level,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        name=identity.name,
        reason=f"{DRAFT_REASON if built.draft else 'Record'} {reference}",
    )
    box = built.boxes[MENTOR_FIELD]
    style = QRStampStyle(
        stamp_text="%(lines)s",
        text_box_style=TextBoxStyle(font_size=7, leading=8),
        border_width=1,
    )
    signer = pdf_signer_at(
        meta,
        _signer(identity),
        stamp_style=style,
        new_field_spec=fields.SigFieldSpec(MENTOR_FIELD, on_page=box.page, box=box.rect()),
        when=now,
    )
    params = {
        "lines": stamp_lines(identity, reference, now, certified=certified),
        "url": qr_text(identity, reference, hashlib.sha256(built.data).hexdigest().upper()),
    }
    try:
        out = signer.sign_pdf(writer, appearance_text_params=params)
    except Exception as e:  # pyHanko's own errors, or a key it cannot use
        raise SigningError(f"The record could not be signed: {e}") from e
    return bytes(out.getvalue())


def _signer(identity: Identity) -> Any:
    from asn1crypto import keys, x509
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        cert = x509.Certificate.load(identity.cert_der)
        key = keys.PrivateKeyInfo.load(identity.key_der)
        chain = [x509.Certificate.load(c) for c in identity.chain_der]
    except ValueError as e:
        raise SigningError(
            "The signing key in this vault cannot be read; make a new one "
            "under File › Preferences… › Signing certificate…"
        ) from e
    return signers.SimpleSigner(
        signing_cert=cert,
        signing_key=key,
        cert_registry=SimpleCertificateStore.from_certs([cert, *chain]),
    )


@cache
def _at_time_class() -> type:
    from pyhanko.sign import signers

    class AtTime(signers.PdfSigner):
        """A PDF signer whose signing time is the app's clock, not the computer's."""

        def __init__(self, *args: Any, when: datetime, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._when = when

        def init_signing_session(self, pdf_out: Any, existing_fields_only: bool = False) -> Any:
            session = super().init_signing_session(pdf_out, existing_fields_only)
            session.system_time = self._when
            return session

    return AtTime


def pdf_signer_at(*args: Any, when: datetime, **kwargs: Any) -> Any:
    """A pyHanko ``PdfSigner(*args, **kwargs)`` whose signing time is ``when``."""
    return _at_time_class()(*args, when=when, **kwargs)

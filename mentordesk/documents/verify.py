"""Checking a signed PDF: one verdict in words, then the facts behind it.

The decision rests on pyHanko's ``bottom_line`` (intact, cryptographically valid, trusted)
together with what each signature covers, never on ``valid`` alone:

- the last signature must cover the entire file: anything appended after it, even an
  update pyHanko would call harmless, is a change;
- an earlier signature may cover only its own revision when every later revision holds
  only form filling and signing that its DocMDP level allows (a countersigned record).

Exit codes, as the command line returns them: 0 intact, fully covered, unchanged and
signed by a trusted certificate; 10 all that but the signer is not in the trusted list;
1 changed, invalid, damaged or not signed.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO
from typing import Any

from mentordesk.documents.signing import DRAFT_REASON, document_hash, grouped

OK, BAD, UNTRUSTED = 0, 1, 10  # the command line's exit codes
MAX_PDF_BYTES = 50_000_000  # far above any record; a larger file is refused unread
SIGNING_USAGES = frozenset({"digital_signature", "non_repudiation"})  # either will do
_BYTE_RANGE = re.compile(rb"/ByteRange\s*\[")  # one in every signature's dictionary
# Words only a signature's dictionary holds: one damaged byte cannot remove them all.
_SIGNATURE_MARKS = re.compile(rb"/ByteRange|/SubFilter|/Adobe\.PPKLite|/Type\s*/Sig\b")


@dataclass(frozen=True)
class SignatureFacts:
    field: str
    signer: str  # the certificate's common name
    organisation: str
    fingerprint: str  # SHA-256 of the signer's certificate
    signed_at: datetime | None  # as the signer's computer stated it
    intact: bool
    valid: bool
    trusted: bool
    coverage: str  # ENTIRE_FILE, ENTIRE_REVISION, …
    modification: str | None  # NONE, FORM_FILLING, … (changes after this signature)
    docmdp: str | None  # the certification level a certifying signature set
    docmdp_ok: bool
    bottom_line: bool
    revision: int  # the revision this signature closes (0 = the first)
    certificate_problem: str = ""  # e.g. "had expired", checked for any certificate
    reason: str = ""  # the signature's stated reason ("Record MD-R-0004")

    def when(self) -> str:
        return spoken_time(self.signed_at) if self.signed_at else "an unstated time"


@dataclass(frozen=True)
class Verdict:
    code: int  # OK, BAD or UNTRUSTED
    headline: str  # the one sentence a person reads first
    signatures: list[SignatureFacts] = field(default_factory=list)
    revisions: int = 0
    document_sha256: str = ""  # of the document as built: compare with the stamp's QR code
    file_sha256: str = ""
    unsigned_fields: tuple[str, ...] = ()  # signature fields nobody has signed yet

    @property
    def ok(self) -> bool:
        return self.code == OK

    def details(self) -> list[str]:
        """The facts behind the verdict, one line each, for the CLI and the dialog."""
        yes = {True: "yes", False: "NO"}
        lines = [f"File SHA-256: {self.file_sha256}"]
        if self.document_sha256:
            lines.append(
                f"Document as built (compare with the stamp's QR code): {self.document_sha256}"
            )
        lines.append(f"Revisions in the file: {self.revisions}")
        if self.unsigned_fields:
            lines.append(f"Waiting to be signed: {', '.join(self.unsigned_fields)}")
        for n, s in enumerate(self.signatures, 1):
            who = s.signer + (f", {s.organisation}" if s.organisation else "")
            lines += [
                f"Signature {n} ({s.field}): {who}, {s.when()}"
                + (f" · reason: {s.reason}" if s.reason else ""),
                f"  certificate SHA-256: {grouped(s.fingerprint)}",
                f"  intact: {yes[s.intact]} · valid: {yes[s.valid]} · trusted: {yes[s.trusted]}",
                f"  coverage: {s.coverage} · changes after it: {s.modification or 'unknown'}",
            ]
            if s.docmdp:
                lines.append(
                    f"  certifies the document: {s.docmdp} · permissions kept: {yes[s.docmdp_ok]}"
                )
        return lines


def _problem(facts: list[SignatureFacts], revisions: int, data: bytes) -> str:
    """Why the signatures ``facts`` (in file order) do not vouch for the whole file as it
    stands, as the verdict says it; "" when they do."""
    first, last = facts[0], facts[-1]
    for s in facts:
        if not s.intact:
            return f"CHANGED after signing: what {s.signer} signed no longer matches the signature."
        if not s.valid:
            return (
                f"Invalid signature: {s.signer}'s signature does not check "
                "out with their certificate."
            )
        if s.certificate_problem:
            return f"Invalid signature: {s.signer}'s certificate {s.certificate_problem}."
    if len(_BYTE_RANGE.findall(data)) > len(facts):
        return (
            "CHANGED after signing: a signature in this file was taken out of its form "
            "after it was made."
        )
    if last.coverage != "ENTIRE_FILE":
        added = revisions - 1 - last.revision
        if added > 0:
            return (
                f"CHANGED after signing: {added} update{'s were' if added != 1 else ' was'} "
                f"added to the file after {last.signer} signed."
            )
        return (
            "The signature does not cover the whole file: part of it was not "
            "signed and may have been changed."
        )
    closed = {s.revision for s in facts}
    for revision in range(first.revision + 1, revisions):
        if revision not in closed:  # an update nobody signed, between two signatures
            before = [s for s in facts if s.revision < revision][-1]
            return (
                f"CHANGED after signing: the file was updated after {before.signer} signed, "
                "and nobody signed that update."
            )
    for s in facts[:-1]:
        permitted = s.modification in ("NONE", "FORM_FILLING") and s.docmdp_ok
        if s.coverage != "ENTIRE_REVISION" or not permitted:
            return (
                f"CHANGED after signing: the file was changed after "
                f"{s.signer} signed, beyond the signatures it allows."
            )
    return ""


def spoken_time(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y} at {local:%H:%M}"


def _bad(headline: str, data: bytes, **facts: Any) -> Verdict:
    return Verdict(BAD, headline, file_sha256=hashlib.sha256(data).hexdigest().upper(), **facts)


def verify_pdf(data: bytes, trust: Sequence[bytes] = (), now: datetime | None = None) -> Verdict:
    """The verdict on ``data``; ``trust`` holds the DER certificates the reader trusts."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    signed = bool(_SIGNATURE_MARKS.search(data))  # it held a signature, whatever it reads as now
    if not data.lstrip()[:5] == b"%PDF-":
        if signed:
            return _bad(
                "CHANGED after signing: this signed file no longer starts as a PDF does.", data
            )
        return _bad("Not a PDF: this file does not start as a PDF does.", data)
    try:
        with _quiet():
            reader = PdfFileReader(BytesIO(data), strict=False)
            embedded = list(reader.embedded_signatures)
            revisions = reader.xrefs.total_revisions
            first_xref = reader.xrefs.get_xref_container_info(0).start_location
    except Exception as e:  # a damaged file makes pyHanko's reader raise many kinds
        return _bad(_unreadable(signed, "this PDF", e), data)
    if not embedded:
        if signed:
            return _bad(
                "CHANGED after signing: this PDF held a signature that no longer reads as one.",
                data,
                revisions=revisions,
            )
        return _bad(
            "Not signed: this PDF carries no digital signature, so nothing shows who made it "
            "or whether it was changed.",
            data,
            revisions=revisions,
        )
    try:
        with _quiet():
            context = _context(trust, now)
            facts = [_check(sig, context, now) for sig in embedded]
    except Exception as e:  # a damaged signature: pyHanko raises many kinds
        return _bad(_unreadable(True, "a signature in this PDF", e), data, revisions=revisions)
    facts.sort(key=lambda s: s.revision)
    from pyhanko.sign.fields import enumerate_sig_fields

    try:
        unsigned = tuple(
            name for name, value, _ref in enumerate_sig_fields(reader) if value is None
        )
    except Exception:  # a damaged form: the verdict below stands on the signatures
        unsigned = ()
    common: dict[str, Any] = {
        "unsigned_fields": unsigned,
        "signatures": facts,
        "revisions": revisions,
        "document_sha256": document_hash(data, first_xref),
        "file_sha256": hashlib.sha256(data).hexdigest().upper(),
    }
    problem = _problem(facts, revisions, data)
    if problem:
        return Verdict(BAD, problem, **common)
    first = facts[0]
    said = f"Signed by {first.signer} on {first.when()}"
    others = "".join(f"; countersigned by {s.signer} on {s.when()}" for s in facts[1:])
    unchanged = "not changed since" + (", apart from those signatures" if others else "")
    sentence = f"{said}{others}; {unchanged}."
    if first.reason.startswith(DRAFT_REASON):
        sentence += " It is marked as a DRAFT, not a final record."
    untrusted = [s for s in facts if not s.trusted]
    if untrusted:
        names = ", ".join(f"{s.signer} ({grouped(s.fingerprint)[:19]}…)" for s in untrusted)
        return Verdict(
            UNTRUSTED,
            f"Signer not in your trusted list: {names}. {sentence} Compare the certificate's "
            "fingerprint with the one the signer gave you before relying on it.",
            **common,
        )
    if not all(s.bottom_line for s in facts):
        return Verdict(BAD, f"Not valid: a signature fails its checks. {sentence}", **common)
    return Verdict(OK, sentence, **common)


@contextmanager
def _quiet() -> Iterator[None]:
    """pyHanko logs every failed check with a traceback; the verdict says it once, in words."""
    loggers = [logging.getLogger(n) for n in ("pyhanko", "pyhanko_certvalidator")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


def _unreadable(signed: bool, what: str, error: BaseException) -> str:
    """The verdict on a file that cannot be read: damaged, cut short, or (if it was signed)
    changed in a way that broke it; which of these cannot be told apart."""
    if signed:
        return (
            f"Invalid: {what} is damaged, cut short or CHANGED after signing, and cannot be "
            f"checked ({_short(error)})."
        )
    return f"Invalid: {what} is damaged or cut short and cannot be read ({_short(error)})."


def _short(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text[:120]


def _context(trust: Sequence[bytes], now: datetime | None) -> Any:
    """What the reader trusts, and when: one for every signature in a file."""
    from asn1crypto import x509
    from pyhanko_certvalidator import ValidationContext

    roots = [x509.Certificate.load(c) for c in trust]
    return ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail", moment=now
    )


def _check(sig: Any, context: Any, now: datetime | None) -> SignatureFacts:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    usage = KeyUsageConstraints(key_usage=set(SIGNING_USAGES), match_all_key_usages=False)
    status = validate_pdf_signature(sig, context, key_usage_settings=usage)
    cert = status.signing_cert
    problem = _certificate_problem(cert, status.signer_reported_dt or now)
    subject = cert.subject.native
    level = sig.docmdp_level
    modification = status.modification_level
    return SignatureFacts(
        field=str(sig.field_name),
        signer=str(subject.get("common_name") or cert.subject.human_friendly),
        organisation=str(subject.get("organization_name") or ""),
        fingerprint=hashlib.sha256(cert.dump()).hexdigest().upper(),
        signed_at=status.signer_reported_dt,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        coverage=status.coverage.name if status.coverage is not None else "NONE",
        modification=modification.name if modification is not None else None,
        docmdp=level.name if level is not None else None,
        docmdp_ok=bool(status.docmdp_ok),
        bottom_line=bool(status.bottom_line),
        revision=int(sig.signed_revision),
        certificate_problem=problem,
        reason=str(sig.sig_object.get("/Reason", "")),
    )


def _certificate_problem(cert: Any, moment: datetime | None) -> str:
    """What makes a certificate unfit to have signed at ``moment``, checked here for every
    certificate (pyHanko does not check a certificate the reader trusts directly)."""
    if moment is not None:
        if moment < cert.not_valid_before:
            return f"was not yet valid when it signed (valid from {cert.not_valid_before:%d %b %Y})"
        if moment > cert.not_valid_after:
            return f"had expired when it signed (on {cert.not_valid_after:%d %b %Y})"
    usage = cert.key_usage_value
    if usage is not None and not (SIGNING_USAGES & set(usage.native)):
        return "is not for signing (its key usage does not allow it)"
    return ""

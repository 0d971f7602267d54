"""The gateway pack for the end-point assessment organisation: one age-encrypted file
holding the signed portfolio PDF, every evidence file in one folder per KSB (a file mapped
to two KSBs is in both), ``index.json`` listing every file with its SHA-256 and KSBs, and
``index.json.p7s``, a detached CMS signature of the index made with the mentor's signing
identity (its certificate beside it as ``signer.pem``).

The package (a zip) is made in memory and only its ciphertext is written, by the one
package writer every export uses (``backup.package``); the export is then noted in the
vault and the mentee's gateway record says the portfolio was assembled that day.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from mentordesk import APP_NAME, __version__
from mentordesk.services.ksb import evidence, gateway
from mentordesk.services.ksb.portfolio import Portfolio, PortfolioFile, gather, signed_pdf

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from mentordesk.documents.signing import Identity

KIND = "gateway pack"  # as the vault's record of exports names it
FORMAT = "mentordesk-gateway-pack"
FORMAT_VERSION = 1
PORTFOLIO, INDEX, SIGNATURE, CERTIFICATE = (
    "portfolio.pdf",
    "index.json",
    "index.json.p7s",
    "signer.pem",
)
Progress = Callable[[int, int, str], None]
# The pack is made in memory (never plain on disk): files, then the zip, then its
# encryption. Over this many bytes of files, it is refused before anything is made.
PACK_LIMIT = 1 << 30


@dataclass(frozen=True)
class PackResult:
    path: Path
    files: int  # files in the package, its README, manifest and hash list included
    size: int  # bytes of the encrypted file
    sha256: str = ""  # of the encrypted file
    export_id: int = 0  # in the vault's record of exports


def member_names(files: Sequence[PortfolioFile]) -> list[tuple[PortfolioFile, str]]:
    """Each file's place in the pack, once per KSB: ``K1/2026-03-05_photo.jpg``. A stored
    name is never a path: it is made one safe segment (``../../x`` → ``x``, ``a/b`` →
    ``a_b``, empty → ``file``) and numbered when a folder already holds that name."""
    from mentordesk.backup.package import safe_name

    taken: set[str] = set()
    out = []
    for f in files:
        # the extension is kept apart, so a long name is shortened before it, not through it
        raw_stem, dot, raw_suffix = f.filename.rpartition(".")
        plain = dot and raw_stem.strip("._") and not set(raw_suffix) & set("/\\")
        suffix = safe_name(raw_suffix, "", 10) if plain else ""
        stem = safe_name(raw_stem if suffix else f.filename)
        stem = f"{f.occurred_on.isoformat()}_{stem}"
        dot = "." if suffix else ""
        base = f"{stem}{dot}{suffix}"
        for code in f.ksbs:
            folder = safe_name(code, "KSB")
            name, n = f"{folder}/{base}", 1
            while name.casefold() in taken:
                n += 1
                name = f"{folder}/{stem}-{n}{dot}{suffix}"
            taken.add(name.casefold())
            out.append((f, name))
    return out


def _read(db: Session, f: PortfolioFile) -> bytes:
    if f.store == "cpd":
        from mentordesk.services.cpd import evidence as cpd_files

        data = cpd_files.read_file(db, f.file_id)
    else:
        data = evidence.STORE.read_file(db, f.file_id)
    if hashlib.sha256(data).hexdigest() != f.sha256:
        raise evidence.EvidenceError(
            f"The evidence file {f.filename} ({f.evidence}) no longer matches the SHA-256 "
            "it was kept with; run mentordesk check on this vault before sending a pack."
        )
    return data


def detached_signature(data: bytes, identity: Identity) -> bytes:
    """A CMS (PKCS #7) detached signature of ``data`` (DER), by ``identity``, with its
    certificate and chain: ``openssl cms -verify -binary -inform DER`` checks it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    cert = x509.load_der_x509_certificate(identity.cert_der)
    key = serialization.load_der_private_key(identity.key_der, password=None)
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data)
    builder = builder.add_signer(cert, key, hashes.SHA256())  # type: ignore[arg-type]
    for der in identity.chain_der:
        builder = builder.add_certificate(x509.load_der_x509_certificate(der))
    options = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.Binary]
    return builder.sign(serialization.Encoding.DER, options)


def _index(
    found: Portfolio, pdf: bytes, placed: list[tuple[PortfolioFile, str]], now: datetime
) -> bytes:
    doc = found.document
    files: list[dict[str, Any]] = [
        {
            "path": PORTFOLIO,
            "sha256": hashlib.sha256(pdf).hexdigest(),
            "size": len(pdf),
            "ksbs": [],
            "what": "the signed KSB portfolio",
        }
    ]
    files += [
        {
            "path": name,
            "sha256": f.sha256,
            "size": f.size,
            "ksbs": list(f.ksbs),
            "evidence": f.evidence,
            "kind": f.kind,
            "occurred_on": f.occurred_on.isoformat(),
            "stored_name": f.filename,
        }
        for f, name in placed
    ]
    index = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "made_by": f"{APP_NAME} {__version__}",
        "made_at": now.isoformat(timespec="seconds"),
        "apprentice": doc.owner,
        "mentor": doc.mentor,
        "standard": doc.standard,
        "ksbs": [
            {"code": k.code, "status": k.status, "evidence": k.count, "required": k.required}
            for k in doc.ksbs
        ],
        "files": files,
    }
    return (json.dumps(index, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def readme(owner: str) -> str:
    """What the pack is and how to check it, for README.txt."""
    return f"""Gateway pack: the KSB portfolio of {owner} for the end-point assessment.

{PORTFOLIO}  the signed portfolio: every KSB of the standard, the evidence of each,
               and every evidence file's SHA-256
K1/, S3/, ...  the evidence files, one folder per KSB (a file evidencing two KSBs is in
               both folders)
{INDEX}     every file with its SHA-256 and the KSBs it evidences
{SIGNATURE} the mentor's signature of {INDEX} (CMS, detached)
{CERTIFICATE}     the mentor's certificate

To check the index is the mentor's, unchanged:
  openssl cms -verify -binary -inform DER -in {SIGNATURE} -content {INDEX} \\
      -certfile {CERTIFICATE} -CAfile {CERTIFICATE} -purpose any -out /dev/null
("Verification successful"), and check the certificate's SHA-256 fingerprint
  openssl x509 -in {CERTIFICATE} -noout -fingerprint -sha256
is the one printed on the portfolio's signature stamp, or one the mentor gave you.
Then check each file against the index (or with SHA256SUMS below)."""


def make_pack(
    db: Session,
    mentee_id: int,
    out: Path,
    now: datetime,
    *,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> PackResult:
    """Write the gateway pack of ``mentee_id`` to ``out``, encrypted to the age public keys
    ``recipients`` or to ``passphrase`` (one of the two), and note it in the vault."""
    from mentordesk.backup.package import check_protection
    from mentordesk.services.disclosure.sealed import seal_and_record
    from mentordesk.services.signing.identity import signing_identity

    check_protection(recipients, passphrase)  # refused before anything is issued
    step = progress or (lambda _d, _t, _w: None)
    found = gather(db, mentee_id, now.date())
    placed = member_names(found.files)
    size = sum(f.size for f, _name in placed)
    if size > PACK_LIMIT:
        raise evidence.EvidenceError(
            f"The gateway pack would hold {size / 2**30:.1f} GiB of evidence files; the limit "
            f"is {PACK_LIMIT // 2**30} GiB, as it is made in memory to keep it encrypted. "
            "Remove large recordings from the evidence, or share them separately."
        )
    total = len(placed) + 3
    step(1, total, "Signing the portfolio")
    pdf = signed_pdf(db, found, now)
    members: list[tuple[str, bytes]] = [(PORTFOLIO, pdf)]
    read: dict[tuple[str, int], bytes] = {}
    for n, (f, name) in enumerate(placed):
        step(2 + n, total, f"Adding {PurePosixPath(name).name}")
        key = (f.store, f.file_id)
        if key not in read:
            read[key] = _read(db, f)
        members.append((name, read[key]))
    del read
    index = _index(found, pdf, placed, now)
    _id, identity = signing_identity(db, now)
    from mentordesk.documents.signing import certificate_file

    members += [
        (INDEX, index),
        (SIGNATURE, detached_signature(index, identity)),
        (CERTIFICATE, certificate_file(identity, pem=True)),
    ]
    step(total - 1, total, f"Encrypting {Path(out).name}")
    done = seal_and_record(
        db,
        members,
        Path(out),
        kind=KIND,
        title=f"Gateway pack: {found.document.owner}",
        readme=readme(found.document.owner),
        summary={
            "mentee_ids": [mentee_id],
            "records": ["ksb_evidence"],
            "evidence_files": len(found.files),
        },
        now=now,
        recipients=recipients,
        passphrase=passphrase,
        recipient_label="end-point assessment organisation",
    )
    gateway.mark_portfolio_assembled(db, mentee_id, now.date())
    step(total, total, "Done")
    return PackResult(done.path, done.files, done.size, done.sha256, done.id)

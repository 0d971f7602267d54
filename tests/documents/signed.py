"""Signed PDFs for tests: a record as built, identities, an employer signing with pyHanko
as their own PDF tool would, and a reader of the stamp's text and QR code."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from io import BytesIO

from mentordesk.documents.layout import Built, Layout, build_pdf
from mentordesk.documents.model import Section
from mentordesk.documents.signing import Identity

WHEN = datetime(2026, 11, 24, 14, 2, tzinfo=UTC)


def built(countersigners: tuple[str, ...] = (), rows: int = 6) -> Built:
    return build_pdf(
        Layout(
            heading="Progress review",
            reference="MD-R-0004",
            intro=["Priya Patel, reviewed with Jane Doe."],
            sections=[
                Section("Goals", [(f"Goal {n}", "Running toolbox talks") for n in range(rows)])
            ],
            signatures=[],
            sign_statement="We agree.",
            footer="Progress review · Priya Patel",
            title="Progress review",
            author="Jane Doe",
            subject="Progress review",
            countersigners=countersigners,
        )
    )


def _sign(writer, signer, field: str, when: datetime, spec=None) -> bytes:  # noqa: ANN001
    """``writer`` signed in ``field`` at ``when`` (not the computer's clock, which CI moves)."""
    from pyhanko.sign import signers

    from mentordesk.documents.signing import pdf_signer_at

    meta = signers.PdfSignatureMetadata(field_name=field)
    pdf_signer = pdf_signer_at(meta, signer, new_field_spec=spec, when=when)
    return bytes(pdf_signer.sign_pdf(writer).getvalue())


def employer_signs(
    pdf: bytes, employer: Identity, field: str = "Employer", when: datetime = WHEN
) -> bytes:
    """The employer's own PDF tool adds their signature in an incremental update."""
    from asn1crypto import keys, x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert = x509.Certificate.load(employer.cert_der)
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=keys.PrivateKeyInfo.load(employer.key_der),
        cert_registry=SimpleCertificateStore.from_certs([cert]),
    )
    return _sign(IncrementalPdfFileWriter(BytesIO(pdf)), signer, field, when)


def employer_signs_with_hidden_change(pdf: bytes, employer: Identity) -> bytes:
    """The same, but the employer's revision also adds text to the first page."""
    from asn1crypto import keys, x509
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    forged = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 24 Tf 100 100 Td (Goal met) Tj ET")
    )
    contents = page["/Contents"]
    kept = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
    page["/Contents"] = generic.ArrayObject([*kept, forged])
    writer.update_container(page)
    signer = signers.SimpleSigner(
        signing_cert=x509.Certificate.load(employer.cert_der),
        signing_key=keys.PrivateKeyInfo.load(employer.key_der),
        cert_registry=None,
    )
    return _sign(writer, signer, "Employer", WHEN)


def append_update(pdf: bytes) -> bytes:
    """An incremental update after the signature that adds one unused object."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    writer.add_object(generic.TextStringObject("added later"))
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def _streams(obj, seen):  # noqa: ANN001, ANN202 - pypdf's objects
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

    if isinstance(obj, IndirectObject):
        if obj.idnum in seen:
            return
        seen.add(obj.idnum)
        obj = obj.get_object()
    if isinstance(obj, StreamObject):
        yield obj.get_data()
    if isinstance(obj, DictionaryObject):
        for key, value in obj.items():
            if key not in ("/Parent", "/P"):
                yield from _streams(value, seen)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            yield from _streams(value, seen)


def stamp(pdf: bytes, field: str = "Mentor") -> tuple[str, set[tuple[int, int]], int]:
    """The stamp of signature ``field``: its text (lines joined by newlines), the dark
    modules of its QR code as (column, row), and the page it is on (0-based)."""
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf))
    for number, page in enumerate(reader.pages):
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            if annot.get("/T") != field:
                continue
            text, modules = [], set()
            for data in _streams(annot["/AP"], set()):
                for literal in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
                    text.append(_unescape(literal))
                for x, y in re.findall(rb"(?m)^(\d+) (\d+) 1 1 re$", data):
                    modules.add((int(x), int(y)))
            return "\n".join(text), modules, number
    raise AssertionError(f"no signature field {field!r} with a stamp")


def _unescape(literal: bytes) -> str:
    out = re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), literal)
    out = re.sub(rb"\\(.)", rb"\1", out)
    return out.decode("cp1252")


def qr_modules(text: str) -> set[tuple[int, int]]:
    """The dark modules of ``text`` as a QR code, as pyHanko draws it."""
    import qrcode

    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    qr.add_data(text)
    qr.make()
    return {(x, y) for y, row in enumerate(qr.get_matrix()) for x, dark in enumerate(row) if dark}


def updated(pdf: bytes, change) -> bytes:  # noqa: ANN001 - change(writer)
    """``pdf`` with one incremental update made by ``change``, signed by nobody."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    change(writer)
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def retitle(writer) -> None:  # noqa: ANN001
    """A new document title (the PDF's /Info), "Review: FAILED"."""
    from pyhanko.pdf_utils import generic

    info = generic.DictionaryObject(
        {generic.NameObject("/Title"): generic.TextStringObject("Review: FAILED")}
    )
    writer.trailer["/Info"] = writer.add_object(info)


def without_mentor_field(pdf: bytes):  # noqa: ANN201 - a pyHanko writer
    """A writer on ``pdf`` whose form no longer lists the mentor's signature, with a line
    added to the first page: ready for someone else to sign."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    form = writer.root["/AcroForm"]
    form["/Fields"] = generic.ArrayObject(
        [f for f in form["/Fields"] if f.get_object().get("/T") != "Mentor"]
    )
    writer.update_container(form)
    if "/Perms" in writer.root:
        del writer.root["/Perms"]
        writer.update_root()
    page = writer.root["/Pages"]["/Kids"][0].get_object()
    forged = writer.add_object(generic.StreamObject(stream_data=b"BT 100 100 Td (Goal met) Tj ET"))
    contents = page["/Contents"]
    kept = list(contents) if isinstance(contents, generic.ArrayObject) else [contents]
    page["/Contents"] = generic.ArrayObject([*kept, forged])
    writer.update_container(page)
    return writer


def signs_with(writer, identity: Identity, field: str, visible: bool = True) -> bytes:  # noqa: ANN001
    from asn1crypto import keys, x509
    from pyhanko.sign import fields, signers

    cert = x509.Certificate.load(identity.cert_der)
    signer = signers.SimpleSigner(
        signing_cert=cert,
        signing_key=keys.PrivateKeyInfo.load(identity.key_der),
        cert_registry=None,
    )
    spec = fields.SigFieldSpec(field, on_page=0, box=(10, 10, 100, 50) if visible else None)
    return _sign(writer, signer, field, WHEN, spec)


def identity_with(name: str, usage, not_before, not_after) -> Identity:  # noqa: ANN001
    """A self-signed identity with the key usage and dates given (None: no key usage)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, name)])
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(not_before)
        .not_valid_after(not_after)
    )
    if usage is not None:
        builder = builder.add_extension(usage, critical=True)
    cert = builder.sign(key, hashes.SHA256())
    return Identity(
        name,
        "",
        cert.public_bytes(serialization.Encoding.DER),
        key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ),
    )

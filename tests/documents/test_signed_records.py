"""Signing a record and verifying it: the identity, the certification, the stamp, and the
verdict on a matrix of real files (intact, changed, appended to, cut short, untrusted,
countersigned, countersigned with a hidden change, unsigned)."""

from __future__ import annotations

import hashlib
from datetime import timedelta
from io import BytesIO

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import load_der_private_key

from mentordesk.documents.signing import (
    SigningError,
    certificate_file,
    document_hash,
    grouped,
    identity_from_pkcs12,
    make_identity,
    qr_text,
    sign_record,
)
from mentordesk.documents.verify import BAD, OK, UNTRUSTED, verify_pdf
from tests.documents.signed import (
    WHEN,
    append_update,
    built,
    employer_signs,
    employer_signs_with_hidden_change,
    qr_modules,
    stamp,
)


@pytest.fixture(scope="module")
def mentor():
    return make_identity("Jane Doe", "St Mary's Hospital", WHEN)


@pytest.fixture(scope="module")
def employer():
    return make_identity("Grace Obi", "Northfield Engineering", WHEN)


@pytest.fixture(scope="module")
def as_built():
    return built()


@pytest.fixture(scope="module")
def signed(mentor, as_built):
    return sign_record(as_built, mentor, reference="MD-R-0004", now=WHEN)


@pytest.fixture(scope="module")
def for_countersignature(mentor):
    return sign_record(built(("Mentee", "Employer")), mentor, reference="MD-R-0004", now=WHEN)


def test_the_certificate_is_p256_for_signing_named_for_the_mentor_for_five_years(mentor):
    cert = x509.load_der_x509_certificate(mentor.cert_der)
    cn = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value
    org = cert.subject.get_attributes_for_oid(x509.NameOID.ORGANIZATION_NAME)[0].value
    assert (cn, org) == ("Jane Doe", "St Mary's Hospital")
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign and not usage.value.key_encipherment
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    assert cert.public_key().curve.name == "secp256r1"
    years = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert timedelta(days=5 * 365) <= years <= timedelta(days=5 * 366 + 2)
    assert mentor.fingerprint == hashlib.sha256(mentor.cert_der).hexdigest().upper()
    key = load_der_private_key(mentor.key_der, None)
    assert key.public_key().public_numbers() == cert.public_key().public_numbers()


def test_a_record_is_certified_no_changes_with_a_stamp_naming_signer_time_and_fingerprint(
    mentor, signed, as_built
):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import MDPPerm

    (sig,) = PdfFileReader(BytesIO(signed)).embedded_signatures
    assert sig.docmdp_level is MDPPerm.NO_CHANGES
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"  # PAdES
    text, modules, page = stamp(signed)
    fp = grouped(mentor.fingerprint)
    local = WHEN.astimezone()
    assert text.splitlines() == [
        "Digitally signed by Jane Doe, St Mary's Hospital",
        f"on {local.day} {local:%b %Y} at {local:%H:%M} · record MD-R-0004 · "
        "certified: no changes allowed",
        f"Certificate SHA-256: {fp}",
    ]
    assert page == 0  # the last page of this one-page record
    # The QR code holds the fingerprint and the SHA-256 of the record as built.
    expected = qr_text(mentor, "MD-R-0004", document_hash(signed))
    assert mentor.fingerprint in expected
    assert document_hash(signed) == hashlib.sha256(as_built.data).hexdigest().upper()
    assert modules == qr_modules(expected)


def test_the_stamp_goes_on_the_last_page_of_a_long_record(mentor):
    long = built(rows=120)
    _text, _modules, page = stamp(sign_record(long, mentor, reference="MD-R-0004", now=WHEN))
    from pypdf import PdfReader

    assert page == len(PdfReader(BytesIO(long.data)).pages) - 1 > 0


def test_a_copy_for_countersignature_allows_only_form_filling_and_has_the_two_fields(
    for_countersignature,
):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import MDPPerm, enumerate_sig_fields

    reader = PdfFileReader(BytesIO(for_countersignature))
    (sig,) = reader.embedded_signatures
    assert sig.docmdp_level is MDPPerm.FILL_FORMS
    empty = {name for name, value, _ref in enumerate_sig_fields(reader) if value is None}
    assert empty == {"Mentee", "Employer"}
    assert "only form filling and signing allowed" in stamp(for_countersignature)[0]
    verdict = verify_pdf(for_countersignature, [], WHEN)
    assert verdict.unsigned_fields == ("Mentee", "Employer")
    assert "Waiting to be signed: Mentee, Employer" in verdict.details()


def test_the_private_key_is_nowhere_in_the_signed_file(mentor, signed, for_countersignature):
    key = load_der_private_key(mentor.key_der, None)
    scalar = key.private_numbers().private_value.to_bytes(32, "big")
    for pdf in (signed, for_countersignature):
        assert mentor.key_der not in pdf and scalar not in pdf
        assert scalar.hex().encode() not in pdf.lower()


# -- the verdict -----------------------------------------------------------------------------
def test_a_signed_record_is_intact_and_trusted_with_its_certificate(mentor, signed):
    verdict = verify_pdf(signed, [mentor.cert_der], WHEN)
    assert verdict.code == OK
    local = WHEN.astimezone()
    assert verdict.headline == (
        f"Signed by Jane Doe on {local.day} {local:%b %Y} at {local:%H:%M}; not changed since."
    )
    (s,) = verdict.signatures
    assert (s.intact, s.valid, s.trusted, s.coverage, s.modification, s.docmdp) == (
        True,
        True,
        True,
        "ENTIRE_FILE",
        "NONE",
        "NO_CHANGES",
    )
    details = "\n".join(verdict.details())
    assert "intact: yes · valid: yes · trusted: yes" in details
    assert f"certificate SHA-256: {grouped(mentor.fingerprint)}" in details


def test_without_the_certificate_the_signer_is_not_trusted(mentor, signed):
    verdict = verify_pdf(signed, [], WHEN)
    assert verdict.code == UNTRUSTED
    assert verdict.headline.startswith("Signer not in your trusted list: Jane Doe")
    assert "not changed since" in verdict.headline


def test_a_record_signed_by_another_key_is_not_trusted(mentor, signed):
    impostor = make_identity("Jane Doe", "St Mary's Hospital", WHEN)  # same name, other key
    forged = sign_record(built(), impostor, reference="MD-R-0004", now=WHEN)
    assert verify_pdf(forged, [mentor.cert_der], WHEN).code == UNTRUSTED
    assert verify_pdf(signed, [impostor.cert_der], WHEN).code == UNTRUSTED


def test_one_byte_flipped_inside_the_signed_range_is_a_change(mentor, signed):
    at = signed.index(b"/Producer")
    flipped = signed[:at] + bytes([signed[at] ^ 0x01]) + signed[at + 1 :]
    verdict = verify_pdf(flipped, [mentor.cert_der], WHEN)
    assert verdict.code == BAD and verdict.headline.startswith("CHANGED after signing")


def test_an_update_appended_after_signing_is_a_change_though_pyhanko_calls_it_valid(mentor, signed):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    appended = append_update(signed)
    (sig,) = PdfFileReader(BytesIO(appended)).embedded_signatures
    from asn1crypto import x509 as asn1

    roots = [asn1.Certificate.load(mentor.cert_der)]
    status = validate_pdf_signature(sig, ValidationContext(trust_roots=roots, moment=WHEN))
    assert status.valid and status.intact  # pyHanko alone would not say "changed"
    verdict = verify_pdf(appended, [mentor.cert_der], WHEN)
    assert verdict.code == BAD
    assert verdict.headline == (
        "CHANGED after signing: 1 update was added to the file after Jane Doe signed."
    )


def test_bytes_after_the_end_are_not_covered(mentor, signed):
    verdict = verify_pdf(signed + b"\n% a note\n", [mentor.cert_der], WHEN)
    assert verdict.code == BAD
    assert verdict.headline.startswith("The signature does not cover the whole file")


@pytest.mark.parametrize("keep", [0.5, 0.97])
def test_a_truncated_file_is_invalid(mentor, signed, keep):
    verdict = verify_pdf(signed[: int(len(signed) * keep)], [mentor.cert_der], WHEN)
    assert verdict.code == BAD and verdict.headline.startswith("Invalid:")


def test_a_plain_pdf_is_not_signed(mentor):
    verdict = verify_pdf(built().data, [mentor.cert_der], WHEN)
    assert verdict.code == BAD and verdict.headline.startswith("Not signed:")
    assert verify_pdf(b"hello", [], WHEN).headline.startswith("Not a PDF")


def test_countersigned_by_the_employer_is_valid_with_both_signatures(
    mentor, employer, for_countersignature
):
    back = employer_signs(for_countersignature, employer)
    verdict = verify_pdf(back, [mentor.cert_der, employer.cert_der], WHEN)
    assert verdict.code == OK
    assert [(s.field, s.signer) for s in verdict.signatures] == [
        ("Mentor", "Jane Doe"),
        ("Employer", "Grace Obi"),
    ]
    first, second = verdict.signatures
    assert (first.coverage, first.modification, first.docmdp_ok) == (
        "ENTIRE_REVISION",
        "FORM_FILLING",
        True,
    )
    assert second.coverage == "ENTIRE_FILE" and verdict.unsigned_fields == ("Mentee",)
    assert "countersigned by Grace Obi" in verdict.headline
    assert "apart from those signatures" in verdict.headline
    # The employer's certificate is theirs: not trusted until the reader adds it.
    assert verify_pdf(back, [mentor.cert_der], WHEN).code == UNTRUSTED


def test_a_page_change_hidden_in_the_employers_revision_is_refused(
    mentor, employer, for_countersignature
):
    back = employer_signs_with_hidden_change(for_countersignature, employer)
    verdict = verify_pdf(back, [mentor.cert_der, employer.cert_der], WHEN)
    assert verdict.code == BAD
    assert verdict.headline.startswith("CHANGED after signing: the file was changed after Jane")


def test_a_final_record_refuses_a_countersignature(mentor, employer, signed):
    from pyhanko.sign.general import SigningError as PyHankoRefusal

    with pytest.raises(PyHankoRefusal):  # pyHanko itself will not sign a level-1 record
        employer_signs(signed, employer, field="Extra")


# -- identities from elsewhere ----------------------------------------------------------------
def _pkcs12(identity, password: bytes | None, ca=None) -> bytes:
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        NoEncryption,
        pkcs12,
    )

    return pkcs12.serialize_key_and_certificates(
        b"id",
        load_der_private_key(identity.key_der, None),
        x509.load_der_x509_certificate(identity.cert_der),
        [x509.load_der_x509_certificate(c) for c in ca or []],
        BestAvailableEncryption(password) if password else NoEncryption(),
    )


def test_a_pkcs12_digital_id_signs_and_a_wrong_password_is_refused(employer):
    data = _pkcs12(employer, b"s3cret")
    with pytest.raises(SigningError, match="password is wrong"):
        identity_from_pkcs12(data, "wrong", WHEN)
    loaded = identity_from_pkcs12(data, "s3cret", WHEN)
    assert loaded.imported and loaded.fingerprint == employer.fingerprint
    pdf = sign_record(built(), loaded, reference="MD-R-0004", now=WHEN)
    assert verify_pdf(pdf, [employer.cert_der], WHEN).code == OK
    with pytest.raises(SigningError, match="expired"):
        identity_from_pkcs12(data, "s3cret", WHEN + timedelta(days=6 * 366))
    with pytest.raises(SigningError, match="not a PKCS#12"):
        identity_from_pkcs12(b"not a p12 file", "", WHEN)


def test_the_certificate_exports_as_pem_and_der(mentor):
    pem = certificate_file(mentor, pem=True)
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----\n")
    assert x509.load_pem_x509_certificate(pem) == x509.load_der_x509_certificate(mentor.cert_der)
    assert certificate_file(mentor, pem=False) == mentor.cert_der


def _ca_issued(now):
    """A provider's CA and a signing certificate it issued to the mentor."""
    from cryptography.hazmat.primitives import hashes, serialization

    def name(cn):
        return x509.Name([x509.NameAttribute(x509.NameOID.COMMON_NAME, cn)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Pennine Training CA"))
        .issuer_name(name("Pennine Training CA"))
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=30))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(name("Jane Doe"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    from cryptography.hazmat.primitives.serialization import pkcs12

    p12 = pkcs12.serialize_key_and_certificates(
        b"jane", key, leaf, [ca], serialization.BestAvailableEncryption(b"pw")
    )
    return p12, ca.public_bytes(serialization.Encoding.DER)


def test_a_ca_issued_digital_id_embeds_its_chain_and_verifies_against_the_ca():
    from pyhanko.pdf_utils.reader import PdfFileReader

    p12, ca_der = _ca_issued(WHEN)
    issued = identity_from_pkcs12(p12, "pw", WHEN)
    assert issued.chain_der == (ca_der,)
    pdf = sign_record(built(), issued, reference="MD-R-0004", now=WHEN)
    (sig,) = PdfFileReader(BytesIO(pdf)).embedded_signatures
    embedded = {c.chosen.dump() for c in sig.signed_data["certificates"]}
    assert ca_der in embedded and issued.cert_der in embedded
    verdict = verify_pdf(pdf, [ca_der], WHEN)  # the reader trusts the CA, not the mentor's cert
    assert verdict.code == OK and verdict.signatures[0].signer == "Jane Doe"


# -- files made to fool a checker ------------------------------------------------------------
def test_a_signature_taken_out_of_the_form_before_someone_else_signs_is_a_change(
    mentor, employer, signed, for_countersignature
):
    from tests.documents.signed import signs_with, without_mentor_field

    for issued in (signed, for_countersignature):
        forged = signs_with(without_mentor_field(issued), employer, "Approval")
        verdict = verify_pdf(forged, [mentor.cert_der, employer.cert_der], WHEN)
        assert verdict.code == BAD
        assert verdict.headline == (
            "CHANGED after signing: a signature in this file was taken out of its form after "
            "it was made."
        )


def test_an_unsigned_update_between_the_signatures_is_a_change(
    mentor, employer, for_countersignature
):
    from tests.documents.signed import retitle, updated

    back = employer_signs(updated(for_countersignature, retitle), employer)
    verdict = verify_pdf(back, [mentor.cert_der, employer.cert_der], WHEN)
    assert verdict.code == BAD
    assert verdict.headline == (
        "CHANGED after signing: the file was updated after Jane Doe signed, and nobody "
        "signed that update."
    )


def test_a_certificate_not_for_signing_or_expired_is_refused_even_when_trusted(
    mentor, for_countersignature
):
    from tests.documents.signed import identity_with

    encipher_only = x509.KeyUsage(False, False, True, False, False, False, False, False, False)
    cases = {
        "is not for signing": identity_with(
            "Key Only", encipher_only, WHEN - timedelta(days=1), WHEN + timedelta(days=30)
        ),
        "had expired when it signed": identity_with(
            "Old Key", None, WHEN - timedelta(days=400), WHEN - timedelta(days=30)
        ),
    }
    for problem, signer in cases.items():
        back = employer_signs(for_countersignature, signer)
        verdict = verify_pdf(back, [mentor.cert_der, signer.cert_der], WHEN)
        assert verdict.code == BAD
        assert verdict.headline.startswith(
            f"Invalid signature: {signer.name}'s certificate {problem}"
        )


def test_a_long_name_in_any_alphabet_fits_the_certificate():
    name = "a" * 63 + "é"
    made = make_identity(name, "Ośrodek Szkolenia " * 5, WHEN)
    cert = x509.load_der_x509_certificate(made.cert_der)
    cn = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)[0].value
    assert cn == made.name == "a" * 63 and len(made.organisation.encode()) <= 64


def test_the_qr_hash_is_of_the_whole_record_as_built_even_if_its_text_says_eof(mentor):
    from mentordesk.documents.layout import Layout, build_pdf

    odd = build_pdf(
        Layout(
            heading="Progress review",
            reference="MD-R-0004",
            intro=["x"],
            sections=[],
            signatures=[],
            sign_statement="",
            footer="f",
            title="Notes %%EOF and startxref 12 %%EOF",
            author="Jane Doe",
            subject="s",
        )
    )
    pdf = sign_record(odd, mentor, reference="MD-R-0004", now=WHEN)
    whole = hashlib.sha256(odd.data).hexdigest().upper()
    assert verify_pdf(pdf, [mentor.cert_der], WHEN).document_sha256 == whole
    _text, modules, _page = stamp(pdf)
    assert modules == qr_modules(qr_text(mentor, "MD-R-0004", whole))


def test_any_bit_flipped_in_the_signed_bytes_reads_as_changed(mentor, signed):
    import random
    import re

    found = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", signed)
    start, length, start2, length2 = map(int, found.groups())
    rng = random.Random(13)
    for _ in range(60):
        at = rng.choice(
            [rng.randrange(start, start + length), rng.randrange(start2, start2 + length2)]
        )
        flipped = bytearray(signed)
        flipped[at] ^= 1 << rng.randrange(8)
        verdict = verify_pdf(bytes(flipped), [mentor.cert_der], WHEN)
        assert verdict.code == BAD, at
        assert "CHANGED after signing" in verdict.headline, (at, verdict.headline)

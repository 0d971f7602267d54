"""Signed records through the vault: the identity made on first use, what was issued, and
countersigned copies coming back (recorded once; refused when changed or not ours)."""

from __future__ import annotations

import hashlib
import re
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import load_der_private_key
from sqlalchemy import select

from mentordesk.documents.signing import SigningError, make_identity
from mentordesk.documents.verify import OK, verify_pdf
from mentordesk.services.reviews import export, store
from mentordesk.services.reviews.store import ReviewError
from mentordesk.services.signing import countersigned, identity
from mentordesk.services.signing.countersigned import CountersignError
from mentordesk.vault.changes import changes_of
from mentordesk.vault.models import IssuedRecord, SigningIdentity
from tests.contract_data import signed_contract
from tests.documents.signed import employer_signs, employer_signs_with_hidden_change
from tests.services.test_reviews import SIGNED, TODAY, complete, three_signatures

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


@pytest.fixture
def review(vault) -> int:
    _, mid = signed_contract(vault)
    with vault.transaction() as db:
        return store.sign(
            db, None, complete(store.prefill(db, mid, TODAY)), three_signatures(), now=SIGNED
        )


@pytest.fixture(scope="module")
def employer():
    return make_identity("Grace Obi", "Northfield Engineering", NOW)


def test_the_first_record_signed_makes_the_identity_and_notes_what_was_issued(vault, review):
    with vault.session() as db:
        assert identity.current(db) is None
    with vault.transaction() as db:
        first = export.review_pdf(db, review, NOW)
    with vault.transaction() as db:
        second = export.review_pdf(db, review, NOW + timedelta(minutes=5))
        info = identity.current(db)
        issued = db.scalars(select(IssuedRecord).order_by(IssuedRecord.id)).all()
        trust = identity.trusted(db)
    assert info is not None and info.name == "Test Mentor" and info.issuer == "self-signed"
    assert [(r.kind, r.record_id, r.reference, r.mode) for r in issued] == [
        ("review", review, f"MD-R-{review:04d}", "final")
    ] * 2
    assert [r.sha256 for r in issued] == [hashlib.sha256(p).hexdigest() for p in (first, second)]
    assert issued[0].identity_id == issued[1].identity_id  # one identity, made once
    for pdf in (first, second):
        verdict = verify_pdf(pdf, trust, NOW)
        assert verdict.code == OK and verdict.signatures[0].fingerprint == info.fingerprint


def test_a_draft_review_is_not_sent_for_countersignature(vault):
    _, mid = signed_contract(vault)
    with vault.transaction() as db:
        rid = store.save(db, store.prefill(db, mid, TODAY), None, today=TODAY)
    with vault.transaction() as db, pytest.raises(ReviewError, match="draft"):
        export.review_pdf(db, rid, NOW, countersign=True)


def test_a_countersigned_copy_is_recorded_once_on_the_review(vault, review, employer):
    with vault.transaction() as db:
        sent = export.review_pdf(db, review, NOW, countersign=True)
    back = employer_signs(sent, employer)
    with vault.transaction() as db:
        done = countersigned.import_countersigned(db, back, NOW + timedelta(days=2))
        db.flush()
        assert review in changes_of(db).reviews  # the review's page refreshes
    assert (done.kind, done.record_id, done.already) == ("review", review, 0)
    assert (
        done.summary() == f"MD-R-{review:04d}: recorded the countersignature of Grace Obi "
        "(employer); the signed copy is kept in the vault."
    )
    with vault.transaction() as db:
        again = countersigned.import_countersigned(db, back, NOW + timedelta(days=3))
        rows = countersigned.countersignatures_of(db, "review", review)
        kept = countersigned.copy_by_reference(db, f"MD-R-{review:04d}")
    assert kept == back  # the signed copy itself, once, inside the vault
    assert again.added == [] and again.already == 1
    assert [(r.field, r.signer, r.organisation, r.fingerprint) for r in rows] == [
        ("Employer", "Grace Obi", "Northfield Engineering", employer.fingerprint)
    ]
    assert rows[0].signed_at is not None


@pytest.mark.parametrize(
    "case, message",
    [
        ("final copy", "final copy of MD-R-"),
        ("unsigned", "Nobody has signed this copy"),
        ("hidden change", "Refused: CHANGED after signing"),
        ("not ours", "does not start with any copy this vault issued"),
        ("not a pdf", "not a PDF"),
    ],
)
def test_a_copy_that_is_not_a_clean_countersignature_is_refused(
    vault, review, employer, case, message
):
    with vault.transaction() as db:
        final = export.review_pdf(db, review, NOW)
        sent = export.review_pdf(db, review, NOW, countersign=True)
    data = {
        "final copy": final,
        "unsigned": sent,
        "hidden change": employer_signs_with_hidden_change(sent, employer),
        "not ours": employer_signs(_foreign_copy(), employer),
        "not a pdf": b"PK\x03\x04 a zip",
    }[case]
    with vault.transaction() as db, pytest.raises(CountersignError, match=message):
        countersigned.import_countersigned(db, data, NOW)
    with vault.session() as db:
        assert countersigned.countersignatures_of(db, "review", review) == []


def _foreign_copy() -> bytes:
    from mentordesk.documents.signing import sign_record
    from tests.documents.signed import built

    other = make_identity("Someone Else", "", NOW)
    return sign_record(built(("Mentee", "Employer")), other, reference="MD-R-0001", now=NOW)


def test_a_digital_id_replaces_the_key_and_the_old_one_is_still_trusted(vault, review, employer):
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    with vault.transaction() as db:
        old = export.review_pdf(db, review, NOW)
        p12 = pkcs12.serialize_key_and_certificates(
            b"id",
            load_der_private_key(employer.key_der, None),
            x509.load_der_x509_certificate(employer.cert_der),
            None,
            BestAvailableEncryption(b"pw"),
        )
        with pytest.raises(SigningError, match="password is wrong"):
            identity.import_pkcs12(db, p12, "nope", NOW)
        info = identity.import_pkcs12(db, p12, "pw", NOW)
    with vault.transaction() as db:
        new = export.review_pdf(db, review, NOW)
        trust = identity.trusted(db)
        retired = db.scalars(select(SigningIdentity).where(SigningIdentity.retired_at.is_not(None)))
        assert len(retired.all()) == 1
        with pytest.raises(SigningError, match="already the one you sign with"):
            identity.import_pkcs12(db, p12, "pw", NOW)
    assert info.imported and info.fingerprint == employer.fingerprint
    assert verify_pdf(new, trust, NOW).signatures[0].signer == "Grace Obi"
    assert verify_pdf(old, trust, NOW).code == OK == verify_pdf(new, trust, NOW).code


def test_the_certificate_exported_is_private_and_opens(vault, review, tmp_path):
    with vault.transaction() as db:
        with pytest.raises(SigningError, match="No signing certificate yet"):
            identity.export_certificate(db, tmp_path / "none.pem")
        identity.make_new(db, NOW)
        pem = identity.export_certificate(db, tmp_path / "mentor.pem")
        cer = identity.export_certificate(db, tmp_path / "mentor.cer")
        fingerprint = identity.current(db).fingerprint
    assert pem.stat().st_mode & 0o777 == 0o600
    cert = x509.load_pem_x509_certificate(pem.read_bytes())
    assert x509.load_der_x509_certificate(cer.read_bytes()) == cert
    assert hashlib.sha256(cer.read_bytes()).hexdigest().upper() == fingerprint


def _files_holding(folder: Path, needles: list[bytes], since: float = 0) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        try:  # other programs' files come and go meanwhile
            if not path.is_file() or path.is_symlink() or path.stat().st_mtime < since:
                continue
            data = path.read_bytes()
        except OSError:
            continue
            if any(n in data for n in needles):
                found.append(path)
    return found


def test_the_private_key_is_in_no_file_outside_the_encrypted_vault(vault, review, tmp_path):
    started = time.time() - 1
    with vault.transaction() as db:
        export.export_review(db, review, tmp_path / "review.pdf", NOW)
        export.export_review(db, review, tmp_path / "copy.pdf", NOW, countersign=True)
        identity.export_certificate(db, tmp_path / "mentor.pem")
        key_der = db.scalars(select(SigningIdentity.key_der)).one()
    scalar = load_der_private_key(key_der, None).private_numbers().private_value.to_bytes(32, "big")
    needles = [key_der, scalar, scalar.hex().encode(), key_der.hex().encode()]
    vault.close()
    for folder in (vault.folder, tmp_path):
        assert _files_holding(folder, needles) == [], folder
    assert _files_holding(Path(tempfile.gettempdir()), needles, since=started) == []


def test_erasing_the_mentee_removes_the_notes_of_their_issued_and_countersigned_copies(
    vault, review, employer
):
    from mentordesk.services import erasure
    from mentordesk.services.contracts import export as contract_export
    from mentordesk.vault.models import Contract, Countersignature, ProgressReview

    with vault.transaction() as db:
        mid = db.get_one(ProgressReview, review).mentee_id
        cid = db.scalars(select(Contract.id).where(Contract.mentee_id == mid)).first()
        sent = export.review_pdf(db, review, NOW, countersign=True)
        contract_export.contract_pdf(db, cid, NOW)
    with vault.transaction() as db:
        countersigned.import_countersigned(db, employer_signs(sent, employer), NOW)
    other = signed_contract(vault, name="Tom Reid")[0]
    with vault.transaction() as db:
        contract_export.contract_pdf(db, other, NOW)
        plan = erasure.plan(db, mid)
        assert ("notes of signed copies issued", 2) in plan.goes
        erasure.erase(db, mid, confirm=plan.full_name, now=NOW)
    with vault.session() as db:
        left = db.scalars(select(IssuedRecord)).all()
        assert [(r.kind, r.record_id) for r in left] == [("contract", other)]
        assert db.scalars(select(Countersignature)).all() == []
        assert countersigned.copy_by_reference(db, f"MD-R-{review:04d}") is None


def test_a_failed_write_does_not_put_the_key_in_the_error(vault):
    from mentordesk.documents.signing import make_identity as make

    key = make("Test Mentor", "", NOW)
    with vault.session() as db:
        db.add(
            SigningIdentity(
                created_at=datetime(2026, 1, 1),  # naive: refused
                name="x",
                organisation="",
                fingerprint=key.fingerprint,
                cert_der=key.cert_der,
                key_der=key.key_der,
                chain_pem="",
                imported=False,
            )
        )
        with pytest.raises(Exception) as raised:
            db.flush()
    text = str(raised.value)
    assert "naive datetime" in text
    assert repr(key.key_der)[2:40] not in text and key.key_der.hex() not in text


def test_a_countersignature_in_a_new_field_or_with_the_mentors_own_key_is_refused(
    vault, review, employer
):
    from mentordesk.services.signing.identity import signing_identity
    from tests.documents.signed import signs_with

    with vault.transaction() as db:
        sent = export.review_pdf(db, review, NOW, countersign=True)
        _id, own = signing_identity(db, NOW)
    from io import BytesIO

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    new_field = signs_with(
        IncrementalPdfFileWriter(BytesIO(sent)), employer, "HR Director", visible=False
    )
    cases = {
        "signed in a field of their own ('HR Director')": new_field,
        "made with your own signing key": employer_signs(sent, own),
    }
    for message, data in cases.items():
        with vault.transaction() as db, pytest.raises(CountersignError, match=re.escape(message)):
            countersigned.import_countersigned(db, data, NOW)
    with vault.session() as db:
        assert countersigned.countersignatures_of(db, "review", review) == []


def test_a_draft_review_is_signed_as_a_draft_and_the_verdict_says_so(vault):
    from tests.documents.signed import stamp

    _, mid = signed_contract(vault)
    with vault.transaction() as db:
        rid = store.save(db, store.prefill(db, mid, TODAY), None, today=TODAY)
        draft = export.review_pdf(db, rid, NOW)
        trust = identity.trusted(db)
    verdict = verify_pdf(draft, trust, NOW)
    assert verdict.code == OK
    assert verdict.headline.endswith("It is marked as a DRAFT, not a final record.")
    assert f"reason: Draft of record MD-R-{rid:04d}" in "\n".join(verdict.details())
    assert "· DRAFT, not a final record" in stamp(draft)[0]

"""Signed records in the app: a contract sent for countersigning, the copy coming back
through File › Import countersigned record, File › Verify a PDF, and the signing
certificate in Preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from mentordesk.documents.signing import certificate_file, make_identity
from mentordesk.documents.verify import verify_pdf
from tests.documents.signed import append_update, employer_signs
from tests.gui.conftest import settle


def _signed_contract_row(page) -> int:
    from mentordesk.ui.table_model import ROW_ROLE
    from mentordesk.vault.enums import ContractStatus

    for row in range(page.proxy.rowCount()):
        summary = page.proxy.index(row, 0).data(ROW_ROLE)
        if summary.status is not ContractStatus.DRAFT:
            page.table.selectRow(row)
            return summary.id
    raise AssertionError("the demo has no signed contract")


def _answer_files(monkeypatch, save: Path | None = None, open_: Path | None = None):
    if save is not None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(save), ""))
    if open_ is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(open_), ""))


def test_a_contract_goes_out_for_countersigning_and_comes_back_recorded(
    demo_window, qtbot, monkeypatch, tmp_path, message_boxes
):
    window = demo_window
    page = window.page("contracts")
    window.show_module(window.row_of("contracts"))
    cid = _signed_contract_row(page)
    assert page.countersign_button.isEnabled() and not page.countersigned.isVisible()
    sent = tmp_path / "to-countersign.pdf"
    _answer_files(monkeypatch, save=sent)
    page.countersign_button.click()
    settle(qtbot, window.ops)
    assert sent.stat().st_mode & 0o777 == 0o600
    assert window.saved_notice.path == sent  # "Saved to …" with Open folder
    assert "for countersigning" in window.saved_notice.label.full
    now = window.ops.clock.now()
    first = verify_pdf(sent.read_bytes(), [], now).signatures[0]
    assert first.docmdp == "FILL_FORMS" and first.field == "Mentor"

    employer = make_identity("Grace Obi", "Northfield Engineering", now)
    back = tmp_path / "back.pdf"
    back.write_bytes(employer_signs(sent.read_bytes(), employer))
    _answer_files(monkeypatch, open_=back)
    window.import_countersigned()
    settle(qtbot, window.ops)
    title, told = message_boxes[-1]
    assert title == "Import countersigned record"
    assert told.startswith(f"MD-C-{cid:04d}: recorded the countersignature of Grace")
    page.select_contract(cid)
    assert page.countersigned.isVisibleTo(page)
    assert "Employer: Grace Obi, Northfield Engineering" in page.countersigned.text()

    # File › Verify a PDF: the mentor's own certificate is trusted, the employer's is added.
    from mentordesk.ui.verify_dialog import VerifyDialog

    dialog = VerifyDialog(window.ops, window)
    qtbot.addWidget(dialog)
    dialog.check(back)
    assert dialog.verdict.text().startswith("⚠ Signer not in your trusted list: Grace Obi")
    cert = tmp_path / "employer.pem"
    cert.write_bytes(certificate_file(employer, pem=True))
    _answer_files(monkeypatch, open_=cert)
    dialog.trust_button.click()
    assert dialog.code == 0
    assert dialog.verdict.text().startswith("✔ Signed by ")
    assert "countersigned by Grace Obi" in dialog.verdict.text()
    assert "Signature 2 (Employer): Grace Obi" in dialog.details.toPlainText()
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(append_update(back.read_bytes()))
    dialog.check(changed)
    assert dialog.code == 1 and dialog.verdict.text().startswith("✖ CHANGED after signing")


def test_a_changed_copy_is_refused_and_nothing_is_recorded(
    demo_window, qtbot, monkeypatch, tmp_path, message_boxes
):
    window = demo_window
    page = window.page("contracts")
    cid = _signed_contract_row(page)
    sent = tmp_path / "to-countersign.pdf"
    _answer_files(monkeypatch, save=sent)
    page.countersign_button.click()
    settle(qtbot, window.ops)
    employer = make_identity("Grace Obi", "", window.ops.clock.now())
    back = tmp_path / "back.pdf"
    back.write_bytes(append_update(employer_signs(sent.read_bytes(), employer)))
    _answer_files(monkeypatch, open_=back)
    window.import_countersigned()
    settle(qtbot, window.ops)
    assert any("Refused: CHANGED after signing" in text for _t, text in message_boxes)
    page.select_contract(cid)
    assert not page.countersigned.isVisibleTo(page)


def test_the_signing_certificate_is_made_shown_and_exported(
    demo_window, qtbot, monkeypatch, tmp_path
):
    from mentordesk.ui.signing_dialog import SigningDialog

    dialog = SigningDialog(demo_window.ops, demo_window)
    qtbot.addWidget(dialog)
    assert dialog.signer.text().startswith("No certificate yet")
    assert not dialog.export_button.isEnabled()
    dialog.new_button.click()  # none yet: no question asked
    fingerprint = dialog.fingerprint.accessibleName().split(": ", 1)[1]
    assert len(fingerprint.replace(" ", "")) == 64
    assert dialog.issuer.text() == "Self-signed (made by MentorDesk)"
    out = tmp_path / "mentor.cer"
    _answer_files(monkeypatch, save=out)
    dialog.export_button.click()
    import hashlib

    assert hashlib.sha256(out.read_bytes()).hexdigest().upper() == fingerprint.replace(" ", "")
    assert out.stat().st_mode & 0o777 == 0o600


def test_a_final_review_goes_out_for_countersigning_and_shows_who_countersigned(
    demo_window, qtbot, monkeypatch, tmp_path, demo_vault
):
    from mentordesk.services.reviews import store
    from mentordesk.ui.planner.review_dialog import ReviewDialog

    ops = demo_window.ops
    rid, mid = demo_vault.connection.execute(
        "SELECT id, mentee_id FROM progress_review WHERE is_final = 1 ORDER BY id"
    ).fetchone()
    form = ops.read(lambda job: store.open_form(job.db, mid, job.today, rid)).value
    dialog = ReviewDialog(ops, form, demo_window)
    qtbot.addWidget(dialog)
    assert dialog.countersign_button.isEnabled()
    assert "Countersigned" not in dialog.state.text()
    sent = tmp_path / "review-copy.pdf"
    _answer_files(monkeypatch, save=sent)
    dialog.countersign_button.click()
    settle(qtbot, ops)
    employer = make_identity("Grace Obi", "Riverside", ops.clock.now())
    back = tmp_path / "back.pdf"
    back.write_bytes(employer_signs(sent.read_bytes(), employer, field="Mentee"))
    _answer_files(monkeypatch, open_=back)
    demo_window.import_countersigned()
    settle(qtbot, ops)
    dialog.show_lock()
    assert "Countersigned — Mentee: Grace Obi, Riverside" in dialog.state.text()


def test_every_menu_gives_each_item_its_own_letter(demo_window):
    import re

    for top in demo_window.menuBar().actions():
        letters = {}
        for action in top.menu().actions():
            found = re.search(r"&(\w)", action.text())
            if found:
                letter = found.group(1).lower()
                assert letter not in letters, (top.text(), action.text(), letters[letter])
                letters[letter] = action.text()


def test_a_past_final_review_opens_from_the_planner_to_print_or_send(
    demo_window, demo_vault, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    from mentordesk.ui.planner.review_dialog import ReviewDialog

    rid, mid, held = demo_vault.connection.execute(
        "SELECT id, mentee_id, held_on FROM progress_review WHERE is_final = 1 ORDER BY id"
    ).fetchone()
    offered: list[list[str]] = []

    from datetime import date

    day = date.fromisoformat(str(held)[:10])

    def choose(_parent, _title, _label, items, *_args):
        offered.append(list(items))
        return f"{day.day} {day:%b %Y}: signed and final", True

    opened: list[ReviewDialog] = []
    monkeypatch.setattr(QInputDialog, "getItem", choose)
    monkeypatch.setattr(ReviewDialog, "exec", lambda self: opened.append(self))
    page = demo_window.page("planner")
    page.open_review(mid)
    assert offered[0][0] == "A new review, or the draft in progress"
    (dialog,) = opened
    assert dialog.review_id == rid and dialog.is_final
    assert dialog.countersign_button.isEnabled() and dialog.print_button.isEnabled()

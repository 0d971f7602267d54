"""The contract wizard driven as a mentor would: from an empty vault to a signed contract,
closing mid-way and resuming, and revising into version 2."""

from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from mentordesk.services import contracts, mentees
from mentordesk.ui.contract_wizard import ContractWizard, resume
from mentordesk.vault.enums import SignatureMethod, SignerRole
from mentordesk.vault.models import ContractStatus, Goal, KsbRating, Signature
from tests.gui.conftest import settle

PAGE = {key: n for n, key in enumerate(contracts.PAGES)}


def draw(pad, points):
    """A pen stroke on the signature pad, as real mouse events."""

    def send(kind, x, y, buttons):
        event = QMouseEvent(
            kind,
            QPointF(x, y),
            QPointF(x, y),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad, event)

    send(QEvent.Type.MouseButtonPress, *points[0], Qt.MouseButton.LeftButton)
    for x, y in points[1:]:
        send(QEvent.Type.MouseMove, x, y, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, *points[-1], Qt.MouseButton.NoButton)


def go_next(wizard, expect_page=None, error=None):
    before = wizard.currentId()
    wizard.next()
    if error is not None:
        assert wizard.currentId() == before, "the page should have refused"
        assert error in wizard.currentPage().error.text()
    elif expect_page is not None:
        assert wizard.currentId() == PAGE[expect_page], wizard.currentPage().error.text()


def fill_to_goals(wizard, qtbot):
    """Pages 1 and 2, with the mistakes a mentor might make on the way."""
    p1 = wizard.currentPage()
    go_next(wizard, error="Choose a mentee, or type")
    qtbot.keyClicks(p1.new_name, "Priya Patel")
    go_next(wizard, error="programme standard")
    p1.standard.setCurrentIndex(p1.standard.findText("ST1379", Qt.MatchFlag.MatchStartsWith))
    p1.start.set_value(date(2026, 9, 1))
    p1.has_end.setChecked(True)
    p1.end.set_value(date(2026, 8, 1))
    go_next(wizard, error="after the start")
    p1.end.set_value(date(2027, 12, 1))
    p1.otj.setValue(278)
    go_next(wizard, "starting_point")
    p2 = wizard.currentPage()
    assert len(p2.grid.boxes) == 35
    assert p2.counter.text().startswith("70 rating") and "still to give" in p2.counter.text()
    for row in range(len(p2.grid.boxes)):
        p2.set_rating(row, row % 5, (row + 2) % 5)
    p2.summary.setPlainText("Experienced nurse, new to mentoring")
    go_next(wizard, "goals")


def fill_goal(page):
    page.add_goal()
    page.goal_title.setText("Plan sessions with a model")
    page.specific.setPlainText("Use GROW to plan every session")
    page.measure.setPlainText("Plans reviewed at each progress review")
    page.target.set_value(date(2027, 3, 1))
    page.check_ksb("K3")
    page.check_ksb("S3")


def test_whole_wizard_from_an_empty_vault_to_a_signed_contract(vault, qtbot, tmp_path, ops):
    wizard = ContractWizard(ops)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_to_goals(wizard, qtbot)
    goals = wizard.currentPage()
    go_next(wizard, error="at least one development goal")
    fill_goal(goals)
    goals.levels[0].setText("All sessions planned")
    go_next(wizard, error="all five attainment levels")
    goals.levels[0].clear()
    go_next(wizard, "barriers")
    barriers = wizard.currentPage()
    row = barriers.add_row()
    barriers.set_cell(row, 1, "Shift pattern")
    go_next(wizard, error="agree the support")
    barriers.set_cell(row, 2, "Fixed Tuesday slot")
    go_next(wizard, "boundaries")
    bounds = wizard.currentPage()
    assert bounds.texts["safeguarding_limit"].toPlainText()  # wording to start from
    bounds.every.setValue(21)
    bounds.texts["contact_arrangements"].clear()
    go_next(wizard, error="make contact")
    bounds.texts["contact_arrangements"].setPlainText("Teams, working hours")
    go_next(wizard, "stakeholders")
    people = wizard.currentPage()
    assert len(people.cards) == 2  # a line manager and a safeguarding lead to fill in
    grace, tom = people.cards
    grace.name.setText("Grace Obi")
    grace.email.setText("grace@example")
    grace.consent.setChecked(True)
    grace.what.setText("Progress reviews")
    go_next(wizard, error="Stakeholder 1 (Grace Obi): “grace@example” is not an email")
    grace.email.setText("grace@example.org")
    go_next(wizard, error="Stakeholder 2: enter their name")
    tom.name.setText("Tom Reid")
    tom.phone.setText("01632 960123")
    go_next(wizard, "sign")
    sign = wizard.currentPage()
    review = sign.review.toPlainText()
    for heading in ("Mentee and programme", "Development goals", "Stakeholders and data sharing"):
        assert heading in review
    assert "Plan sessions with a model" in review and "every 3 weeks" in review
    assert sign.mentee.name.text() == "Priya Patel" and sign.mentor.name.text() == "Test Mentor"
    assert sign.employer.name.text() == "Grace Obi"  # the line manager, if they sign
    assert not sign.employer.signs()  # the employer's signature is optional
    wizard.next()  # Finish is refused: nobody has signed yet
    assert wizard.signed_contract_id is None and "signature from the mentee is empty" in (
        sign.error.text()
    )
    draw(sign.mentee.pad, [(20, 50), (60, 20), (100, 60), (150, 30), (200, 55)])
    assert not sign.mentee.pad.is_empty()
    sign.mentor.type.setChecked(True)
    assert sign.validatePage()
    wizard.accept()
    cid = wizard.signed_contract_id
    assert cid is not None

    with vault.session() as db:
        c = contracts.get(db, cid)
        m = mentees.get(db, c.mentee_id)
        assert (m.full_name, m.start_date, m.planned_end_date, m.otj_hours_target) == (
            "Priya Patel",
            date(2026, 9, 1),
            date(2027, 12, 1),
            278,
        )
        assert c.status is ContractStatus.ACTIVE and c.version == 1
        assert c.meeting_every_days == 21 and c.contact_arrangements == "Teams, working hours"
        [goal] = db.scalars(select(Goal).where(Goal.contract_id == cid))
        assert goal.title == "Plan sessions with a model" and goal.target_date == date(2027, 3, 1)
        assert sorted(k.code for k in goal.ksbs) == ["K3", "S3"]
        assert [(b.kind.value, b.agreed_support) for b in c.barriers] == [
            ("time", "Fixed Tuesday slot")
        ]
        assert {(s.stakeholder.name, s.consent_given) for s in c.consents} == {
            ("Grace Obi", True),
            ("Tom Reid", False),
        }
        scan = db.scalars(select(KsbRating).where(KsbRating.contract_id == cid)).all()
        assert len(scan) == 70
        sigs = {s.signer_role.value: s for s in db.scalars(select(Signature))}
        assert set(sigs) == {"mentee", "mentor"}
        assert sigs["mentee"].method.value == "drawn"
        assert sigs["mentee"].image_png.startswith(b"\x89PNG")
        assert sigs["mentor"].method.value == "typed" and sigs["mentor"].image_png is None
        pdf = contracts.contract_pdf(db, cid, datetime(2026, 11, 24, 10, tzinfo=UTC))
    assert pdf.startswith(b"%PDF")


def test_close_mid_wizard_then_resume_on_the_same_page(vault, qtbot, monkeypatch, ops):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    wizard = ContractWizard(ops)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_to_goals(wizard, qtbot)
    fill_goal(wizard.currentPage())
    wizard.currentPage().goal_title.setText("Half-written goal")
    wizard.reject()  # "Save and close", or the window closed
    contract_id = wizard.contract_id
    with vault.session() as db:
        [draft] = contracts.drafts(db)
    assert draft.id == contract_id and draft.page == "goals"

    again = ContractWizard(ops, contract_id=contract_id)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.currentId() == PAGE["goals"])
    page = again.currentPage()
    assert page.goal_title.text() == "Half-written goal"
    assert again.page(PAGE["mentee"]).mentee.currentText() == "Priya Patel"
    again.back()  # the pages before are there to go back to
    assert again.currentId() == PAGE["starting_point"]
    assert again.currentPage().grid.boxes[0][1].value() == 2


def test_autosave_keeps_what_was_typed(vault, qtbot, ops):
    wizard = ContractWizard(ops)
    qtbot.addWidget(wizard)
    wizard.show()
    fill_to_goals(wizard, qtbot)
    fill_goal(wizard.currentPage())
    assert wizard.save_draft()  # what the timer does every few seconds
    assert not wizard.save_draft()  # nothing new to save
    with vault.session() as db:
        draft, page = contracts.load(db, wizard.contract_id)
    assert page == "goals" and draft.goals[0].title == "Plan sessions with a model"
    wizard.autosave.stop()


def test_contracts_page_revise_compare_and_print(controller, qtbot, tmp_path, monkeypatch):
    from tests.contract_data import SIGNED_AT, both_signatures, complete_draft

    vault = controller.vault
    with vault.transaction() as db:
        draft = complete_draft(db)
        cid = contracts.start(db, draft)
        contracts.sign(db, cid, draft, both_signatures(), now=SIGNED_AT)
    window = controller.window
    window.sidebar.setCurrentRow(3)
    page = window.page("contracts")
    assert page.model.rowCount() == 1
    page.select_contract(cid)
    assert page.revise_button.isEnabled() and not page.compare_button.isEnabled()

    def revise_in_wizard(wizard_cls=ContractWizard):
        original_exec = wizard_cls.exec

        def run(self):
            self.show()
            qtbot.waitUntil(lambda: self.currentId() == PAGE["mentee"])
            self.page(PAGE["mentee"]).otj.setValue(300)
            while self.currentId() < PAGE["boundaries"]:
                self.next()
            self.currentPage().every.setValue(28)
            while self.currentId() < PAGE["sign"]:
                self.next()
            sign = self.currentPage()
            sign.mentee.type.setChecked(True)
            sign.mentor.type.setChecked(True)
            self.next()
            assert self.signed_contract_id, sign.error.text()
            return 1

        monkeypatch.setattr(wizard_cls, "exec", run)
        return original_exec

    revise_in_wizard()
    page.revise_selected()
    assert page.model.rowCount() == 2
    current = page.selected()
    assert current.version == 2 and current.status is ContractStatus.ACTIVE
    with vault.session() as db:
        assert contracts.get(db, cid).status is ContractStatus.SUPERSEDED
        changes = contracts.compare(db, cid, current.id)
    assert {c.item for c in changes} >= {"Meetings", "Off-the-job hours target"}
    assert page.compare_button.isEnabled()
    out = tmp_path / "v2.pdf"
    page.export_pdf(current.id, out)
    settle(qtbot, controller.ops)
    assert out.read_bytes().startswith(b"%PDF")


def test_next_start_offers_to_resume_a_draft(controller, qtbot, monkeypatch):
    from tests.contract_data import complete_draft

    with controller.vault.transaction() as db:
        draft = complete_draft(db)
        cid = contracts.start(db, draft)
        contracts.save(db, cid, draft, "boundaries")
    asked, opened = [], []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, _title, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes,
    )
    # the question as the contract wizard puts it: "Continue it" or "Not now"
    monkeypatch.setattr(
        resume,
        "ask_to_continue",
        lambda _parent, name: asked.append(f"{name} left part-way") or True,
    )

    def fake_exec(self):
        self.show()
        qtbot.waitUntil(lambda: self.currentId() == PAGE["boundaries"])
        opened.append((self.contract_id, self.currentId()))
        self.autosave.stop()
        return 0

    monkeypatch.setattr(ContractWizard, "exec", fake_exec)
    controller.lock()
    controller.unlock_dialog.passphrase.setText("a long test passphrase")
    controller.unlock_dialog.try_unlock()
    qtbot.waitUntil(lambda: bool(opened))
    assert "Priya Patel" in asked[0] and "left part-way" in asked[0]
    assert opened == [(cid, PAGE["boundaries"])]


def test_mentee_page_shows_contract_versions_and_goals(controller, qtbot):
    from tests.contract_data import SIGNED_AT, both_signatures, complete_draft

    vault = controller.vault
    with vault.transaction() as db:
        draft = complete_draft(db)
        cid = contracts.start(db, draft)
        employer = contracts.SignatureData(
            SignerRole.EMPLOYER, "Grace Obi", SignatureMethod.TYPED, None, SIGNED_AT
        )
        contracts.sign(db, cid, draft, [*both_signatures(), employer], now=SIGNED_AT)
        contracts.revise(db, draft.mentee_id)
    page = controller.window.page("mentees")
    page.refresh()
    page.select_id(draft.mentee_id)
    text = page.contract_info.text()
    assert "Contract version 1" in text and "v2 Draft" in text
    assert "Signed by Priya Patel (Mentee), Grace Obi (Employer), Test Mentor (Mentor)." in text
    assert "Plan sessions with a model" in text
    assert page.contract_button.text().replace("&", "") == "Continue contract…"

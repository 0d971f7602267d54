"""The contract wizard: a guided, resumable conversation that ends in a signed contract.

The draft is saved into the vault whenever the page changes, every few seconds while it
is being written, and when the wizard is closed, so a crash or a closed window loses at
most the last few seconds; opening the draft again continues on the same page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWizard

from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.services import contracts, mentees, standards
from mentordesk.services.contracts import PAGES
from mentordesk.services.profile import get_profile
from mentordesk.ui.contract_wizard.pages import (
    BarriersPage,
    BoundariesPage,
    ContractPage,
    GoalsPage,
    MenteePage,
    StakeholdersPage,
    StartingPointPage,
)
from mentordesk.ui.contract_wizard.sign_page import SignPage

AUTOSAVE_MS = 5000


@dataclass
class WizardContext:
    mentees: list[tuple[int, str]] = field(default_factory=list)
    standards: list = field(default_factory=list)
    ksb_details: dict[str, str] = field(default_factory=dict)
    default_target: date | None = None
    mentee_fixed: bool = False
    mentor_name: str = ""
    sections: list = field(default_factory=list)


class ContractWizard(QWizard):
    """New contract (optionally for a given mentee), or an existing draft continued."""

    def __init__(self, vault, *, contract_id=None, mentee_id=None, events=None, parent=None):
        super().__init__(parent)
        self.vault = vault
        self.events = events
        self.contract_id = contract_id
        self.signed_contract_id: int | None = None
        self.setWindowTitle(self.tr("Mentoring contract — MentorDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Sign and agree"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Save and &close"))
        self.pages = [
            MenteePage(),
            StartingPointPage(),
            GoalsPage(),
            BarriersPage(),
            BoundariesPage(),
            StakeholdersPage(),
            SignPage(),
        ]
        for n, page in enumerate(self.pages):
            self.setPage(n, page)
        with vault.session() as db:
            if contract_id is not None:
                self.draft, self.resume_page = contracts.load(db, contract_id)
                mentee_id = self.draft.mentee_id
            else:
                self.draft = contracts.new_draft(db, mentee_id)
                self.resume_page = "mentee"
            self._fixed = mentee_id is not None
        self._saved_json = self.draft.to_json()
        self._saved_page: str | None = None
        self._previous_id = 0
        self._resuming = False
        self.currentIdChanged.connect(self._page_changed)
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.autosave.start()
        self.resize(960, 720)

    # -- context for the pages -----------------------------------------------------------
    def context(self) -> WizardContext:
        with self.vault.session() as db:
            profile = get_profile(db)
            ctx = WizardContext(
                mentees=[(r.id, r.full_name) for r in mentees.list_mentees(db)],
                standards=standards.list_standards(db),
                mentee_fixed=self._fixed,
                mentor_name=profile.full_name if profile else "",
            )
            if self.draft.standard_id is not None:
                ctx.ksb_details = {
                    k.code: k.detail for k in contracts.ksbs_of(db, self.draft.standard_id)
                }
            start = self.draft.start_date or date.today()
            ctx.default_target = start + timedelta(weeks=24)
            if self.currentId() == PAGES.index("sign"):
                ctx.sections = contracts.sections(db, self.draft)
        return ctx

    def initializePage(self, page_id: int) -> None:
        if page_id == PAGES.index("starting_point"):
            with self.vault.session() as db:
                contracts.fill_ratings(db, self.draft)
        self.page(page_id).show_draft(self.draft, self.context())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.resume_page != "mentee" and not self._resuming:
            QTimer.singleShot(0, self.go_to_resume_page)

    def go_to_resume_page(self) -> None:
        """Walk to the page the draft was left on, so Back works as usual."""
        target = PAGES.index(self.resume_page)
        self._resuming = True
        try:
            while self.currentId() < target:
                self.next()
        finally:
            self._resuming = False
        self.resume_page = "mentee"

    # -- moving between pages --------------------------------------------------------------
    def accept_page(self, page: ContractPage) -> bool:
        page.store(self.draft)
        if self._resuming:
            return True
        try:
            with self.vault.transaction() as db:
                contracts.check_page(db, self.draft, page.key)
                if page.key == "mentee":  # creates the mentee and the draft, or updates them
                    self.contract_id = contracts.start(db, self.draft, PAGES[1])
                    self._fixed = True
                elif page.key == "sign":
                    contracts.save(db, self.contract_id, self.draft, "sign")
                    signed = contracts.sign(db, self.contract_id, self.draft, page.signatures())
                    self.signed_contract_id = signed.id
        except (ValidationError, MentorDeskError) as exc:
            page.error.show_error(str(exc))
            return False
        page.error.clear_error()
        if page.key == "mentee":  # now shows the mentee made, fixed for this contract
            page.show_draft(self.draft, self.context())
        if self.events is not None:
            self.events.changed.emit("contracts")
        return True

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:  # the wizard is closing; reject() has saved already
            return
        if 0 <= self._previous_id < len(self.pages) and self._previous_id != page_id:
            self.pages[self._previous_id].store(self.draft)
        self._previous_id = page_id
        if not self._resuming:
            self.save_draft()

    def save_draft(self) -> bool:
        """Keep the draft in the vault now (once there is a contract to keep it in)."""
        if self.contract_id is None or self.signed_contract_id is not None:
            return False
        current = self.currentId()
        if not 0 <= current < len(self.pages):
            return False
        self.pages[current].store(self.draft)
        data = self.draft.to_json()
        page = PAGES[current]
        if data == self._saved_json and page == self._saved_page:
            return False
        if not self.vault.is_open:
            return False
        with self.vault.transaction() as db:
            contracts.save(db, self.contract_id, self.draft, page)
        self._saved_json, self._saved_page = data, page
        return True

    # -- closing ----------------------------------------------------------------------------
    def reject(self) -> None:
        if self.vault.is_open:
            self.save_draft()
        if self.contract_id is not None and self.parent() is not None:
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("The draft is kept. Continue it from Contracts whenever you are ready."),
            )
        super().reject()

    def done(self, result: int) -> None:
        self.autosave.stop()
        super().done(result)


__all__ = ["ContractWizard"]

"""The contract wizard: a guided, resumable conversation that ends in a signed contract.

The draft is saved into the vault whenever the page changes, every few seconds while it
is being written, and when the wizard is closed, so a crash or a closed window loses at
most the last few seconds; opening the draft again continues on the same page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWizard

from mentordesk.services import contracts, mentees, standards
from mentordesk.services.contracts import PAGES
from mentordesk.services.profile import get_profile
from mentordesk.ui.contract_wizard.base import ContractPage
from mentordesk.ui.contract_wizard.pages import (
    BarriersPage,
    BoundariesPage,
    GoalsPage,
    MenteePage,
)
from mentordesk.ui.contract_wizard.scan_page import StartingPointPage
from mentordesk.ui.contract_wizard.sign_page import SignPage
from mentordesk.ui.contract_wizard.stakeholders_page import StakeholdersPage
from mentordesk.ui.ops import Ops
from mentordesk.ui.widgets import fit_to_screen

AUTOSAVE_MS = 5000


@dataclass
class WizardContext:
    mentees: list[tuple[int, str]] = field(default_factory=list)
    standards: list = field(default_factory=list)
    ksb_details: dict[str, str] = field(default_factory=dict)
    default_target: date | None = None
    today: date = date(2000, 1, 1)  # from the clock, when the pages are shown
    mentee_fixed: bool = False
    mentor_name: str = ""
    sections: list = field(default_factory=list)


class ContractWizard(QWizard):
    """New contract (optionally for a given mentee), or an existing draft continued."""

    def __init__(self, ops: Ops, *, contract_id=None, mentee_id=None, parent=None):
        super().__init__(parent)
        self.ops = ops
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
        loaded = (
            ops.read(lambda job: contracts.load(job.db, contract_id))
            if contract_id is not None
            else None
        )
        if loaded:
            self.draft, self.resume_page = loaded.value
            mentee_id = self.draft.mentee_id
        elif contract_id is not None:  # it could not be read (said already): never overwrite
            self.contract_id = None  # it with a blank one; start afresh instead
            self.draft, self.resume_page = contracts.ContractDraft(), "mentee"
        else:
            self.draft = (
                ops.read(lambda job: contracts.new_draft(job.db, mentee_id)).value
                or contracts.ContractDraft()
            )
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
        fit_to_screen(self, 960, 720)

    # -- context for the pages -----------------------------------------------------------
    def context(self) -> WizardContext:
        draft, signing = self.draft, self.currentId() == PAGES.index("sign")

        def read(job) -> WizardContext:
            profile = get_profile(job.db)
            start = draft.start_date or job.today
            return WizardContext(
                mentees=[(r.id, r.full_name) for r in mentees.list_mentees(job.db)],
                standards=standards.list_standards(job.db),
                ksb_details=contracts.ksb_details(job.db, draft.standard_id),
                default_target=start + timedelta(weeks=24),
                today=job.today,
                mentee_fixed=self._fixed,
                mentor_name=profile.full_name if profile else "",
                sections=contracts.sections(job.db, draft) if signing else [],
            )

        return self.ops.read(read).value or WizardContext(mentee_fixed=self._fixed)

    def initializePage(self, page_id: int) -> None:
        if page_id == PAGES.index("starting_point"):
            draft = self.draft
            self.ops.read(lambda job: contracts.fill_ratings(job.db, draft))
        self.pages[page_id].show_draft(self.draft, self.context())

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
        draft, key, contract_id = self.draft, page.key, self.contract_id
        now = self.ops.clock.now()
        signatures = page.signatures(now) if isinstance(page, SignPage) else []

        def accept(job) -> int | None:
            contracts.check_page(job.db, draft, key)
            if key == "mentee":  # creates the mentee and the draft, or updates them
                return contracts.start(job.db, draft, PAGES[1])
            if key == "sign":
                contracts.save(job.db, contract_id, draft, "sign")
                return contracts.sign(job.db, contract_id, draft, signatures, now=now)
            return None

        out = self.ops.write(accept, show=page.error.show_error)
        if not out:
            return False
        page.error.clear_error()
        if key == "mentee":  # now shows the mentee made, fixed for this contract
            self.contract_id, self._fixed = out.value, True
            page.show_draft(self.draft, self.context())
        elif key == "sign":
            self.signed_contract_id = out.value
            self.ops.notice.emit(self.tr("Contract signed and in force."))
        return True

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0:  # the wizard is closing; reject() has saved already
            return
        if 0 <= self._previous_id < len(self.pages) and self._previous_id != page_id:
            self.pages[self._previous_id].store(self.draft)
        self._previous_id = page_id
        field = self.pages[page_id].first_field()
        if field is not None and field.isEnabled():
            field.setFocus(Qt.FocusReason.TabFocusReason)
        if not self._resuming:
            self.save_draft()

    def save_draft(self) -> bool | None:
        """Keep the draft in the vault now (once there is a contract to keep it in): True
        when saved, None when there was nothing new to save, False when saving failed (the
        page says why, and the timer stops until the next page change)."""
        if self.contract_id is None or self.signed_contract_id is not None:
            return None
        current = self.currentId()
        if not 0 <= current < len(self.pages):
            return None
        self.pages[current].store(self.draft)
        data = self.draft.to_json()
        page = PAGES[current]
        if data == self._saved_json and page == self._saved_page:
            return None
        draft, contract_id = self.draft, self.contract_id
        error = self.pages[current].error
        out = self.ops.write(
            lambda job: contracts.save(job.db, contract_id, draft, page), show=error.show_error
        )
        if not out:
            self.autosave.stop()
            return False
        self._saved_json, self._saved_page = data, page
        if not self.autosave.isActive():
            self.autosave.start()
        return True

    # -- closing ----------------------------------------------------------------------------
    def reject(self) -> None:
        if self.ops.is_open and self.save_draft() is False:
            buttons = QMessageBox.StandardButton
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr(
                    "The draft could not be saved (the page says why). Close anyway? What was "
                    "typed since the last save would be lost."
                ),
                buttons.Yes | buttons.No,
                buttons.No,
            )
            if answer != buttons.Yes:
                return
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

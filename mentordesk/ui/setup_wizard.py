"""Setting up one's own vault: profile, passphrase, and the recovery code shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from mentordesk.services.profile import ProfileData
from mentordesk.ui.passphrase import NewPassphraseFields
from mentordesk.ui.recovery_code import RecoveryCodeView
from mentordesk.ui.widgets import ErrorLabel
from mentordesk.vault.vault import Vault


class ProfilePage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("About you"))
        self.setSubTitle(self.tr("This appears on the records you print for mentees."))
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.organisation = QLineEdit()
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. Clinical practice mentor"))
        self.email = QLineEdit()
        form.addRow(self.tr("&Your name:"), self.name)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Email:"), self.email)
        self.error = ErrorLabel()
        form.addRow(self.error)

    def validatePage(self) -> bool:
        if not self.name.text().strip():
            self.error.show_error(self.tr("Please enter your name."))
            self.name.setFocus()
            return False
        self.error.clear_error()
        return True

    def profile(self) -> ProfileData:
        return ProfileData(
            full_name=self.name.text().strip(),
            organisation=self.organisation.text(),
            role=self.role.text(),
            email=self.email.text(),
        )


class PassphrasePage(QWizardPage):
    def __init__(self, wizard: SetupWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "It unlocks your vault. Several unrelated words are easy to remember and hard "
                "to guess."
            )
        )
        form = QFormLayout(self)
        self.fields = NewPassphraseFields(form, self, lambda: [wizard.profile_page.name.text()])
        self.remember = QCheckBox(self.tr("&Remember on this computer (unlock without typing)"))
        from mentordesk.vault import keychain

        reason = keychain.refusal_reason()
        if reason:
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("Not available: {0}.").format(reason))
            self.remember.setText(self.remember.text() + self.tr(" — not available here"))
        form.addRow("", self.remember)
        self.error = ErrorLabel()
        form.addRow(self.error)

    def validatePage(self) -> bool:
        problem = self.fields.problem()
        if problem:
            self.error.show_error(problem)
            return False
        self.error.clear_error()
        return self._wizard.create_vault(self.fields.text(), self.remember.isChecked(), self.error)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: SetupWizard):
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(
            self.tr(
                "If you forget your passphrase, this code is the only way back into your vault. "
                "It is shown only now."
            )
        )
        layout = QVBoxLayout(self)
        self.view = RecoveryCodeView(
            wizard.ops,
            lambda: wizard.recovery_code or "",
            lambda: wizard.profile_page.name.text().strip(),
            lambda: wizard.vault.keyfile.vault_id if wizard.vault else "",
        )
        self.code, self.status = self.view.code, self.view.status
        self.copy, self.save_pdf = self.view.copy, self.view.save_pdf
        layout.addWidget(self.view)
        self.confirmed = QCheckBox(
            self.tr("I have stored my recovery code somewhere safe and private")
        )
        layout.addWidget(self.confirmed)
        self.registerField("recoveryStored*", self.confirmed)

    def initializePage(self) -> None:
        self.view.refresh()

    def save_to(self, path: Path) -> None:
        self.view.save_to(path)


class SetupWizard(QWizard):
    def __init__(self, folder: Path, ops, parent=None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.ops = ops
        self.vault: Vault | None = None
        self.recovery_code: str | None = None
        self.setWindowTitle(self.tr("Set up your MentorDesk vault"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.profile_page = ProfilePage()
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.profile_page, self.passphrase_page, self.recovery_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(620, 460)

    def create_vault(self, passphrase: str, remember: bool, error: ErrorLabel) -> bool:
        if self.vault is not None:
            return True
        from mentordesk.services.vaults import create_vault

        folder, profile = self.folder, self.profile_page.profile()
        running = self.ops.start(
            lambda _job: create_vault(folder, passphrase, profile, remember=remember),
            write=True,
            needs_vault=False,
            cancellable=False,
            title=self.tr("Creating your vault"),
            parent=self,
            show=error.show_error,
        )
        outcome = self.ops.wait_for(running)
        if not outcome:
            return False
        self.vault, self.recovery_code = outcome.value
        return True

    def reject(self) -> None:
        if self.vault is not None:
            # The vault exists already; closing now would lose the only view of the code.
            if not self.field("recoveryStored"):
                self.recovery_page.status.setText(
                    self.tr("Please store the recovery code and tick the box first.")
                )
                return
        super().reject()

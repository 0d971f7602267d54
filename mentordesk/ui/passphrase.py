"""Choosing a passphrase: two fields with strength feedback, and the dialogs that use them.

Used by the set-up wizard, by File > Change passphrase, and after unlocking with the
recovery code (the old passphrase is forgotten, so a new one is set there and then).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.ops import Job
from mentordesk.ui.widgets import ErrorLabel
from mentordesk.vault import strength
from mentordesk.words import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # lupdate extracts translate("Context", "text")

STRENGTH_WORDS = [
    QT_TRANSLATE_NOOP("NewPassphraseFields", "Very weak"),
    QT_TRANSLATE_NOOP("NewPassphraseFields", "Weak"),
    QT_TRANSLATE_NOOP("NewPassphraseFields", "Fair"),
    QT_TRANSLATE_NOOP("NewPassphraseFields", "Strong"),
    QT_TRANSLATE_NOOP("NewPassphraseFields", "Very strong"),
]
STRENGTH_COLOURS = ["#c62828", "#ef6c00", "#f9a825", "#2e7d32", "#1b5e20"]
MIN_SCORE = strength.MIN_SCORE


def passphrase_strength(text: str, hints: list[str]) -> tuple[int, str]:
    """zxcvbn's 0-4 score and its most useful piece of advice, translated."""
    measured = strength.measure(text, hints)
    return measured.score, _advice(measured.advice)


def _advice(advice: str) -> str:
    return translate("zxcvbn", advice) if advice else ""  # passphrase_advice.py


class NewPassphraseFields:
    """A new passphrase typed twice, with a strength meter; adds its rows to ``form``."""

    def __init__(self, form: QFormLayout, owner: QWidget, hints=lambda: [], label: str = ""):
        self._hints = hints
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("NewPassphraseFields", "New passphrase"))
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(translate("NewPassphraseFields", "New passphrase again"))
        form.addRow(label or translate("NewPassphraseFields", "&Passphrase:"), self.passphrase)
        form.addRow(translate("NewPassphraseFields", "&Again:"), self.confirm)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setAccessibleName(translate("NewPassphraseFields", "Passphrase strength"))
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        meter_row = QVBoxLayout()
        meter_row.addWidget(self.meter)
        meter_row.addWidget(self.strength)
        form.addRow(translate("NewPassphraseFields", "Strength:"), meter_row)
        self.passphrase.textChanged.connect(self._update_strength)

    def hints(self) -> list[str]:
        return list(self._hints())  # the vault's rule adds its own (strength.BASE_HINTS)

    def _update_strength(self, text: str) -> None:
        score, advice = passphrase_strength(text, self.hints())
        if text and len(text) < strength.MIN_LENGTH:
            # The meter never praises what the vault's rule refuses: a short passphrase
            # reads "Too short", whatever zxcvbn thinks of its characters.
            self.meter.setValue(1)
            self.meter.setStyleSheet(
                f"QProgressBar::chunk {{ background: {STRENGTH_COLOURS[0]}; }}"
            )
            self.strength.setText(
                translate(
                    "NewPassphraseFields",
                    "<b>Too short</b> Use at least %n character(s).",
                    None,
                    strength.MIN_LENGTH,
                )
            )
            return
        self.meter.setValue(score if text else 0)
        self.meter.setStyleSheet(
            f"QProgressBar::chunk {{ background: {STRENGTH_COLOURS[score]}; }}"
        )
        words = translate("NewPassphraseFields", STRENGTH_WORDS[score]) if text else ""
        self.strength.setText(f"<b>{words}</b> {advice}".strip())

    def problem(self) -> str | None:
        """Why the typed passphrase cannot be used, or None when it can (the vault's rule)."""
        text = self.passphrase.text()
        weak = strength.weakness(text, self.hints())
        if weak is not None and weak.kind == strength.SHORT:
            return translate(
                "NewPassphraseFields", "Use at least %n character(s).", None, strength.MIN_LENGTH
            )
        if weak is not None:
            return (
                translate("NewPassphraseFields", "This passphrase is too easy to guess. ")
                + _advice(weak.advice)
            ).strip()
        if text != self.confirm.text():
            self.confirm.selectAll()
            self.confirm.setFocus()
            return translate("NewPassphraseFields", "The two passphrases are not the same.")
        return None

    def text(self) -> str:
        return self.passphrase.text()


class _PassphraseDialog(QDialog):
    """Saving rewraps the key on a worker (the key derivation takes a moment)."""

    fields: NewPassphraseFields  # set by each dialog before _finish_layout

    def __init__(self, vault, ops, parent=None):
        super().__init__(parent)
        self.vault = vault
        self.ops = ops
        self.setWindowTitle(self.tr("Passphrase — MentorDesk"))
        self._outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self._outer.addWidget(self.heading)
        self._outer.addWidget(self.explanation)
        self.form = QFormLayout()
        self._outer.addLayout(self.form)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        self.resize(480, 0)

    def _finish_layout(self, heading: str, explanation: str) -> None:
        self.heading.setText(f"<h3>{heading}</h3>")
        self.explanation.setText(explanation)
        self._outer.addWidget(self.error)
        self._outer.addWidget(self.buttons)

    def _work(self) -> Callable[[Job], None]:
        """What saving does, with the fields' text read now (it runs on a worker)."""
        raise NotImplementedError

    def try_save(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.error.show_error(problem)
            return
        self.error.clear_error()
        work = self._work()
        self.ops.start(
            lambda job: work(job),
            write=True,
            needs_vault=False,
            title=self.windowTitle(),
            cancellable=False,  # one step: nothing to stop part-way
            label=self.tr("Saving the passphrase…"),
            parent=self,
            show=self.error.show_error,
            done=lambda _none: self.accept(),
        )


class ChangePassphraseDialog(_PassphraseDialog):
    """File > Change passphrase: the current one, then the new one twice."""

    def __init__(self, vault, ops, parent=None):
        super().__init__(vault, ops, parent)
        self.current = QLineEdit()
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.form.addRow(self.tr("&Current passphrase:"), self.current)
        self.fields = NewPassphraseFields(self.form, self, label=self.tr("&New passphrase:"))
        self._finish_layout(
            self.tr("Change your passphrase"),
            self.tr(
                "Only the key file changes; your records stay as they are. Your recovery code "
                "keeps working."
            ),
        )

    def _work(self) -> Callable[[Job], None]:
        vault, old, new = self.vault, self.current.text(), self.fields.text()
        return lambda _job: vault.change_passphrase(old, new)


class ResetPassphraseDialog(_PassphraseDialog):
    """After unlocking with the recovery code: set a new passphrase straight away."""

    def __init__(self, vault, ops, parent=None):
        super().__init__(vault, ops, parent)
        self.fields = NewPassphraseFields(self.form, self, label=self.tr("&New passphrase:"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Later"))
        self._finish_layout(
            self.tr("Choose a new passphrase"),
            self.tr(
                "You unlocked with your recovery code. Choose a new passphrase now, so that "
                "you can unlock as usual next time. Your recovery code keeps working."
            ),
        )

    def _work(self) -> Callable[[Job], None]:
        vault, new = self.vault, self.fields.text()
        return lambda _job: vault.reset_passphrase(new)

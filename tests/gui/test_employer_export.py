"""Reports › Export for employer… and Reports › Exports made…, as a mentor uses them."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime

import pyrage
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from mentordesk.services import mentees
from mentordesk.ui.employer_export import EmployerExportDialog
from mentordesk.ui.exports_list import ExportsDialog
from mentordesk.vault.models import MentoringSession, SafeguardingConcern, SessionStatus
from tests.gui.conftest import settle

CANARY = "CANARY-gui-safeguarding-1c9d"
IDENTITY = pyrage.x25519.Identity.generate()


@pytest.fixture
def window(controller):
    with controller.vault.transaction() as db:
        for name in ("Priya Patel", "Tom Hughes"):
            mid = mentees.create(db, mentees.MenteeData(full_name=name))
            db.add(
                MentoringSession(
                    mentee_id=mid,
                    status=SessionStatus.HELD,
                    starts_at=datetime(2026, 9, 14, 10, tzinfo=UTC),
                    objectives=f"Objectives with {name}",
                )
            )
            db.add(
                SafeguardingConcern(
                    mentee_id=mid,
                    raised_at=datetime(2026, 9, 15, 10, tzinfo=UTC),
                    category="wellbeing",
                    summary=CANARY,
                )
            )
    return controller.window


def open_dialog(window) -> EmployerExportDialog:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    reports = {a.text(): a for a in menus["&Reports"].actions()}
    assert set(reports) == {"Export for &employer…", "E&xports made…"}
    reports["Export for &employer…"].trigger()
    dialog = window.findChild(EmployerExportDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def contents(path) -> dict[str, bytes]:
    plain = pyrage.decrypt(path.read_bytes(), [IDENTITY])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def test_export_for_an_employer_then_see_it_listed(
    window, controller, qtbot, tmp_path, monkeypatch
):
    dialog = open_dialog(window)
    assert dialog.mentee_model.rowCount() == 2 and len(dialog.chosen_ids()) == 2
    assert not dialog.private_notes.isChecked()
    assert not any(
        dialog.boxes[k].isChecked() for k in ("reflections", "supervision", "safeguarding")
    )
    # Ticking a sensitive kind asks first: No leaves it out.
    dialog.boxes["safeguarding"].setChecked(True)
    assert not dialog.boxes["safeguarding"].isChecked() and dialog.sensitive_warning.isHidden()
    # Only Tom, to an age key pasted in.
    dialog.mentee_model.item(0).setCheckState(Qt.CheckState.Unchecked)  # Priya (by name)
    qtbot.keyClicks(dialog.key, str(IDENTITY.to_public()))
    qtbot.keyClicks(dialog.label, "Riverside HR")
    out = tmp_path / "for riverside"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, controller.ops)
    made = tmp_path / "for riverside.age"
    assert made.exists() and made.stat().st_mode & 0o777 == 0o600
    assert not dialog.isVisible() and dialog.done_export is not None
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.text().startswith(f"Saved to {made} (") and "files" in box.text()
    assert "age -d -i key.txt" in box.detailedText()
    assert [b.text() for b in box.buttons() if "folder" in b.text()] == ["&Open folder"]
    box.close()
    files = contents(made)
    assert any(n.startswith("Tom_Hughes-") for n in files)
    assert not any(n.startswith("Priya") for n in files)
    assert not any(CANARY.encode() in data for data in files.values())

    window.show_exports()
    listed = window.findChild(ExportsDialog)
    assert listed is not None and listed.model.rowCount() == 1
    row = listed.selected()
    assert row is not None and row.path == made and row.recipient == "Riverside HR"
    assert listed.model.index(0, 2).data() == "Tom Hughes"
    listed.copy_hash()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == row.sha256


def test_a_sensitive_kind_confirmed_goes_in_with_a_passphrase(
    window, controller, qtbot, tmp_path, monkeypatch
):
    dialog = open_dialog(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.boxes["safeguarding"].setChecked(True)
    assert dialog.boxes["safeguarding"].isChecked() and dialog.sensitive_warning.isVisible()
    assert "Safeguarding concerns" in dialog.sensitive_warning.text()
    dialog.by_passphrase.setChecked(True)
    suggested = dialog.passphrase.text()
    assert re.fullmatch(r"([A-Z0-9]{4}-){4}[A-Z0-9]{4}", suggested)
    assert "Very strong" in dialog.strength.text()
    out = tmp_path / "e.age"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.try_export()
    settle(qtbot, controller.ops)
    plain = pyrage.passphrase.decrypt(out.read_bytes(), suggested)
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        assert any(CANARY.encode() in archive.read(n) for n in archive.namelist())


def test_problems_are_told_in_the_dialog_before_a_file_is_asked_for(window, monkeypatch):
    dialog = open_dialog(window)
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append("file"), ("", ""))[1]
    )
    dialog.try_export()
    assert "age public key (age1…)" in dialog.error.text()
    dialog.key.setText("age1 not a key")
    dialog.try_export()
    assert "is not an age public key" in dialog.error.text()
    dialog.key.setText(str(IDENTITY.to_public()))
    dialog._tick_all(False)
    dialog.try_export()
    assert "Tick at least one mentee" in dialog.error.text()
    dialog._tick_all(True)
    for key in ("contracts", "reviews", "sessions", "hours", "ksb_evidence"):
        dialog.boxes[key].setChecked(False)
    dialog.try_export()
    assert "at least one kind of record" in dialog.error.text()
    assert not dialog.private_notes.isEnabled()
    dialog.boxes["sessions"].setChecked(True)
    dialog.by_passphrase.setChecked(True)
    dialog.passphrase.setText("short")
    dialog.try_export()
    assert "too short" in dialog.error.text()
    assert asked == []


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text)
    return found.group(1).lower() if found else None


def test_every_control_is_reachable_by_keyboard_and_fits_a_small_screen(window, qtbot):
    dialog = open_dialog(window)
    dialog.by_passphrase.setChecked(True)  # every control enabled but the key's
    letters: list[str] = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) and (letter := _mnemonic(widget.text())):
            letters.append(letter)
        if isinstance(widget, QLabel) and widget.buddy() and (letter := _mnemonic(widget.text())):
            letters.append(letter)
        if isinstance(widget, QAbstractButton | QLineEdit) and widget.isEnabled():
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, widget
    assert len(letters) == len(set(letters)), sorted(letters)
    assert len(letters) >= 18
    assert dialog.mentees.focusPolicy() & Qt.FocusPolicy.TabFocus
    dialog.mentees.setFocus()
    dialog.mentees.setCurrentIndex(dialog.mentee_model.index(1, 0))
    qtbot.keyClick(dialog.mentees, Qt.Key.Key_Space)  # Space unticks the mentee shown
    assert len(dialog.chosen_ids()) == 1
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 - 40 and hint.height() <= 768 - 60
    assert dialog.width() <= 1366 and dialog.height() <= 768

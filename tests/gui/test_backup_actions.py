"""File › Back up now… and File › Restore… as a mentor uses them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from mentordesk.services import mentees
from mentordesk.ui.auto_backup import last_good
from mentordesk.vault import Vault
from mentordesk.vault.models import Mentee
from tests.conftest import PASSPHRASE
from tests.gui.conftest import settle


def test_back_up_now_then_restore_into_a_new_folder(
    controller, qtbot, tmp_path, monkeypatch, recovery_code, message_boxes
):
    window = controller.window
    with controller.vault.transaction() as db:
        mentees.create(db, mentees.MenteeData(full_name="Backed Up Person"))
    out = tmp_path / "usb" / "nightly"
    out.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "age-encrypted backups")
    )
    notes: list[str] = []
    controller.ops.notice.connect(notes.append)
    window.back_up_now()
    settle(qtbot, controller.ops)
    made = out.with_name("nightly.age")
    assert made.exists() and made.stat().st_mode & 0o777 == 0o600
    assert notes and notes[-1].startswith(f"Backup written to {made}")
    assert (
        last_good(window.settings, controller.vault.keyfile.vault_id) == controller.ops.clock.now()
    )

    informed: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (recovery_code, True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a, **k: informed.append(text)
    )
    window.restore_backup()
    settle(qtbot, controller.ops)
    restored = next(p for p in tmp_path.iterdir() if p.name.startswith("MentorDesk vault"))
    assert informed and str(restored) in informed[-1]
    with Vault.open_with_passphrase(restored, PASSPHRASE) as again, again.session() as db:
        assert "Backed Up Person" in set(db.scalars(select(Mentee.full_name)))
    assert not message_boxes  # no warning or error along the way


def test_a_wrong_recovery_code_is_told_and_nothing_is_restored(
    controller, qtbot, tmp_path, monkeypatch, message_boxes
):
    window = controller.window
    out = tmp_path / "b.age"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.back_up_now()
    settle(qtbot, controller.ops)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a, **k: ("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", True)
    )
    target = tmp_path / "restore-here"
    target.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(target))
    window.restore_backup()
    settle(qtbot, controller.ops)
    assert message_boxes and message_boxes[-1][1]  # one clear message
    assert list(target.iterdir()) == [] and Path(out).exists()

"""Save as PDF… under the recovery code (set-up wizard and Replace recovery code share it)."""

import os
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mentordesk.ui.recovery_code import RecoveryCodeView
from tests.gui.conftest import settle

CODE = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"


@pytest.fixture
def loose_umask():
    """A umask that would leave a new file readable by everyone (0644) unless it is guarded."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


@pytest.mark.parametrize("typed", ["recovery.pdf", "recovery"])
def test_saving_through_the_dialog_writes_a_private_pdf_and_says_where(
    qtbot, bare_ops, tmp_path, monkeypatch, loose_umask, typed
):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "recovery.pdf"
    target.write_bytes(b"an older, world-readable copy")
    os.chmod(target, 0o644)
    asked: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(folder / typed), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    view = RecoveryCodeView(bare_ops, lambda: CODE, lambda: "Sam Okafor", lambda: "vault-1")
    qtbot.addWidget(view)
    view.refresh()
    view.show()
    with qtbot.waitSignal(bare_ops.saved, timeout=20000) as saved:
        qtbot.mouseClick(view.save_pdf, Qt.MouseButton.LeftButton)
    settle(qtbot, bare_ops)

    assert asked and asked[0].endswith("mentordesk-recovery.pdf")
    assert Path(saved.args[0]) == target and saved.args[1] == "Recovery code sheet"
    assert target.stat().st_mode & 0o777 == 0o600
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(target.read_bytes())).pages)
    assert CODE in text and "Sam Okafor" in text
    assert view.status.text().startswith(f"Saved to {target};")
    assert [p.name for p in folder.iterdir()] == ["recovery.pdf"]  # and no temporary file


def test_cancelling_the_dialog_writes_nothing(qtbot, bare_ops, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    view = RecoveryCodeView(bare_ops, lambda: CODE, lambda: "Sam Okafor", lambda: "vault-1")
    qtbot.addWidget(view)
    qtbot.mouseClick(view.save_pdf, Qt.MouseButton.LeftButton)
    settle(qtbot, bare_ops)
    assert view.status.text() == "" and not bare_ops.busy
    assert not list(tmp_path.glob("*.pdf"))

"""One MentorDesk at a time changes a vault; a second one is told who has it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mentordesk import cli
from mentordesk.errors import VaultBusy
from mentordesk.vault.owner import Owner, describe_owner
from tests.conftest import PASSPHRASE

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from mentordesk.vault.owner import Owner
    owner = Owner(Path(sys.argv[1]), "the MentorDesk app").claim()
    print("held", flush=True)
    sys.stdin.readline()
    owner.release()
    """
)


@pytest.fixture
def held(vault_dir):
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(Path.cwd())),
    )
    assert proc.stdout.readline().strip() == "held"
    yield proc
    proc.stdin.write("\n")
    proc.stdin.flush()
    proc.wait(timeout=10)


def test_a_second_writer_is_told_which_process_holds_the_vault(vault_dir, held):
    with pytest.raises(VaultBusy) as caught:
        Owner(vault_dir, "the mentordesk command").claim(wait=0.2)
    message = str(caught.value)
    assert f"the MentorDesk app (process {held.pid} on " in message
    assert "Close it there, then try again" in message


def test_cli_import_waits_then_says_the_vault_is_busy(
    vault_dir, held, tmp_path, capsys, with_passphrase
):
    ics = tmp_path / "one.ics"
    ics.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")
    before = (vault_dir / "vault.db").read_bytes()
    code = cli.main(["import", "ics", str(ics), "--vault", str(vault_dir)])
    _, err = capsys.readouterr()
    assert code == VaultBusy.exit_code == 5
    assert err.count("\n") == 1 and f"process {held.pid}" in err
    assert (vault_dir / "vault.db").read_bytes() == before


def test_reading_commands_work_while_the_app_has_the_vault(
    vault_dir, held, capsys, with_passphrase
):
    code = cli.main(["check", "--vault", str(vault_dir)])
    out, _ = capsys.readouterr()
    assert code == 0 and "FAILED" not in out


def test_the_owner_is_released_and_its_note_removed(vault_dir):
    owner = Owner(vault_dir, "the mentordesk command").claim()
    assert "the mentordesk command (process" in describe_owner(vault_dir)
    owner.release()
    assert not (vault_dir / "vault.owner").exists()
    Owner(vault_dir, "again").claim(wait=0.1).release()


def test_a_second_app_on_the_same_vault_stops_with_the_reason(
    vault_dir, held, qtbot, clock, capsys
):
    from mentordesk.ui.app import AppController

    ctl = AppController(vault_dir, passphrase=PASSPHRASE, clock=clock, interactive=False)
    qtbot.addWidget(ctl.window)
    assert not ctl.start()
    ctl.ops.wait()
    assert ctl.vault is None and ctl.owner is None
    err = capsys.readouterr().err
    assert f"is open in the MentorDesk app (process {held.pid} on" in err

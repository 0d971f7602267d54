"""``mentordesk backup``, ``backup identity`` and ``restore`` from the command line."""

from __future__ import annotations

import subprocess

from mentordesk import cli
from mentordesk.backup import age
from tests.conftest import PASSPHRASE


def test_backup_identity_and_restore_from_the_command_line(
    vault_dir, tmp_path, recovery_code, monkeypatch, capsys
):
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "b.age"
    assert cli.main(["backup", "--vault", str(vault_dir), "--out", str(out)]) == 0
    assert "Backup written to" in capsys.readouterr().out

    monkeypatch.setenv("MENTORDESK_RECOVERY_CODE", recovery_code)
    assert cli.main(["backup", "identity", "--vault", str(vault_dir)]) == 0
    printed = capsys.readouterr().out
    identity = tmp_path / "id.txt"
    identity.write_text(printed)
    assert printed.splitlines()[-1] == age.identity_for(recovery_code)
    listed = subprocess.run(
        f"age -d -i {identity} {out} | tar -t", shell=True, capture_output=True, check=True
    ).stdout.split()
    assert listed == [
        b"manifest.json",
        b"vault.keys",
        b"vault.anchor",
        b"vault.db",
        b"vault.db.sha256",
    ]

    assert cli.main(["restore", str(out), "--to", str(tmp_path / "r")]) == 0
    assert "Restored into" in capsys.readouterr().out
    assert cli.main(["restore", str(out), "--to", str(tmp_path / "r")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already a vault" in err

    assert (
        cli.main(["restore", str(out), "--to", str(tmp_path / "r2"), "--identity", str(identity)])
        == 0
    )


def test_a_wrong_recovery_code_is_one_line_and_exit_3(vault_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "b.age"
    assert cli.main(["backup", "--vault", str(vault_dir), "--out", str(out)]) == 0
    monkeypatch.setenv("MENTORDESK_RECOVERY_CODE", "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567")
    assert cli.main(["restore", str(out), "--to", str(tmp_path / "r")]) == 3
    assert cli.main(["backup", "identity", "--vault", str(vault_dir)]) == 3
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2 and all(line.startswith("mentordesk: ") for line in err)
    assert not (tmp_path / "r").exists()

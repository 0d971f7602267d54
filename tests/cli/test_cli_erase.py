"""``mentordesk mentees erase``: says what goes, needs the name typed back, leaves a tombstone."""

from mentordesk.cli import main
from mentordesk.services import mentees
from mentordesk.vault import Vault
from mentordesk.vault.check import run_checks
from tests.conftest import PASSPHRASE


def _add(vault_dir, name: str) -> int:
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault, vault.transaction() as db:
        return mentees.create(db, mentees.MenteeData(full_name=name))


def test_erase_from_the_command_line(vault_dir, with_passphrase, capsys):
    mid = _add(vault_dir, "Ada Lovelace")
    keep = _add(vault_dir, "Grace Hopper")
    args = ["mentees", "erase", "Ada Lovelace", "--vault", str(vault_dir)]

    assert main([*args, "--confirm", "Ada Byron"]) == 1  # refused: nothing erased
    out, err = capsys.readouterr()
    assert "Type the mentee's full name, Ada Lovelace" in err
    assert "Ada Lovelace's details" in out and "Backups made before the erasure" in out

    assert main([*args, "--confirm", "ada lovelace"]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[-1].startswith(f"Ada Lovelace (mentee {mid}) was erased")
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault, vault.session() as db:
        assert [m.id for m in mentees.list_mentees(db)] == [keep]
        assert all(r.ok for r in run_checks(vault))
    assert main([*args, "--confirm", "Ada Lovelace"]) == 1
    assert "No mentee is called" in capsys.readouterr().err


def test_erase_without_a_terminal_needs_confirm(vault_dir, with_passphrase, capsys, monkeypatch):
    _add(vault_dir, "Ada Lovelace")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["mentees", "erase", "Ada Lovelace", "--vault", str(vault_dir)]) == 1
    assert "give --confirm" in capsys.readouterr().err


def test_subject_access_then_erase(vault_dir, with_passphrase, capsys, tmp_path):
    import io
    import zipfile

    import pyrage

    mid = _add(vault_dir, "Ada Lovelace")
    identity = pyrage.x25519.Identity.generate()
    out = tmp_path / "ada.age"
    code = main(
        [
            "export", "subject", "Ada Lovelace", "--out", str(out),
            "--recipient", str(identity.to_public()), "--vault", str(vault_dir),
        ]
    )  # fmt: skip
    printed = capsys.readouterr().out
    assert code == 0 and printed.startswith(f"Subject access export written to {out}")
    plain = pyrage.decrypt(out.read_bytes(), [identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        held = archive.read("data/mentee.json").decode()
    assert '"full_name": "Ada Lovelace"' in held and f'"id": {mid}' in held
    assert (
        main(["mentees", "erase", str(mid), "--confirm", "Ada Lovelace", "--vault", str(vault_dir)])
        == 0
    )
    capsys.readouterr()
    assert main(["export", "list", "--vault", str(vault_dir)]) == 0
    listed = capsys.readouterr().out
    assert "everything held (subject access)" in listed and "Ada Lovelace" not in listed

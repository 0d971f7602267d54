"""Key files written before checksums (format 1) still open, and become format 2 on use."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from mentordesk.errors import VaultDamaged, WrongPassphrase
from mentordesk.vault import Vault, crypto
from mentordesk.vault.keyfile import KeyFile
from tests.conftest import PASSPHRASE, snapshot

FORMAT = "mentordesk-vault-keys"


def write_format_1(folder: Path, recovery_code: str) -> bytes:
    """Rewrite ``folder``'s key file exactly as MentorDesk wrote format 1."""
    with Vault.open_with_passphrase(folder, PASSPHRASE) as vault:
        data_key, current = vault.data_key, vault.keyfile
    vault_id = current.vault_id
    slots = {}
    for name, secret in (("passphrase", PASSPHRASE), ("recovery", recovery_code)):
        params = crypto.KdfParams.fresh()
        kek = crypto.derive_key(secret, params)
        aad = f"{FORMAT}/{vault_id}/{name}".encode()
        slots[name] = {"kdf": params.to_json(), "wrap": crypto.wrap(kek, data_key, aad)}
    data = {
        "format": FORMAT,
        "version": 1,
        "vault_id": vault_id,
        "created": "2025-03-01T09:00:00+00:00",
        "cipher": "sqlcipher4-raw-key",
        "key_check": current.key_check,
        "remember_in_keychain": False,
        "slots": slots,
    }
    raw = (json.dumps(data, indent=2) + "\n").encode("utf-8")
    (folder / "vault.keys").write_bytes(raw)
    return raw


def on_disk(folder: Path) -> dict:
    return json.loads((folder / "vault.keys").read_text())


def aad_versions(folder: Path) -> dict[str, int]:
    return {name: slot["aad"] for name, slot in on_disk(folder)["slots"].items()}


@pytest.fixture
def v1_dir(vault_dir, recovery_code) -> Path:
    write_format_1(vault_dir, recovery_code)
    return vault_dir


def test_format_1_opens_and_is_rewritten_as_format_2(v1_dir, recovery_code):
    assert on_disk(v1_dir)["version"] == 1
    old_recovery = on_disk(v1_dir)["slots"]["recovery"]
    with Vault.open_with_passphrase(v1_dir, PASSPHRASE) as vault:
        assert vault.keyfile.accepts(vault.data_key)
    data = on_disk(v1_dir)
    assert data["version"] == 2 and "checksum" in data
    assert aad_versions(v1_dir) == {"passphrase": 2, "recovery": 1}
    # the recovery slot is kept as it was until it is used
    recovery = data["slots"]["recovery"]
    assert {k: recovery[k] for k in ("kdf", "wrap")} == old_recovery
    path = v1_dir / "vault.keys"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert KeyFile.load(path).version == 2  # checksums hold
    assert not (v1_dir / "vault.keys.tmp").exists()

    # both secrets still open it; the recovery code then upgrades its own slot
    Vault.open_with_passphrase(v1_dir, PASSPHRASE).close()
    Vault.open_with_recovery_code(v1_dir, recovery_code).close()
    assert aad_versions(v1_dir) == {"passphrase": 2, "recovery": 2}
    Vault.open_with_recovery_code(v1_dir, recovery_code).close()
    Vault.open_with_passphrase(v1_dir, PASSPHRASE).close()


def test_format_1_opened_with_the_recovery_code_first(v1_dir, recovery_code):
    Vault.open_with_recovery_code(v1_dir, recovery_code).close()
    assert on_disk(v1_dir)["version"] == 2
    assert aad_versions(v1_dir) == {"passphrase": 1, "recovery": 2}
    Vault.open_with_passphrase(v1_dir, PASSPHRASE).close()
    assert aad_versions(v1_dir) == {"passphrase": 2, "recovery": 2}


def test_an_up_to_date_file_is_not_rewritten(vault_dir):
    before = snapshot(vault_dir)["vault.keys"]
    Vault.open_with_passphrase(vault_dir, PASSPHRASE).close()
    assert snapshot(vault_dir)["vault.keys"] == before


def test_format_1_wrong_passphrase_changes_nothing(v1_dir):
    before = snapshot(v1_dir)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(v1_dir, "not the passphrase at all")
    assert snapshot(v1_dir) == before


def test_format_1_is_held_to_the_same_bounds(v1_dir):
    path = v1_dir / "vault.keys"
    data = json.loads(path.read_text())
    data["slots"]["passphrase"]["kdf"]["memory_kib"] = 2**31
    path.write_text(json.dumps(data))
    before = snapshot(v1_dir)
    with pytest.raises(VaultDamaged, match=r"memory_kib is 2147483648, outside"):
        Vault.open_with_passphrase(v1_dir, PASSPHRASE)
    assert snapshot(v1_dir) == before


def test_format_1_with_format_2_fields_is_refused(v1_dir):
    path = v1_dir / "vault.keys"
    data = json.loads(path.read_text())
    data["slots"]["passphrase"]["aad"] = 2
    path.write_text(json.dumps(data))
    with pytest.raises(VaultDamaged, match="slots.passphrase has a field 'aad'"):
        Vault.open_with_passphrase(v1_dir, PASSPHRASE)


def test_change_passphrase_writes_format_2_and_keeps_the_recovery_slot(v1_dir, recovery_code):
    with Vault.open_with_passphrase(v1_dir, PASSPHRASE) as vault:
        write_format_1(v1_dir, recovery_code)  # format 1 again, as if never upgraded
        old_recovery = on_disk(v1_dir)["slots"]["recovery"]
        vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
    data = on_disk(v1_dir)
    assert data["version"] == 2 and aad_versions(v1_dir) == {"passphrase": 2, "recovery": 1}
    assert {k: data["slots"]["recovery"][k] for k in ("kdf", "wrap")} == old_recovery
    Vault.open_with_passphrase(v1_dir, "a brand new passphrase").close()
    Vault.open_with_recovery_code(v1_dir, recovery_code).close()


def test_reset_passphrase_after_recovery_on_format_1(v1_dir, recovery_code):
    with Vault.open_with_recovery_code(v1_dir, recovery_code) as vault:
        vault.reset_passphrase("passphrase after recovery")
    assert on_disk(v1_dir)["version"] == 2
    assert aad_versions(v1_dir) == {"passphrase": 2, "recovery": 2}
    Vault.open_with_passphrase(v1_dir, "passphrase after recovery").close()
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(v1_dir, PASSPHRASE)


def test_upgrade_waits_when_the_file_cannot_be_written(v1_dir, monkeypatch):
    def read_only(path, data):
        raise PermissionError(13, "Read-only file system", str(path))

    monkeypatch.setattr("mentordesk.vault.keyfile.atomic_write", read_only)
    before = snapshot(v1_dir)
    Vault.open_with_passphrase(v1_dir, PASSPHRASE).close()  # opens all the same
    assert snapshot(v1_dir) == before
    monkeypatch.undo()
    Vault.open_with_passphrase(v1_dir, PASSPHRASE).close()
    assert on_disk(v1_dir)["version"] == 2


def test_upgrade_never_overwrites_a_file_changed_meanwhile(v1_dir):
    path = v1_dir / "vault.keys"
    keyfile = KeyFile.load(path)
    keyfile.unwrap_passphrase(PASSPHRASE)
    assert keyfile.needs_upgrade
    changed = path.read_bytes().replace(
        b'"remember_in_keychain": false', b'"remember_in_keychain": true'
    )
    path.write_bytes(changed)  # another MentorDesk wrote it after this one read it
    assert keyfile.save_if_upgraded(path) is False
    assert path.read_bytes() == changed

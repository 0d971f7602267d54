"""Passphrase, recovery code, passphrase change, throttling and the key file."""

import json

import pytest

from mentordesk.errors import (
    ThrottledError,
    ValidationError,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from mentordesk.vault import Vault, crypto
from mentordesk.vault.throttle import Throttle, delay_after
from tests.conftest import PASSPHRASE, snapshot


def test_wrong_passphrase_is_refused_and_changes_no_file(vault_dir):
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase, match="not right"):
        Vault.open_with_passphrase(vault_dir, "not the passphrase at all")
    assert snapshot(vault_dir) == before


def test_right_passphrase_opens_and_reads(vault_dir):
    from mentordesk.services.profile import get_profile

    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault, vault.session() as db:
        assert get_profile(db).full_name == "Test Mentor"


def test_recovery_code_unlocks_in_any_typed_form(vault_dir, recovery_code):
    typed = recovery_code.lower().replace("-", " ").replace("0", "o")
    with Vault.open_with_recovery_code(vault_dir, typed) as vault:
        assert vault.keyfile.accepts(vault.data_key)


def test_wrong_recovery_code_is_refused(vault_dir, recovery_code):
    wrong = ("1" if recovery_code[0] != "1" else "2") + recovery_code[1:]
    with pytest.raises(WrongRecoveryCode, match="not right"):
        Vault.open_with_recovery_code(vault_dir, wrong)
    with pytest.raises(WrongRecoveryCode, match="not a recovery code"):
        Vault.open_with_recovery_code(vault_dir, "hello")


def test_passphrase_change_rewraps_only_the_key(vault_dir):
    db_before = (vault_dir / "vault.db").read_bytes()
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase("wrong old passphrase", "a brand new passphrase")
        with pytest.raises(ValidationError):
            vault.change_passphrase(PASSPHRASE, "short")
        old_recovery_slot = dict(vault.keyfile.slots["recovery"])
        vault.change_passphrase(PASSPHRASE, "a brand new passphrase")
        assert vault.keyfile.slots["recovery"] == old_recovery_slot
    assert (vault_dir / "vault.db").read_bytes() == db_before
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(vault_dir, PASSPHRASE)
    Vault.open_with_passphrase(vault_dir, "a brand new passphrase").close()


def test_recovery_then_reset_passphrase(vault_dir, recovery_code):
    with Vault.open_with_recovery_code(vault_dir, recovery_code) as vault:
        vault.reset_passphrase("passphrase after recovery")
    Vault.open_with_passphrase(vault_dir, "passphrase after recovery").close()


def test_key_file_uses_argon2id_at_least_the_floor(vault_dir):
    data = json.loads((vault_dir / "vault.keys").read_text())
    for slot in ("passphrase", "recovery"):
        kdf = data["slots"][slot]["kdf"]
        assert kdf["name"] == "argon2id"
        assert kdf["iterations"] >= 3 and kdf["memory_kib"] >= 65536 and kdf["lanes"] >= 4
        assert data["slots"][slot]["wrap"]["alg"] == "AES-256-GCM"


def test_weakened_kdf_in_key_file_is_refused(vault_dir):
    path = vault_dir / "vault.keys"
    data = json.loads(path.read_text())
    data["slots"]["passphrase"]["kdf"]["memory_kib"] = 8
    path.write_text(json.dumps(data))
    with pytest.raises(VaultDamaged, match=r"memory_kib is 8, outside 65536\.\.1048576"):
        Vault.open_with_passphrase(vault_dir, PASSPHRASE)


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "other"}', b"\xff\xfe"])
def test_damaged_key_file_gives_a_clear_error(vault_dir, content):
    (vault_dir / "vault.keys").write_bytes(content)
    with pytest.raises(VaultDamaged):
        Vault.open_with_passphrase(vault_dir, PASSPHRASE)


def test_swapped_wrapped_key_is_refused(vault_dir):
    path = vault_dir / "vault.keys"
    data = json.loads(path.read_text())
    data["slots"]["passphrase"]["wrap"] = data["slots"]["recovery"]["wrap"]
    path.write_text(json.dumps(data))
    with pytest.raises(VaultDamaged, match="passphrase slot does not match its checksum"):
        Vault.open_with_passphrase(vault_dir, PASSPHRASE)


def test_missing_files_never_lead_to_a_new_vault(vault_dir):
    (vault_dir / "vault.db").unlink()
    with pytest.raises(VaultNotFound, match="lost its database"):
        Vault.open_with_passphrase(vault_dir, PASSPHRASE)
    assert not (vault_dir / "vault.db").exists()
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "another passphrase here")
    assert not (vault_dir / "vault.db").exists()


def test_create_refuses_short_passphrase(tmp_path):
    with pytest.raises(ValidationError):
        Vault.create(tmp_path / "v", "short")
    assert not (tmp_path / "v").exists()


def test_delay_grows_after_five_failures():
    assert [delay_after(n) for n in range(5)] == [0, 0, 0, 0, 0]
    assert delay_after(5) == 2 and delay_after(6) == 4 and delay_after(7) == 8
    assert delay_after(50) == 300


def test_throttle_after_five_wrong_tries(vault_dir, tmp_path):
    now = [1000.0]
    keyfile = Vault.read_keyfile(vault_dir)
    throttle = Throttle(tmp_path / "unlock", keyfile.vault_id, clock=lambda: now[0])
    for _ in range(5):
        with pytest.raises(WrongPassphrase):
            Vault.open_with_passphrase(vault_dir, "wrong passphrase!", throttle=throttle)
    with pytest.raises(ThrottledError) as info:
        Vault.open_with_passphrase(vault_dir, PASSPHRASE, throttle=throttle)
    assert info.value.wait_seconds == pytest.approx(2)
    now[0] += 2.5
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(vault_dir, "wrong passphrase!", throttle=throttle)
    with pytest.raises(ThrottledError) as info:
        Vault.open_with_passphrase(vault_dir, PASSPHRASE, throttle=throttle)
    assert info.value.wait_seconds == pytest.approx(4)
    now[0] += 4.5
    Vault.open_with_passphrase(vault_dir, PASSPHRASE, throttle=throttle).close()
    assert throttle.failures == 0


def test_recovery_code_shape():
    code = crypto.new_recovery_code()
    assert len(code.split("-")) == 6 and crypto.normalise_recovery_code(code) == code

"""Remembering the key in the OS keychain: secure stores only, and never a new key."""

import keyring
import pytest
from keyring.backends import chainer, fail, null
from keyrings.alt.file import EncryptedKeyring, PlaintextKeyring

from mentordesk.errors import KeychainUnavailable
from mentordesk.vault import Vault, keychain
from tests.conftest import PASSPHRASE, snapshot


def test_remember_stores_key_and_unlocks_without_passphrase(vault_dir, memory_keyring):
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        vault.set_remember(True)
        vault_id, key = vault.keyfile.vault_id, vault.data_key
    assert memory_keyring.secrets[(keychain.SERVICE, vault_id)] == key.hex()
    reopened = Vault.open_with_keychain(vault_dir)
    assert reopened is not None
    reopened.close()


@pytest.mark.parametrize(
    "backend, reason",
    [
        (PlaintextKeyring(), "not secure"),
        (EncryptedKeyring.__new__(EncryptedKeyring), "not secure"),  # type is what counts
        (null.Keyring(), "no keychain"),
        (fail.Keyring(), "no keychain"),
    ],
)
def test_insecure_keychains_are_refused(vault_dir, backend, reason):
    keyring.set_keyring(backend)
    assert reason in keychain.refusal_reason()
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        with pytest.raises(KeychainUnavailable, match=reason):
            vault.set_remember(True)
        assert not vault.keyfile.remember_in_keychain


def test_chainer_with_an_insecure_member_is_refused(memory_keyring):
    chain = chainer.ChainerBackend()
    chain.__dict__["backends"] = [memory_keyring, PlaintextKeyring()]
    assert "not secure" in keychain.refusal_reason(chain)


def test_create_with_insecure_keychain_creates_nothing(tmp_path):
    keyring.set_keyring(PlaintextKeyring())
    with pytest.raises(KeychainUnavailable):
        Vault.create(tmp_path / "v", "a long enough passphrase", remember=True)
    assert not (tmp_path / "v").exists()


def test_keychain_that_lost_the_key_asks_for_the_passphrase(vault_dir, memory_keyring):
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        vault.set_remember(True)
    before = snapshot(vault_dir)
    memory_keyring.secrets.clear()
    assert Vault.open_with_keychain(vault_dir) is None
    assert snapshot(vault_dir) == before  # no new key, no new vault
    Vault.open_with_passphrase(vault_dir, PASSPHRASE).close()


def test_keychain_holding_a_wrong_key_is_not_used(vault_dir, memory_keyring):
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        vault.set_remember(True)
        vault_id = vault.keyfile.vault_id
    memory_keyring.secrets[(keychain.SERVICE, vault_id)] = "ab" * 32
    assert Vault.open_with_keychain(vault_dir) is None


def test_forget_removes_the_key(vault_dir, memory_keyring):
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        vault.set_remember(True)
        vault.set_remember(False)
    assert memory_keyring.secrets == {}
    assert Vault.open_with_keychain(vault_dir) is None

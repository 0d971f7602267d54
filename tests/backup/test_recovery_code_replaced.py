"""A new recovery code: the old one stops opening the vault but still opens older backups."""

from __future__ import annotations

import pytest

from mentordesk.backup.restore import restore
from mentordesk.backup.vault_backup import write_backup
from mentordesk.errors import BackupWrongKey, WrongPassphrase, WrongRecoveryCode
from mentordesk.vault import Vault
from tests.conftest import NOW, PASSPHRASE


def test_older_backups_need_the_old_code_and_new_ones_the_new(
    filled_vault, tmp_path, recovery_code
):
    old_backup = write_backup(filled_vault, tmp_path / "old.age", now=NOW).path
    keys_before = filled_vault.keys_path.read_bytes()
    with pytest.raises(WrongPassphrase):
        filled_vault.replace_recovery_code("not the passphrase")
    assert filled_vault.keys_path.read_bytes() == keys_before

    new_code = filled_vault.replace_recovery_code(PASSPHRASE)
    assert new_code != recovery_code
    new_backup = write_backup(filled_vault, tmp_path / "new.age", now=NOW).path
    filled_vault.close()

    with pytest.raises(WrongRecoveryCode):
        Vault.open_with_recovery_code(filled_vault.folder, recovery_code)
    Vault.open_with_recovery_code(filled_vault.folder, new_code).close()
    Vault.open_with_passphrase(filled_vault.folder, PASSPHRASE).close()

    with pytest.raises(BackupWrongKey):
        restore(old_backup, tmp_path / "a", new_code)
    with pytest.raises(BackupWrongKey):
        restore(new_backup, tmp_path / "b", recovery_code)
    restore(old_backup, tmp_path / "c", recovery_code)
    restore(new_backup, tmp_path / "d", new_code)

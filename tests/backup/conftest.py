"""Backups of a small vault with a mentee whose notes hold a canary string."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from tests.conftest import NOW, PASSPHRASE

CANARY = "CANARY-7f3a-plaintext-must-never-touch-disk"


@pytest.fixture
def filled_vault(vault_dir):
    from mentordesk.services import mentees
    from mentordesk.vault import Vault

    vault = Vault.open_with_passphrase(vault_dir, PASSPHRASE)
    with vault.transaction() as db:
        mentees.create(db, mentees.MenteeData(full_name="Ada Mentee", notes=CANARY))
    yield vault
    vault.close()


@pytest.fixture
def backup_file(filled_vault, tmp_path) -> Path:
    from mentordesk.backup.vault_backup import write_backup

    out = tmp_path / "out" / "vault.age"
    out.parent.mkdir()
    write_backup(filled_vault, out, now=NOW)
    return out


def plain_tar(path: Path, code: str) -> bytes:
    """The decrypted tar of a backup, in memory."""
    import pyrage

    from mentordesk.backup import age

    identity = pyrage.x25519.Identity.from_str(age.identity_for(code))
    return pyrage.decrypt(path.read_bytes(), [identity])


def build_tar(members: list[tuple[str, bytes]], *, kind: bytes = tarfile.REGTYPE) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size, info.type = len(data), kind
            if kind != tarfile.REGTYPE:
                info.size, info.linkname = 0, "/etc/passwd"
            tar.addfile(info, io.BytesIO(data) if kind == tarfile.REGTYPE else None)
    return out.getvalue()


def members_of(tar_bytes: bytes) -> list[tuple[str, bytes]]:
    with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as tar:
        return [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]  # type: ignore[union-attr]


def encrypt_to(data: bytes, code: str) -> bytes:
    import pyrage

    from mentordesk.backup import age

    return pyrage.encrypt(data, [pyrage.x25519.Recipient.from_str(age.recipient_for(code))])

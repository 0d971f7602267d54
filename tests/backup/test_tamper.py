"""Every damaged, altered, hostile or foreign backup is refused with its own message, and
nothing is left behind."""

from __future__ import annotations

import hashlib
import json
import tarfile
from pathlib import Path

import pytest

from mentordesk.backup.restore import restore, restore_backup
from mentordesk.errors import BackupDamaged, BackupError, BackupWrongKey
from mentordesk.services.profile import ProfileData
from mentordesk.services.vaults import create_vault
from tests.backup.conftest import build_tar, encrypt_to, members_of, plain_tar
from tests.conftest import NOW, PASSPHRASE


def _refused(path: Path, secret: str, error: type, match: str, **kw) -> None:
    folder = path.parent
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(error, match=match) as caught:
        restore(path, folder / "restored", secret, **kw)
    assert "\n" not in str(caught.value)
    assert sorted(p.name for p in folder.iterdir()) == before  # nothing written, nothing left


def _flip(path: Path, offset: int) -> Path:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    out = path.with_name(f"flipped-{offset}.age")
    out.write_bytes(bytes(data))
    return out


def test_a_flipped_byte_in_the_header_is_refused(backup_file, recovery_code):
    header_end = backup_file.read_bytes().index(b"\n---")
    _refused(
        _flip(backup_file, header_end - 20), recovery_code, BackupError, "cannot be opened|header"
    )


def test_a_flipped_mac_byte_is_refused(backup_file, recovery_code):
    mac_at = backup_file.read_bytes().index(b"\n---") + 6
    _refused(_flip(backup_file, mac_at), recovery_code, BackupDamaged, "header is damaged")


def test_a_flipped_byte_in_the_body_is_refused(backup_file, recovery_code):
    size = backup_file.stat().st_size
    _refused(_flip(backup_file, size // 2), recovery_code, BackupDamaged, "does not decrypt")


def test_a_flipped_byte_in_the_last_chunk_is_refused(backup_file, recovery_code):
    size = backup_file.stat().st_size
    _refused(_flip(backup_file, size - 5), recovery_code, BackupDamaged, "does not decrypt")


def test_a_truncated_backup_is_refused(backup_file, recovery_code):
    cut = backup_file.with_name("cut.age")
    cut.write_bytes(backup_file.read_bytes()[: 64 * 1024 + 300])
    _refused(cut, recovery_code, BackupDamaged, "incomplete|does not decrypt")


def test_a_wrong_identity_is_refused(backup_file):
    import pyrage

    other = str(pyrage.x25519.Identity.generate())
    _refused(backup_file, other, BackupWrongKey, "cannot be opened", passphrase=PASSPHRASE)


def test_a_wrong_recovery_code_is_refused(backup_file):
    _refused(backup_file, "ABCDE-FGHJK-MNPQR-STVWX-YZ012-34567", BackupWrongKey, "another vault")
    _refused(backup_file, "not a code", BackupWrongKey, "not a recovery code")


def test_another_vaults_backup_is_refused_with_this_vaults_code(tmp_path, backup_file):
    from mentordesk.backup.vault_backup import write_backup

    other, other_code = create_vault(tmp_path / "other", PASSPHRASE, ProfileData("Other"))
    with other:
        write_backup(other, backup_file.parent / "other.age", now=NOW)
    this_code = other_code.replace(other_code[0], "Z" if other_code[0] != "Z" else "Y", 1)
    _refused(backup_file.parent / "other.age", this_code, BackupWrongKey, "another vault")


def test_another_vault_sealed_to_this_vaults_recipient_is_refused(
    tmp_path, backup_file, recovery_code
):
    from mentordesk.backup.vault_backup import write_backup

    other, other_code = create_vault(tmp_path / "other", PASSPHRASE, ProfileData("Other"))
    with other:
        write_backup(other, tmp_path / "other.age", now=NOW)
    resealed = backup_file.parent / "resealed.age"
    resealed.write_bytes(encrypt_to(plain_tar(tmp_path / "other.age", other_code), recovery_code))
    _refused(resealed, recovery_code, BackupWrongKey, "does not open")


def _raw(members: list[tuple[str, bytes]]) -> bytes:
    """Tar members without the archive's end, to go on with a hand-made header."""
    out = b""
    for name, data in members:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        out += info.tobuf(format=tarfile.USTAR_FORMAT) + data + bytes(-len(data) % 512)
    return out


def _hostile(backup_file: Path, code: str, name: str, tar: bytes) -> Path:
    path = backup_file.parent / f"{name}.age"
    path.write_bytes(encrypt_to(tar, code))
    return path


@pytest.fixture
def members(backup_file, recovery_code) -> list[tuple[str, bytes]]:
    return members_of(plain_tar(backup_file, recovery_code))


def _manifest(members) -> dict:
    return json.loads(members[0][1])


def _with_manifest(members, manifest: dict) -> list[tuple[str, bytes]]:
    return [("manifest.json", json.dumps(manifest).encode()), *members[1:]]


@pytest.mark.parametrize(
    ("case", "match"),
    [
        ("dotdot", "with a path"),
        ("absolute", "with a path"),
        ("duplicate", "twice"),
        ("unknown", "never has"),
        ("no_manifest_first", "not its manifest"),
        ("symlink", "holds a link 'vault.keys'"),
        ("trailing", "data after its end"),
        ("hash", "does not match its manifest"),
        ("size", "not the size its manifest gives"),
        ("missing", "lacks vault.db"),
        ("newer", "newer MentorDesk"),
        ("not_json", "not JSON"),
        ("not_tar", "damaged header"),
        ("db_sum", "vault.db does not match its SHA-256"),
        ("db_sum_garbage", "not one SHA-256 line"),
        ("out_of_order", "out of its place"),
        ("sum_in_format_1", "never has"),
    ],
)
def test_hostile_archives_are_refused(backup_file, recovery_code, members, case, match):
    manifest = _manifest(members)
    if case == "dotdot":
        tar = build_tar([members[0], ("../vault.keys", members[1][1]), *members[2:]])
    elif case == "absolute":
        tar = build_tar([members[0], ("/tmp/vault.keys", members[1][1]), *members[2:]])
    elif case == "duplicate":
        tar = build_tar([*members[:2], members[1], *members[2:]])
    elif case == "unknown":
        tar = build_tar([*members, ("evil.sh", b"rm -rf ~")])
    elif case == "no_manifest_first":
        tar = build_tar(members[1:] + members[:1])
    elif case == "symlink":
        tar = _raw(members[:1]) + build_tar([("vault.keys", b"")], kind=tarfile.SYMTYPE)
    elif case == "trailing":
        tar = build_tar(members) + build_tar([("evil", b"x")])
    elif case == "hash":
        manifest["members"]["vault.keys"]["sha256"] = hashlib.sha256(b"x").hexdigest()
        tar = build_tar(_with_manifest(members, manifest))
    elif case == "size":
        manifest["members"]["vault.anchor"]["size"] += 1
        tar = build_tar(_with_manifest(members, manifest))
    elif case == "missing":
        tar = build_tar(members[:3])
    elif case == "newer":
        manifest["version"] = 99
        tar = build_tar(_with_manifest(members, manifest))
    elif case == "not_json":
        tar = build_tar([("manifest.json", b"{not json"), *members[1:]])
    elif case == "db_sum":
        tar = build_tar([*members[:4], ("vault.db.sha256", f"{'0' * 64}  vault.db\n".encode())])
    elif case == "db_sum_garbage":
        tar = build_tar([*members[:4], ("vault.db.sha256", b"see the manifest\n")])
    elif case == "out_of_order":
        tar = build_tar([members[0], members[2], members[1], *members[3:]])
    elif case == "sum_in_format_1":
        tar = build_tar(_with_manifest(members, _format_1(members)))
    else:
        tar = b"this is not a tar archive at all, but it is long enough" * 20
    error = BackupError if case == "newer" else BackupDamaged
    _refused(_hostile(backup_file, recovery_code, case, tar), recovery_code, error, match)


def _format_1(members) -> dict:
    """The manifest a format 1 backup of these members had: the database's hash inside."""
    manifest = _manifest(members)
    manifest["version"] = 1
    db = dict(members)["vault.db"]
    manifest["members"]["vault.db"] = {"sha256": hashlib.sha256(db).hexdigest(), "size": len(db)}
    return manifest


def test_a_format_1_backup_still_restores(backup_file, recovery_code, members, tmp_path):
    assert [name for name, _ in members][-1] == "vault.db.sha256"
    tar = build_tar(_with_manifest(members, _format_1(members))[:4])
    restored = restore_backup(
        _hostile(backup_file, recovery_code, "format-1", tar), tmp_path / "r", recovery_code
    )
    assert restored.manifest.format == 1
    assert (
        restored.manifest.members["vault.db"]
        == hashlib.sha256(dict(members)["vault.db"]).hexdigest()
    )
    assert restored.manifest.counts["mentee"] == 1


def test_a_huge_member_is_refused_at_its_header(backup_file, recovery_code, members):
    info = tarfile.TarInfo("vault.db")
    info.size = 1 << 40  # a terabyte announced, a few bytes sent
    header = info.tobuf(format=tarfile.GNU_FORMAT)
    head = _raw(members[:3])
    tar = head + header + b"\0" * 4096
    path = _hostile(backup_file, recovery_code, "huge", tar)
    _refused(path, recovery_code, BackupDamaged, "larger than it can be")

"""Every edit of ``vault.keys``: one line naming what is wrong, no KDF, no count, no change."""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordesk import paths
from mentordesk.cli import main
from mentordesk.errors import EXIT_DAMAGED, VaultDamaged, WrongPassphrase
from mentordesk.vault import Vault, keyschema
from mentordesk.vault.keyfile import KeyFile
from mentordesk.vault.vault import default_throttle
from tests.conftest import PASSPHRASE, snapshot

Edit = Callable[[dict], None]


def keys_of(folder: Path) -> Path:
    return folder / "vault.keys"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def flip_b64(text: str) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[0] ^= 0x01
    return b64(bytes(raw))


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def set_at(*path_and_value) -> Edit:
    *path, value = path_and_value

    def edit(data: dict) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


def pp(data: dict) -> dict:
    return data["slots"]["passphrase"]


def swap_slots(data: dict) -> None:
    slots = data["slots"]
    slots["passphrase"], slots["recovery"] = slots["recovery"], slots["passphrase"]


def add_slot(data: dict) -> None:
    data["slots"]["spare"] = dict(pp(data))


# (edit, the message it must give). Every edit here is refused before any key derivation.
JSON_EDITS: dict[str, tuple[Edit, str]] = {
    "vault_id": (
        set_at("vault_id", str(uuid.uuid4())),
        r"\(its header does not match its checksum\)",
    ),
    "vault_id not a uuid": (
        set_at("vault_id", "not-a-vault"),
        r"vault_id is the text 'not-a-vault', not a vault id \(a UUID\)",
    ),
    "key_check": (set_at("key_check", "0" * 64), r"\(its header does not match its checksum\)"),
    "key_check short": (
        set_at("key_check", "abc"),
        r"key_check is not 64 lowercase hexadecimal digits",
    ),
    "created": (set_at("created", "2001-01-01T00:00:00"), r"header does not match its checksum"),
    "remember flag": (set_at("remember_in_keychain", True), r"header does not match its checksum"),
    "remember not a boolean": (
        set_at("remember_in_keychain", "yes"),
        r"remember_in_keychain is the text 'yes', not true or false",
    ),
    "salt": (
        lambda d: pp(d)["kdf"].update(salt=flip_b64(pp(d)["kdf"]["salt"])),
        r"\(the passphrase slot does not match its checksum\)",
    ),
    "nonce": (
        lambda d: pp(d)["wrap"].update(nonce=flip_b64(pp(d)["wrap"]["nonce"])),
        r"\(the passphrase slot does not match its checksum\)",
    ),
    "ciphertext": (
        lambda d: pp(d)["wrap"].update(ciphertext=flip_b64(pp(d)["wrap"]["ciphertext"])),
        r"\(the passphrase slot does not match its checksum\)",
    ),
    "recovery ciphertext": (
        lambda d: d["slots"]["recovery"]["wrap"].update(
            ciphertext=flip_b64(d["slots"]["recovery"]["wrap"]["ciphertext"])
        ),
        r"\(the recovery slot does not match its checksum\)",
    ),
    "swapped slots": (swap_slots, r"\(the passphrase slot does not match its checksum\)"),
    "iterations within bounds": (
        set_at("slots", "passphrase", "kdf", "iterations", 4),
        r"\(the passphrase slot does not match its checksum\)",
    ),
    "aad downgraded": (
        set_at("slots", "passphrase", "aad", 1),
        r"\(the passphrase slot does not match its checksum\)",
    ),
    "kdf a string": (
        set_at("slots", "passphrase", "kdf", "argon2id"),
        r"slots\.passphrase\.kdf is the text 'argon2id', not an object",
    ),
    "ciphertext a number": (
        set_at("slots", "passphrase", "wrap", "ciphertext", 12345),
        r"slots\.passphrase\.wrap\.ciphertext is the number 12345, not text",
    ),
    "memory 2^31 KiB": (
        set_at("slots", "passphrase", "kdf", "memory_kib", 2**31),
        r"slots\.passphrase\.kdf\.memory_kib is 2147483648, outside 65536\.\.1048576",
    ),
    "memory 16 GiB": (
        set_at("slots", "recovery", "kdf", "memory_kib", 16 * 1024 * 1024),
        r"slots\.recovery\.kdf\.memory_kib is 16777216, outside 65536\.\.1048576",
    ),
    "memory too small": (
        set_at("slots", "passphrase", "kdf", "memory_kib", 8),
        r"memory_kib is 8, outside 65536\.\.1048576",
    ),
    "iterations 10^6": (
        set_at("slots", "passphrase", "kdf", "iterations", 10**6),
        r"slots\.passphrase\.kdf\.iterations is 1000000, outside 3\.\.10",
    ),
    "iterations a boolean": (
        set_at("slots", "passphrase", "kdf", "iterations", True),
        r"iterations is true, not a whole number",
    ),
    "iterations a fraction": (
        set_at("slots", "passphrase", "kdf", "iterations", 3.5),
        r"iterations is the number 3\.5, not a whole number",
    ),
    "lanes 1": (
        set_at("slots", "passphrase", "kdf", "lanes", 1),
        r"slots\.passphrase\.kdf\.lanes is 1, outside 4\.\.16",
    ),
    "kdf name": (
        set_at("slots", "passphrase", "kdf", "name", "scrypt"),
        r"slots\.passphrase\.kdf\.name is the text 'scrypt', not 'argon2id'",
    ),
    "salt bad base64": (
        set_at("slots", "passphrase", "kdf", "salt", "!!not base64!!"),
        r"slots\.passphrase\.kdf\.salt is not valid base64",
    ),
    "salt too long": (
        set_at("slots", "passphrase", "kdf", "salt", b64(bytes(100))),
        r"slots\.passphrase\.kdf\.salt holds 100 bytes, not 16\.\.64",
    ),
    "nonce 16 bytes": (
        set_at("slots", "passphrase", "wrap", "nonce", b64(bytes(16))),
        r"slots\.passphrase\.wrap\.nonce holds 16 bytes, not exactly 12",
    ),
    "ciphertext short": (
        set_at("slots", "passphrase", "wrap", "ciphertext", b64(bytes(32))),
        r"slots\.passphrase\.wrap\.ciphertext holds 32 bytes, not exactly 48",
    ),
    "wrap missing": (
        lambda d: pp(d).pop("wrap"),
        r"slots\.passphrase\.wrap is missing",
    ),
    "slot missing": (lambda d: d["slots"].pop("recovery"), r"slots\.recovery is missing"),
    "third slot": (add_slot, r"slots has a field 'spare' it should not have"),
    "unknown field": (set_at("note", "hi"), r"the file has a field 'note' it should not have"),
    "checksum removed": (lambda d: d.pop("checksum"), r"damaged: checksum is missing"),
    "cipher": (set_at("cipher", "plain"), r"cipher is the text 'plain', not 'sqlcipher4-raw-key'"),
    "version text": (set_at("version", "2"), r"damaged: version is the text '2', not 1 or 2"),
    "version missing": (lambda d: d.pop("version"), r"damaged: version is missing"),
    "not ours": (set_at("format", "something-else"), r"is not a MentorDesk vault key file"),
    "nested deep inside": (
        set_at("slots", "passphrase", "kdf", json.loads(nested(50))),
        r"slots\.passphrase\.kdf is a list, not an object",
    ),
}

RAW_EDITS: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "empty": (lambda raw: b"", r"damaged: it is empty"),
    "truncated": (lambda raw: raw[: len(raw) // 2], r"damaged: it is not valid JSON \("),
    "not JSON": (lambda raw: b"hello, vault", r"damaged: it is not valid JSON \(Expecting value"),
    "binary": (lambda raw: b"\xff\xfe\x00{", r"damaged: it is not UTF-8 text"),
    "deeply nested": (lambda raw: nested(30000).encode(), r"damaged: it is nested too deeply"),
    "deeply nested field": (
        lambda raw: raw.replace(b'"slots":', b'"slots": ' + nested(20000).encode() + b', "x":'),
        r"damaged: it is nested too deeply",
    ),
    "10 MB": (lambda raw: raw + b" " * (10 * 1024 * 1024), r"damaged: it is 10\d+ bytes, larger"),
    "a list": (lambda raw: b"[1, 2, 3]", r"is not a MentorDesk vault key file"),
    "repeated name": (
        lambda raw: raw.replace(b'"vault_id":', b'"vault_id": "x", "vault_id":', 1),
        r"damaged: the field 'vault_id' appears twice",
    ),
    "NaN": (
        lambda raw: raw.replace(b'"iterations": 3', b'"iterations": NaN', 1),
        r"damaged: it holds NaN, which is not JSON",
    ),
    "very long number": (
        lambda raw: raw.replace(b'"iterations": 3', b'"iterations": ' + b"9" * 5000, 1),
        r"damaged: it holds a number too long",
    ),
}


@pytest.fixture
def no_kdf(monkeypatch):
    """Fail the test if anything derives a key: every refusal comes before any KDF."""

    def forbidden(*_args, **_kwargs):
        raise AssertionError("a key was derived from a damaged key file")

    monkeypatch.setattr("mentordesk.vault.crypto.derive_key", forbidden)


def state_files() -> dict[str, bytes]:
    root = paths.state_dir()
    if not root.exists():
        return {}
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def assert_refused(folder: Path, pattern: str, vault_id: str) -> VaultDamaged:
    before, state_before = snapshot(folder), state_files()
    with pytest.raises(VaultDamaged, match=pattern) as info:
        Vault.open_with_passphrase(folder, PASSPHRASE)
    message = str(info.value)
    assert "\n" not in message and message.startswith("vault.keys ")
    assert message.endswith("restore it from a backup (nothing was changed).")
    assert info.value.exit_code == EXIT_DAMAGED == 4
    assert snapshot(folder) == before
    assert state_files() == state_before
    assert default_throttle(vault_id).failures == 0
    return info.value


@pytest.mark.parametrize("case", list(JSON_EDITS))
def test_each_field_edit_is_reported_as_damage(vault_dir, no_kdf, case):
    edit, pattern = JSON_EDITS[case]
    path = keys_of(vault_dir)
    data = json.loads(path.read_text())
    vault_id = data["vault_id"]
    edit(data)
    path.write_text(json.dumps(data, indent=2))
    assert_refused(vault_dir, pattern, vault_id)


@pytest.mark.parametrize("case", list(RAW_EDITS))
def test_each_broken_file_is_reported_as_damage(vault_dir, no_kdf, case):
    change, pattern = RAW_EDITS[case]
    path = keys_of(vault_dir)
    vault_id = json.loads(path.read_text())["vault_id"]
    path.write_bytes(change(path.read_bytes()))
    assert_refused(vault_dir, pattern, vault_id)


def test_a_newer_format_is_named_and_left_alone(vault_dir, no_kdf):
    path = keys_of(vault_dir)
    data = json.loads(path.read_text())
    data["version"] = 3
    path.write_text(json.dumps(data))
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged) as info:
        Vault.open_with_passphrase(vault_dir, PASSPHRASE)
    assert str(info.value) == (
        "vault.keys is in key file format 3, newer than this MentorDesk reads (up to 2); "
        "open the vault with the newer MentorDesk that wrote it."
    )
    assert snapshot(vault_dir) == before


def test_recovery_code_meets_the_same_checks(vault_dir, recovery_code, no_kdf):
    path = keys_of(vault_dir)
    data = json.loads(path.read_text())
    swap_slots(data)
    path.write_text(json.dumps(data))
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged, match="passphrase slot does not match its checksum"):
        Vault.open_with_recovery_code(vault_dir, recovery_code)
    assert snapshot(vault_dir) == before


def test_every_single_byte_change_is_damage_or_means_the_same(vault_dir):
    """Flip each byte of the file: the result is refused, or reads as exactly the same file."""
    path = keys_of(vault_dir)
    original = path.read_bytes()
    expected = KeyFile.load(path).to_json()
    same = damaged = 0
    for i in range(len(original)):
        for replacement in {original[i] ^ 0x01, ord("0"), ord(" ")} - {original[i]}:
            path.write_bytes(original[:i] + bytes([replacement]) + original[i + 1 :])
            try:
                loaded = KeyFile.load(path)
            except VaultDamaged as exc:
                assert "\n" not in str(exc)
                damaged += 1
            else:
                assert loaded.to_json() == expected, f"byte {i} -> {replacement!r}"
                same += 1
    assert damaged > 2 * len(original) and same > 0  # whitespace edits read the same


def _json_paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _json_paths(item, (*prefix, key))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_value_anywhere_is_damage_or_the_same(vault_dir, data):
    path = keys_of(vault_dir)
    original = json.loads(path.read_text())
    where = data.draw(st.sampled_from(list(_json_paths(original))[1:]))
    value = data.draw(json_values)
    edited = json.loads(json.dumps(original))
    set_at(*where, value)(edited)
    target = vault_dir / "edited.keys"
    target.write_text(json.dumps(edited))
    try:
        loaded = KeyFile.load(target)
    except VaultDamaged as exc:
        assert "\n" not in str(exc)
    else:
        assert edited == original and loaded.to_json() == original


# -- edits made on purpose -----------------------------------------------------------------
def recompute_checksums(data: dict) -> None:
    for name, entry in data["slots"].items():
        entry["checksum"] = keyschema.slot_checksum(data["vault_id"], name, entry)
    data["checksum"] = keyschema.header_checksum(data)


DELIBERATE: dict[str, Edit] = {
    "vault_id": set_at("vault_id", str(uuid.uuid4())),
    "key_check": set_at("key_check", "ab" * 32),
    "iterations": set_at("slots", "passphrase", "kdf", "iterations", 4),
    "aad downgraded": set_at("slots", "passphrase", "aad", 1),
    "swapped slots": swap_slots,
}


@pytest.mark.parametrize("case", list(DELIBERATE))
def test_edit_with_recomputed_checksums_never_yields_the_key(vault_dir, case):
    """Checksums are not secret, so this reads as a wrong passphrase; the key stays wrapped."""
    path = keys_of(vault_dir)
    data = json.loads(path.read_text())
    DELIBERATE[case](data)
    recompute_checksums(data)
    path.write_text(json.dumps(data))
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_passphrase(vault_dir, PASSPHRASE)
    assert snapshot(vault_dir) == before


# -- the command line ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("case", "expected"),
    [
        (
            "swapped slots",
            "vault.keys is damaged (the passphrase slot does not match its checksum)",
        ),
        ("memory 2^31 KiB", "vault.keys is damaged: slots.passphrase.kdf.memory_kib is 2147483648"),
        ("kdf a string", "vault.keys is damaged: slots.passphrase.kdf is the text 'argon2id'"),
        ("10 MB", "vault.keys is damaged: it is 10"),
        ("deeply nested", "vault.keys is damaged: it is nested too deeply"),
    ],
)
def test_cli_says_one_line(vault_dir, no_kdf, monkeypatch, capsys, case, expected):
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)
    path = keys_of(vault_dir)
    if case in JSON_EDITS:
        data = json.loads(path.read_text())
        JSON_EDITS[case][0](data)
        path.write_text(json.dumps(data, indent=2))
    else:
        path.write_bytes(RAW_EDITS[case][0](path.read_bytes()))
    before, state_before = snapshot(vault_dir), state_files()
    code = main(["mentees", "list", "--vault", str(vault_dir)])
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and err.startswith(f"mentordesk: {expected}")
    assert err.rstrip("\n").endswith("restore it from a backup (nothing was changed).")
    assert "Traceback" not in err
    assert snapshot(vault_dir) == before and state_files() == state_before

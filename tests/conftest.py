"""Shared fixtures: isolated user folders, an in-memory keychain, ready-made vaults."""

from __future__ import annotations

import os
import shutil
from datetime import date, datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from mentordesk.vault import keychain

PASSPHRASE = "a long test passphrase"

# "Today" for every test: fixed, so the suite gives the same answers on any date. CI runs the
# tests marked ``dates`` again with it moved (a leap day, a clock change) and with the
# computer's own clock moved too (MENTORDESK_TEST_WALL), which nothing may depend on.
TODAY = date.fromisoformat(os.environ.get("MENTORDESK_TEST_TODAY", "2026-11-23"))
NOW = datetime.combine(TODAY, time(10, 0)).astimezone()


def fixed_clock():
    from mentordesk.clock import FixedClock

    return FixedClock(NOW)


def pytest_configure(config):
    config.addinivalue_line("markers", "dates: depends on the calendar; rerun on moved dates")


@pytest.fixture(autouse=True, scope="session")
def wall_clock_moved():
    """With MENTORDESK_TEST_WALL=YYYY-MM-DD, the computer's clock reads that day."""
    wall = os.environ.get("MENTORDESK_TEST_WALL")
    if not wall:
        yield None
        return
    import time_machine

    with time_machine.travel(
        datetime.combine(date.fromisoformat(wall), time(9, 30)).astimezone(), tick=True
    ) as traveller:
        yield traveller


@pytest.fixture
def clock():
    return fixed_clock()


class MemoryKeyring(KeyringBackend):
    """A secure-store stand-in that keeps secrets in memory only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


keychain.register_secure_backend(MemoryKeyring)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Point every per-user folder (data, state, Qt settings) at a fresh temp folder."""
    home = tmp_path_factory.mktemp("home")
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("MENTORDESK_PASSPHRASE", raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # never the real OS keychain
    yield home
    keyring.set_keyring(previous)


@pytest.fixture
def with_passphrase(monkeypatch):
    """Commands read the test vault's passphrase from MENTORDESK_PASSPHRASE."""
    monkeypatch.setenv("MENTORDESK_PASSPHRASE", PASSPHRASE)


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory) -> tuple[Path, str]:
    """One vault with the shipped standards and a profile, copied for each test."""
    from mentordesk.services.profile import ProfileData
    from mentordesk.services.vaults import create_vault

    folder = tmp_path_factory.mktemp("template") / "vault"
    vault, code = create_vault(folder, PASSPHRASE, ProfileData("Test Mentor"))
    vault.close()
    return folder, code


@pytest.fixture
def vault_dir(vault_template, tmp_path) -> Path:
    target = tmp_path / "vault"
    shutil.copytree(vault_template[0], target)
    return target


@pytest.fixture
def recovery_code(vault_template) -> str:
    return vault_template[1]


@pytest.fixture
def vault(vault_dir):
    from mentordesk.vault import Vault

    opened = Vault.open_with_passphrase(vault_dir, PASSPHRASE)
    yield opened
    opened.close()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def rebuild_at(vault_dir: Path, revision: str):
    """This vault's database rebuilt empty at schema ``revision``, as an older MentorDesk made
    it (same key and key file); returns ``(engine, data_key)``. Dispose the engine after."""
    from mentordesk.vault import Vault, migrate
    from mentordesk.vault.engine import make_engine

    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault:
        key = vault.data_key
    db_path = vault_dir / "vault.db"
    for suffix in ("", "-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    db_path.touch(mode=0o600)
    engine = make_engine(db_path, key)
    migrate.upgrade(engine, revision)
    return engine, key

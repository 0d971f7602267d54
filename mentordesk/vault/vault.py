"""A vault: a folder with ``vault.db`` (SQLCipher) and ``vault.keys`` (the wrapped key).

Opening a vault never creates anything: a missing or damaged file is an error with a clear
message, and a wrong passphrase leaves both files byte-for-byte as they were.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk import paths
from mentordesk.errors import (
    KeychainUnavailable,
    ValidationError,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)
from mentordesk.vault import crypto, migrate, strength
from mentordesk.vault.connection import connect_raw, is_database_error
from mentordesk.vault.fileio import create_private_file
from mentordesk.vault.keyfile import PASSPHRASE_SLOT, KeyFile
from mentordesk.vault.throttle import Throttle

if TYPE_CHECKING:
    import sqlcipher3.dbapi2 as sqlcipher
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

DB_NAME = "vault.db"
KEYS_NAME = "vault.keys"
MIN_PASSPHRASE_LENGTH = strength.MIN_LENGTH
Progress = Callable[[str], None]


def validate_passphrase(passphrase: str, hints: Iterable[str] = ()) -> None:
    """Refuse a passphrase that is too short or too easy to guess (the GUI's rule too)."""
    if (weak := strength.weakness(passphrase, hints)) is not None:
        raise ValidationError("passphrase", weak.message)


def default_throttle(vault_id: str) -> Throttle:
    return Throttle(paths.state_dir() / "unlock-attempts.json", vault_id)


class Vault:
    """An unlocked vault. Use :meth:`create` or one of the ``open_*`` constructors.

    Opening checks the database over one plain SQLCipher connection, which stays open for
    quick reads (:attr:`connection`, used by the dashboard). The SQLAlchemy engine and its
    ORM sessions are made on first use, so the first screen does not wait for the ORM.
    """

    def __init__(
        self, folder: Path, keyfile: KeyFile, data_key: bytes, connection: sqlcipher.Connection
    ):
        self.folder = Path(folder)
        self.keyfile = keyfile
        self._data_key: bytes | None = data_key
        self._connection: sqlcipher.Connection | None = connection
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._engine_lock = threading.Lock()
        self.migration_backup: Path | None = None

    # -- locating --------------------------------------------------------------------
    @staticmethod
    def db_path_of(folder: Path) -> Path:
        return Path(folder) / DB_NAME

    @staticmethod
    def keys_path_of(folder: Path) -> Path:
        return Path(folder) / KEYS_NAME

    @classmethod
    def exists(cls, folder: Path) -> bool:
        """True if anything of a vault is in ``folder`` (so nothing may be created there)."""
        return cls.db_path_of(folder).exists() or cls.keys_path_of(folder).exists()

    @property
    def db_path(self) -> Path:
        return self.db_path_of(self.folder)

    @property
    def keys_path(self) -> Path:
        return self.keys_path_of(self.folder)

    # -- creating --------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, *, remember: bool = False) -> tuple[Vault, str]:
        """Create a new vault; returns it with the recovery code (show it once)."""
        folder = Path(folder)
        validate_passphrase(passphrase)
        if cls.exists(folder):
            raise VaultExists(f"There is already a vault in {folder}; it was left untouched.")
        if remember:
            # keychain (and keyring, slow to import) only when a vault is remembered
            from mentordesk.vault import keychain

            if reason := keychain.refusal_reason():
                raise KeychainUnavailable(f"Cannot remember the vault on this computer: {reason}.")
        paths.ensure_private_dir(folder)
        data_key = crypto.new_data_key()
        recovery_code = crypto.new_recovery_code()
        keyfile = KeyFile.new(data_key, passphrase, recovery_code)
        create_private_file(cls.db_path_of(folder))
        vault = cls(folder, keyfile, data_key, connect_raw(cls.db_path_of(folder), data_key))
        migrate.upgrade(vault.engine)
        # The key file is written last: a folder without it is not yet a vault.
        keyfile.save(cls.keys_path_of(folder))
        if remember:
            vault.set_remember(True)
        return vault, recovery_code

    # -- opening ---------------------------------------------------------------------
    @classmethod
    def read_keyfile(cls, folder: Path) -> KeyFile:
        """The key file, after checking both vault files are there (never creates)."""
        folder = Path(folder)
        keys, db = cls.keys_path_of(folder), cls.db_path_of(folder)
        if not keys.exists() and not db.exists():
            raise VaultNotFound(f"There is no vault in {folder}.")
        if not keys.exists():
            raise VaultNotFound(
                f"The vault in {folder} has lost its key file ({KEYS_NAME}); "
                "restore it from a backup. Nothing was changed."
            )
        if not db.exists():
            raise VaultNotFound(
                f"The vault in {folder} has lost its database ({DB_NAME}); "
                "restore it from a backup. Nothing was changed."
            )
        return KeyFile.load(keys)

    @classmethod
    def _open_with_key(
        cls, folder: Path, keyfile: KeyFile, data_key: bytes, progress: Progress | None
    ) -> Vault:
        db_path = cls.db_path_of(folder)
        vault = cls(folder, keyfile, data_key, connect_raw(db_path, data_key))
        try:
            revision = migrate.revision_of(vault.connection)
            if revision != migrate.SCHEMA_HEAD:
                vault.migration_backup = migrate.migrate_from(
                    revision, vault.engine, db_path, progress
                )
        except BaseException as exc:
            vault.close()
            if is_database_error(exc):
                raise VaultDamaged(
                    f"The vault database is damaged (integrity): {getattr(exc, 'orig', exc)}. "
                    "Nothing was changed; restore it from a backup."
                ) from exc
            raise
        return vault

    @classmethod
    def open_with_passphrase(
        cls,
        folder: Path,
        passphrase: str,
        *,
        throttle: Throttle | None = None,
        progress: Progress | None = None,
    ) -> Vault:
        keyfile = cls.read_keyfile(folder)
        throttle = throttle or default_throttle(keyfile.vault_id)
        throttle.check()
        try:
            data_key = keyfile.unwrap_passphrase(passphrase)
        except WrongPassphrase:
            throttle.record_failure()
            raise
        throttle.record_success()
        return cls._open_with_key(folder, keyfile, data_key, progress)

    @classmethod
    def open_with_recovery_code(
        cls, folder: Path, code: str, *, progress: Progress | None = None
    ) -> Vault:
        keyfile = cls.read_keyfile(folder)
        data_key = keyfile.unwrap_recovery(code)
        return cls._open_with_key(folder, keyfile, data_key, progress)

    @classmethod
    def open_with_keychain(cls, folder: Path, *, progress: Progress | None = None) -> Vault | None:
        """Open with the remembered key, or None if the keychain cannot give the right one.

        A missing or wrong key is never a reason to create anything: the caller asks for
        the passphrase or the recovery code instead.
        """
        keyfile = cls.read_keyfile(folder)
        if not keyfile.remember_in_keychain:
            return None
        from mentordesk.vault import keychain

        data_key = keychain.fetch(keyfile.vault_id)
        if data_key is None or not keyfile.accepts(data_key):
            return None
        return cls._open_with_key(folder, keyfile, data_key, progress)

    # -- using -----------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._data_key is not None

    @property
    def connection(self) -> sqlcipher.Connection:
        """The vault's own plain connection, for quick reads on the GUI thread."""
        if self._connection is None:
            raise VaultLocked("The vault is locked.")
        return self._connection

    @property
    def engine(self) -> Engine:
        """The ORM's engine, made on first use (by whichever thread comes first, once)."""
        with self._engine_lock:
            if self._engine is None:
                from sqlalchemy.orm import sessionmaker

                from mentordesk.vault import audit, changes
                from mentordesk.vault.engine import make_engine

                engine = make_engine(self.db_path, self._key())
                self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
                audit.install(self._sessions)
                changes.install(self._sessions)
                self._engine = engine
            return self._engine

    def session(self) -> Session:
        self.engine  # noqa: B018 - made on first use
        assert self._sessions is not None  # set with the engine
        return self._sessions()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with self.session() as db, db.begin():
            yield db

    # -- key management --------------------------------------------------------------
    def _key(self) -> bytes:
        if self._data_key is None:
            raise VaultLocked("The vault is locked.")
        return self._data_key

    @property
    def data_key(self) -> bytes:
        return self._key()

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the data key under a new passphrase. The database is not touched."""
        validate_passphrase(new)
        current = KeyFile.load(self.keys_path)
        if current.unwrap(PASSPHRASE_SLOT, old) is None:
            raise WrongPassphrase("The current passphrase is not right.")
        current.set_slot(PASSPHRASE_SLOT, new, self._key())
        current.save(self.keys_path)
        self.keyfile = current

    def reset_passphrase(self, new: str) -> None:
        """Set a new passphrase after unlocking with the recovery code."""
        validate_passphrase(new)
        self.keyfile.set_slot(PASSPHRASE_SLOT, new, self._key())
        self.keyfile.save(self.keys_path)

    def set_remember(self, remember: bool) -> None:
        from mentordesk.vault import keychain

        if remember:
            keychain.store(self.keyfile.vault_id, self._key())
        else:
            keychain.forget(self.keyfile.vault_id)
        self.keyfile.remember_in_keychain = remember
        self.keyfile.save(self.keys_path)

    # -- closing ---------------------------------------------------------------------
    def close(self) -> None:
        """Dispose every connection and drop the key; the vault must be opened again."""
        if self._connection is not None:
            self._connection.close()
        if self._engine is not None:
            self._engine.dispose()
        self._connection = None
        self._engine = None
        self._sessions = None
        self._data_key = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""A vault: a folder with ``vault.db`` (SQLCipher) and ``vault.keys`` (the wrapped key).

Opening a vault never creates anything: a missing or damaged file is an error with a clear
message, and a wrong passphrase leaves both files byte-for-byte as they were.
"""

from __future__ import annotations

import os
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
    VaultReadOnly,
    WrongPassphrase,
)
from mentordesk.vault import anchor, crypto, migrate, strength
from mentordesk.vault.connection import connect_raw, is_database_error
from mentordesk.vault.fileio import create_private_file
from mentordesk.vault.keyfile import PASSPHRASE_SLOT, RECOVERY_SLOT, KeyFile
from mentordesk.vault.owner import LOCK_NAME, Owner
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


def _refuse_empty(db_path: Path) -> None:
    """An empty database file is a lost vault, never a new one: opening must not fill it."""
    try:
        size = db_path.stat().st_size
    except OSError as exc:
        raise VaultNotFound(f"{db_path} cannot be read ({exc.strerror}).") from exc
    if size == 0:
        raise VaultDamaged(
            f"The vault database {db_path} is empty (0 bytes): its records are not there. "
            "Nothing was changed; restore it from a backup."
        )


def _refuse_read_only(folder: Path, db_path: Path) -> None:
    """SQLite must write beside the database (its journal), so a read-only place is refused
    up front, instead of failing later with a misleading "damaged" or "disk I/O" error."""
    for path in (folder, db_path):
        if not os.access(path, os.W_OK):
            raise VaultReadOnly(
                f"The vault in {folder} cannot be opened: {path.name} is read-only here, and "
                "MentorDesk must be able to write beside its records. Copy the vault folder "
                "somewhere writable, or change its permissions. Nothing was changed."
            )


def default_throttle(vault_id: str) -> Throttle:
    return Throttle(paths.state_dir() / "unlock", vault_id)


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
        self.audit_key = anchor.audit_key(data_key)  # for the chain, derived once
        self.anchor = anchor.Keeper(self.folder, keyfile.vault_id, self.audit_key)
        # Said once after opening: the audit chain's end is not where the last save left it.
        self.integrity_warning: str | None = None
        self.owner: Owner | None = None  # held while this process may change the vault

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
        keyfile.set_backup_recipient(recovery_code, data_key)  # backups need no code later
        create_private_file(cls.db_path_of(folder))
        create_private_file(folder / LOCK_NAME)  # claimed by whoever changes the vault
        vault = cls(folder, keyfile, data_key, connect_raw(cls.db_path_of(folder), data_key))
        migrate.upgrade(vault.engine)
        vault.reset_anchor()
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
        _refuse_empty(db_path)
        _refuse_read_only(Path(folder), db_path)
        vault = cls(folder, keyfile, data_key, connect_raw(db_path, data_key))
        try:
            revision = migrate.revision_of(vault.connection)
            if revision is None:
                raise VaultDamaged(
                    f"{db_path} holds no MentorDesk schema: it is not this vault's database. "
                    "Nothing was changed; restore it from a backup."
                )
            if revision != migrate.SCHEMA_HEAD:
                vault.migration_backup = migrate.migrate_from(
                    revision, vault.engine, db_path, progress
                )
                if revision < migrate.KEYED_CHAIN:
                    vault.reset_anchor()  # the chain was keyed just now: anchor it
            vault.integrity_warning = vault.anchor_problem()
        except BaseException as exc:
            vault.close()
            if is_database_error(exc):
                from mentordesk.vault import dberrors

                honest = dberrors.translate(exc, folder=folder)
                if honest is not None and not isinstance(honest, VaultDamaged):
                    raise honest from exc  # busy, read-only or full: not damaged
                raise VaultDamaged(
                    f"The vault database {db_path} is damaged (database integrity): "
                    f"{getattr(exc, 'orig', exc)}. Nothing was changed; restore it from a backup."
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
        # A damaged key file is refused here, before any try is made or counted.
        keyfile = cls.read_keyfile(folder)
        throttle = throttle or default_throttle(keyfile.vault_id)
        data_key = throttle.attempt(lambda: keyfile.unwrap_passphrase(passphrase))
        vault = cls._open_with_key(folder, keyfile, data_key, progress)
        keyfile.save_if_upgraded(vault.keys_path)
        return vault

    @classmethod
    def open_with_recovery_code(
        cls, folder: Path, code: str, *, progress: Progress | None = None
    ) -> Vault:
        keyfile = cls.read_keyfile(folder)
        data_key = keyfile.unwrap_recovery(code)
        vault = cls._open_with_key(folder, keyfile, data_key, progress)
        keyfile.ensure_backup_recipient(code, data_key)  # an older vault: backups can be made
        keyfile.save_if_upgraded(vault.keys_path)
        return vault

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
                audit.attach_key(engine, self.audit_key)
                self._sessions = sessionmaker(bind=engine, expire_on_commit=False)
                audit.install(self._sessions, self._committed)
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

    # -- the audit chain's anchor ------------------------------------------------------
    def _chain_event(self, event: int) -> str | None:
        """The MAC of chain event ``event`` (None if there is no such event)."""
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT hash FROM audit_event WHERE id = ?", (event,)
            ).first()
        return row[0] if row else None

    def _committed(self, head: tuple[int, str]) -> None:
        self.anchor.advance(
            head[0],
            head[1],
            lambda current: current.event == 0 or self._chain_event(current.event) == current.mac,
        )

    def chain_head(self) -> tuple[int, str]:
        row = self.connection.execute(
            "SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return (row[0], row[1]) if row else (0, anchor.GENESIS)

    def reset_anchor(self) -> tuple[int, str]:
        """Anchor the chain where it ends now (at set-up, after a migration, or on request)."""
        head = self.chain_head()
        self.anchor.reset(*head)
        return head

    def anchor_problem(self) -> str | None:
        """Why the chain does not reach the anchor, in one line; None when it does."""
        try:
            current = anchor.read(self.folder, self.audit_key)
        except anchor.AnchorError as exc:
            return f"The audit chain cannot be checked against its anchor: {exc}."
        if current.vault_id != self.keyfile.vault_id:
            return f"{anchor.ANCHOR_NAME} belongs to another vault."
        row = self.connection.execute(
            "SELECT hash FROM audit_event WHERE id = ?", (current.event,)
        ).fetchone()
        if current.event and (row is None or row[0] != current.mac):
            last = self.chain_head()[0]
            return (
                f"Records saved earlier are missing: the audit chain should reach event "
                f"{current.event} but ends at {last}. Run 'mentordesk check' and restore "
                "the vault from a backup if needed."
            )
        return None

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

    def replace_recovery_code(self, passphrase: str) -> str:
        """A new recovery code in place of the old one, which stops opening this vault; the
        backup key is derived from the new code. Returns the new code (shown once).

        Backups made before keep their own key file and backup key: they still open with
        the old code (and only with it), so it is to be kept as long as they are. The data
        key does not change (the audit chain's key and every record are bound to it), so
        the old code with an older backup still yields that key: the dialog says so.
        """
        current = KeyFile.load(self.keys_path)
        if current.unwrap(PASSPHRASE_SLOT, passphrase) is None:
            raise WrongPassphrase("The passphrase is not right; the recovery code is unchanged.")
        code = crypto.new_recovery_code()
        current.set_slot(RECOVERY_SLOT, code, self._key())
        current.set_backup_recipient(code, self._key())
        current.save(self.keys_path)
        self.keyfile = current
        return code

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
        if self.owner is not None:
            self.owner.release()
            self.owner = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

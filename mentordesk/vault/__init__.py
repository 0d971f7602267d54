"""The encrypted vault: keys, SQLCipher engine, ORM models, migrations and audit log."""

from mentordesk.vault.vault import Vault

__all__ = ["Vault"]

"""Setting up a new vault: keys, schema, the shipped standards and the mentor's profile."""

from __future__ import annotations

from pathlib import Path

from mentordesk.services.profile import ProfileData, save_profile
from mentordesk.standards.shipped import install_shipped
from mentordesk.vault import Vault


def create_vault(
    folder: Path, passphrase: str, profile: ProfileData | None = None, *, remember: bool = False
) -> tuple[Vault, str]:
    """Create a vault ready to use; returns it with its recovery code (show it once)."""
    vault, recovery_code = Vault.create(folder, passphrase, remember=remember)
    try:
        with vault.transaction() as db:
            results = install_shipped(db)
            if profile is not None:
                if profile.standard_id is None:
                    profile.standard_id = next(
                        (r.standard_id for r in results if r.reference == "ST1379"), None
                    )
                save_profile(db, profile)
    except BaseException:
        vault.close()
        raise
    return vault, recovery_code

"""``mentordesk backup``, ``backup identity`` and ``restore``: the command line's backups."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

RECOVERY_ENV = "MENTORDESK_RECOVERY_CODE"


def add_commands(sub, add_vault_args) -> None:
    backup = sub.add_parser(
        "backup", help="back up the whole vault into one age-encrypted file, or print its identity"
    )
    backup.add_argument(
        "action", nargs="?", choices=["identity"], help="identity: print the backup identity"
    )
    backup.add_argument("--out", type=Path, metavar="FILE.age", help="where to write the backup")
    backup.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar="age1…",
        help="also encrypt to this age public key (repeatable)",
    )
    backup.add_argument(
        "--recovery-code",
        action="store_true",
        help=f"ask for the recovery code (or read {RECOVERY_ENV}) to set the backup key once",
    )
    add_vault_args(backup)

    restore = sub.add_parser("restore", help="check a backup and restore it into a new folder")
    restore.add_argument("file", type=Path, metavar="FILE.age")
    restore.add_argument("--to", type=Path, required=True, metavar="DIR")
    restore.add_argument(
        "--identity",
        type=Path,
        metavar="FILE",
        help="an age identity file instead of the recovery code (the passphrase is then "
        "asked for, to check the vault)",
    )
    restore.add_argument("--passphrase-file", type=Path, metavar="FILE")


def recovery_code(prompt: bool = True) -> str | None:
    if os.environ.get(RECOVERY_ENV):
        return os.environ[RECOVERY_ENV]
    if prompt and sys.stdin.isatty():
        return getpass.getpass("Recovery code: ")
    return None


def _need_code(code: str | None) -> str:
    if not code:
        from mentordesk.cli import CliError

        raise CliError(f"this needs the vault's recovery code: set {RECOVERY_ENV} or type it")
    return code


def cmd_backup(args: argparse.Namespace) -> int:
    from mentordesk import cli

    if args.action == "identity":
        return _identity(args)
    if args.out is None:
        raise cli.CliError("say where to write the backup: --out FILE.age")
    from mentordesk.backup.vault_backup import write_backup

    code = _need_code(recovery_code()) if args.recovery_code else None
    with cli.open_vault(args) as vault:
        info = write_backup(
            vault,
            args.out,
            now=cli.CLOCK.now(),
            extra_recipients=args.recipient,
            recovery_code=code,
        )
    print(f"Backup written to {info.path} ({info.size} bytes)")
    print(info.manifest.summary())
    return cli.EXIT_OK


def _identity(args: argparse.Namespace) -> int:
    from mentordesk import cli
    from mentordesk.backup import age
    from mentordesk.vault import Vault

    folder = cli._vault_dir(args)
    keyfile = Vault.read_keyfile(folder)
    code = _need_code(recovery_code())
    keyfile.unwrap_recovery(code)  # a wrong code is refused, not turned into a useless key
    print(f"# MentorDesk backup identity of the vault in {folder}")
    print(f"# public key: {age.recipient_for(code)}")
    print("# keep this secret; decrypt a backup with: age -d -i THIS_FILE BACKUP.age")
    print(age.identity_for(code))
    return cli.EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from mentordesk import cli
    from mentordesk.backup import age
    from mentordesk.backup.restore import restore_backup

    passphrase = None
    if args.identity:
        try:
            secret = age.identity_from_text(args.identity.read_text("utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise cli.CliError(f"cannot read the identity file {args.identity}: {exc}") from exc
        passphrase = cli._passphrase(args)
        if passphrase is None:
            raise cli.CliError(
                f"restoring with an identity needs the vault's passphrase: set "
                f"{cli.PASSPHRASE_ENV} or use --passphrase-file"
            )
    else:
        secret = _need_code(recovery_code())
    restored = restore_backup(args.file, args.to, secret, passphrase=passphrase)
    print(f"Restored into {restored.path}: {restored.manifest.summary()}")
    return cli.EXIT_OK

"""``mentordesk mentees erase``: the command line's side of UK GDPR erasure."""

from __future__ import annotations

import sys


def add_commands(msub, add_vault_args) -> None:
    erase = msub.add_parser(
        "erase",
        help="erase a mentee and every record about them (the audit log keeps a tombstone)",
    )
    erase.add_argument("mentee", metavar="NAME_OR_ID")
    erase.add_argument(
        "--confirm",
        metavar="FULL NAME",
        help="the mentee's full name, typed back (asked for when not given)",
    )
    add_vault_args(erase)


def cmd_erase(args, open_vault) -> int:
    from mentordesk.cli import CLOCK, EXIT_OK, CliError
    from mentordesk.services import erasure, mentees

    with open_vault(args) as vault:
        with vault.session() as db:
            mentee_id = mentees.find(db, args.mentee)
            what = erasure.plan(db, mentee_id)
        print("This erases, for good:")
        for line in what.lines():
            print(f"  - {line}")
        if what.kept:
            print("Kept, unlinked (your own reflections: check them for their name):")
            for line in what.kept:
                print(f"  - {line}")
        print(erasure.older_backups_note())
        confirm = args.confirm
        if confirm is None:
            if not sys.stdin.isatty():
                raise CliError("give --confirm with the mentee's full name to erase them")
            confirm = input(f"Type {what.full_name}'s full name to erase them: ")
        with vault.transaction() as db:
            erasure.erase(db, mentee_id, confirm=confirm, now=CLOCK.now())
        purged = erasure.purge_log(vault.connection)
    print(f"{what.full_name} (mentee {mentee_id}) was erased; the audit log keeps a tombstone.")
    if not purged:
        print(erasure.LOG_BUSY)
    return EXIT_OK

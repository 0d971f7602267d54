"""The command line: a second front door beside the GUI, over the same services.

Every failure a user can cause (wrong passphrase, damaged file, malformed import) ends with
one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from mentordesk import __version__, cli_ksb
from mentordesk.clock import SYSTEM_CLOCK, Clock

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
EXIT_CODES_HELP = """exit codes:
  0   done
  1   refused: bad input, or something asked for was not found
  2   usage: the command line itself is wrong
  3   wrong passphrase or recovery code
  4   the vault is damaged (or `check` found it changed)
  5   the vault is busy (another MentorDesk or program is writing to it)
  6   the vault's folder is read-only
  7   the disk is full (nothing saved before was lost)
  8   too many wrong tries: wait, then try again
  10  verify: the record is intact and unchanged, but its signer is not in your trusted list
  11  gateway: the mentee is not ready for the end-point assessment (each unmet rule listed)
  70  an unexpected error in MentorDesk (a crash report without your records was written)"""
PASSPHRASE_ENV = "MENTORDESK_PASSPHRASE"
CLOCK: Clock = SYSTEM_CLOCK  # where every command's "today" comes from (tests set their own)


class CliError(Exception):
    pass


def _add_vault_args(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--vault",
        type=Path,
        required=required,
        metavar="DIR",
        help="the vault folder (default: MentorDesk's folder in your user data folder)",
    )
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"read the passphrase from FILE (or set {PASSPHRASE_ENV})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentordesk",
        description="MentorDesk: an encrypted, offline workbook for workplace mentors. "
        "With no command, opens the app.",
        epilog=EXIT_CODES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"MentorDesk {__version__}")
    _add_vault_args(parser)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo vault (created on first use, its passphrase shown)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="open the app")
    _add_vault_args(gui)
    gui.add_argument("--demo", action="store_true", help="open the demo vault")
    gui.add_argument(
        "--exit-after-load",
        action="store_true",
        help="unlock, show the main window with the dashboard filled, then exit 0",
    )
    gui.add_argument(
        "--visit-all",
        action="store_true",
        help="with --exit-after-load: also show every module's page before exiting",
    )

    demo = sub.add_parser("demo", help="create a realistic demo vault")
    _add_vault_args(demo, required=True)
    demo.add_argument("--size", choices=["small", "large", "xl"], default="small")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--anchor", metavar="YYYY-MM-DD", help="the day the demo year ends on")

    check = sub.add_parser(
        "check",
        help="check cipher and database integrity, the audit chain, its anchor, every record",
    )
    check.add_argument(
        "--reanchor",
        action="store_true",
        help="after reading a report of missing events: accept the chain as it now ends "
        "(logged in the chain) so later checks compare against the new end",
    )
    _add_vault_args(check)

    mentees = sub.add_parser("mentees", help="mentees in a vault")
    msub = mentees.add_subparsers(dest="action", metavar="ACTION", required=True)
    _add_vault_args(msub.add_parser("list", help="one mentee a line: id, name, standard, status"))
    from mentordesk import cli_privacy

    cli_privacy.add_commands(msub, _add_vault_args)

    export = sub.add_parser(
        "export", help="records to PDF, planned sessions to .ics, encrypted employer exports"
    )
    esub = export.add_subparsers(dest="what", metavar="WHAT", required=True)
    contract = esub.add_parser("contract", help="a mentee's signed mentoring contract")
    contract.add_argument("--mentee", required=True, metavar="NAME_OR_ID")
    contract.add_argument("--version", type=int, metavar="N", help="default: the one in force")
    contract.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    contract.add_argument("--countersign", action="store_true", help=COUNTERSIGN_HELP)
    _add_vault_args(contract)
    review = esub.add_parser("review", help="a mentee's progress review")
    review.add_argument("--mentee", required=True, metavar="NAME_OR_ID")
    review.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD", help="the day it was held (default: latest)"
    )
    review.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    review.add_argument("--countersign", action="store_true", help=COUNTERSIGN_HELP)
    _add_vault_args(review)
    ics = esub.add_parser("ics", help="planned sessions as an iCalendar file")
    ics.add_argument("--mentee", metavar="NAME_OR_ID", help="one mentee's (default: everyone's)")
    ics.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    ics.add_argument(
        "--details",
        action="store_true",
        help="add each session's title and objectives (by default an event says only "
        "'Mentoring — T. Nowak', when and where: calendars are often shared)",
    )
    _add_vault_args(ics)
    from mentordesk.cli_export import add_commands as add_export_commands

    add_export_commands(esub, _add_vault_args)
    from mentordesk.cli_practice import add_commands as add_practice_commands

    add_practice_commands(esub, _add_vault_args)
    cli_ksb.add_commands(sub, esub, _add_vault_args)

    imports = sub.add_parser("import", help="read calendar invitations into the planner")
    isub = imports.add_subparsers(dest="what", metavar="WHAT", required=True)
    ics_in = isub.add_parser("ics", help="invitations in an .ics file, as planned sessions")
    ics_in.add_argument("file", type=Path, metavar="FILE.ics")
    ics_in.add_argument(
        "--mentee", metavar="NAME_OR_ID", help="for invitations that name no mentee"
    )
    _add_vault_args(ics_in)

    from mentordesk import cli_records

    cli_records.add_commands(sub, _add_vault_args)
    from mentordesk.cli_backup import add_commands

    add_commands(sub, _add_vault_args)
    from mentordesk.cli_signing import add_commands as add_signing_commands

    add_signing_commands(sub, _add_vault_args)
    return parser


# -- passphrase and vault -----------------------------------------------------------------
def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-23") from None


def _passphrase(args, *, prompt: bool = True) -> str | None:
    if args.passphrase_file:
        try:
            text = args.passphrase_file.read_text("utf-8")
        except OSError as exc:
            raise CliError(f"cannot read the passphrase file: {exc.strerror or exc}") from exc
        return text.rstrip("\r\n")
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if prompt and sys.stdin.isatty():
        return getpass.getpass("Vault passphrase: ")
    return None


def _vault_dir(args) -> Path:
    from mentordesk import paths

    return paths.vault_folder(args.vault)


def open_vault(args):
    from mentordesk.vault import Vault
    from mentordesk.vault.owner import Owner

    folder = _vault_dir(args)
    Vault.read_keyfile(folder)  # a missing or damaged vault is reported before any prompt
    owner = Owner(folder, "the mentordesk command").claim() if _writes(args) else None
    try:
        vault = _unlock(args, folder)
    except BaseException:
        if owner is not None:
            owner.release()
        raise
    vault.owner = owner
    if vault.integrity_warning and args.command != "check":  # check reports it itself
        print(f"mentordesk: warning: {vault.integrity_warning}", file=sys.stderr)
    return vault


def _writes(args) -> bool:
    """Whether the command changes the vault (and so must be its one writer for a while)."""
    return (
        args.command == "import"
        or (args.command in ("standards", "mentees") and args.action in ("import", "erase"))
        or args.command == "export"  # a record printed is signed, and noted as issued
        or (args.command == "signing" and args.action in ("new", "import"))
        or (args.command == "countersigned" and args.action == "import")
        or bool(getattr(args, "reanchor", False))
    )


def _unlock(args, folder: Path):
    from mentordesk.vault import Vault

    vault = None
    if not args.passphrase_file and not os.environ.get(PASSPHRASE_ENV):
        vault = Vault.open_with_keychain(folder)
    if vault is None:
        passphrase = _passphrase(args)
        if passphrase is None:
            raise CliError(
                f"this vault needs its passphrase: set {PASSPHRASE_ENV} or use --passphrase-file"
            )
        vault = Vault.open_with_passphrase(folder, passphrase)
    return vault


# -- commands -------------------------------------------------------------------------------
def cmd_demo(args) -> int:
    from datetime import date

    from mentordesk.services.demo import build_demo
    from mentordesk.services.demo.builder import DEMO_PASSPHRASE

    anchor = CLOCK.today()
    if args.anchor:
        try:
            anchor = date.fromisoformat(args.anchor)
        except ValueError as exc:
            raise CliError(f"--anchor must be a date like 2026-11-23, not {args.anchor!r}") from exc
    passphrase = _passphrase(args, prompt=False) or DEMO_PASSPHRASE
    vault, code = build_demo(args.vault, args.size, args.seed, passphrase=passphrase, anchor=anchor)
    vault.close()
    print(f"Demo vault ({args.size}, seed {args.seed}) created in {args.vault}")
    if passphrase == DEMO_PASSPHRASE:
        print(f"Passphrase: {DEMO_PASSPHRASE}")
    print(f"Recovery code: {code}")
    return EXIT_OK


def cmd_check(args) -> int:
    from mentordesk.errors import EXIT_DAMAGED, VaultDamaged
    from mentordesk.vault import dberrors
    from mentordesk.vault.check import reanchor, run_checks

    try:
        vault = open_vault(args)
    except VaultDamaged as exc:
        honest = dberrors.translate(exc, folder=_vault_dir(args))
        if honest is not None and honest is not exc:  # busy, read-only, full: not damaged
            raise honest from exc
        print(f"FAILED vault files: {exc}")
        print(f"mentordesk: check failed: {exc}", file=sys.stderr)
        return EXIT_DAMAGED
    shown = {"percent": -1}

    def progress(done: int, total: int, stage: str) -> None:
        percent = done * 100 // max(total, 1)
        if percent >= shown["percent"] + 10 or percent == 100 and shown["percent"] < 100:
            shown["percent"] = percent
            print(f"checking: {percent:3d}% ({stage})", file=sys.stderr, flush=True)

    with vault:
        if args.reanchor:
            event, _mac = reanchor(vault, "accepted after check")
            print(f"The audit chain is anchored again at event {event}.")
        results = run_checks(vault, progress)
    for result in results:
        print(result.line())
    failed = [r.name for r in results if not r.ok]
    if failed:
        print(f"mentordesk: check failed: {', '.join(failed)}", file=sys.stderr)
        return EXIT_DAMAGED
    return EXIT_OK


def cmd_mentees(args) -> int:
    from mentordesk.services import mentees

    if args.action == "erase":
        from mentordesk.cli_privacy import cmd_erase

        return cmd_erase(args, open_vault)

    with open_vault(args) as vault, vault.session() as db:
        for row in mentees.list_mentees(db):
            print(f"{row.id}\t{row.full_name}\t{row.standard or '-'}\t{row.status.value}")
    return EXIT_OK


COUNTERSIGN_HELP = (
    "certify it for the mentee's and the employer's own digital signatures "
    "(form filling and signing allowed), instead of no changes allowed"
)


def cmd_export(args) -> int:
    if args.what in ("employer", "list", "subject"):
        from mentordesk.cli_export import run

        return run(args)
    from mentordesk import cli_practice

    if args.what in cli_practice.COMMANDS:
        return cli_practice.run(args)
    if args.what in cli_ksb.EXPORTS:
        return cli_ksb.run(args)
    from mentordesk.services import mentees

    with open_vault(args) as vault, vault.transaction() as db:
        how = "for countersigning " if args.what != "ics" and args.countersign else ""
        if args.what == "contract":
            from mentordesk.services import contracts

            contract = contracts.find_version(db, mentees.find(db, args.mentee), args.version)
            out = contracts.export_contract(
                db, contract.id, args.out, CLOCK.now(), countersign=args.countersign
            )
            print(f"Contract version {contract.version} signed {how}and written to {out}")
        elif args.what == "review":
            from mentordesk.services.reviews import export, store

            review = store.find(db, mentees.find(db, args.mentee), args.date)
            out = export.export_review(
                db, review.id, args.out, CLOCK.now(), countersign=args.countersign
            )
            print(f"Progress review of {review.held_on:%d %B %Y} signed {how}and written to {out}")
        else:
            from mentordesk.services.sessions.ics import export_to

            mentee_id = mentees.find(db, args.mentee) if args.mentee else None
            count = export_to(args.out, db, mentee_id, now=CLOCK.now(), details=args.details)
            print(f"{count} planned sessions written to {args.out}")
    return EXIT_OK


def cmd_import(args) -> int:
    from mentordesk.services import mentees
    from mentordesk.services.sessions.ics import import_ics, read_calendar_file

    data = read_calendar_file(args.file)  # refused early, naming the file, if too large
    with open_vault(args) as vault, vault.transaction() as db:
        default = mentees.find(db, args.mentee) if args.mentee else None
        result = import_ics(db, data, default)
    print(f"{len(result.created)} sessions added, {len(result.moved)} moved to a new time")
    for reason in result.skipped:
        print(f"not imported: {reason}")
    return EXIT_OK


def _records(command: str, args) -> int:
    from mentordesk import cli_records

    return cli_records.COMMANDS[command](args)


def cmd_gui(args) -> int:
    from mentordesk import paths

    demo = getattr(args, "demo", False)
    folder = paths.vault_folder(args.vault, demo=demo)
    passphrase = _passphrase(args, prompt=False)

    from mentordesk.ui.app import run

    return run(
        vault_dir=folder,
        demo=demo,
        passphrase=passphrase,
        exit_after_load=getattr(args, "exit_after_load", False),
        visit_all=getattr(args, "visit_all", False),
    )


def cmd_backup(args) -> int:
    from mentordesk.cli_backup import cmd_backup as run

    return run(args)


def cmd_restore(args) -> int:
    from mentordesk.cli_backup import cmd_restore as run

    return run(args)


def cmd_signing(args) -> int:
    from mentordesk.cli_signing import run

    return run(args)


COMMANDS = {
    "verify": cmd_signing,
    "signing": cmd_signing,
    "countersigned": cmd_signing,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "demo": cmd_demo,
    "check": cmd_check,
    "mentees": cmd_mentees,
    "export": cmd_export,
    "ksb": cli_ksb.run,
    "gateway": cli_ksb.run,
    "import": cmd_import,
    "reviews": lambda args: _records("reviews", args),
    "standards": lambda args: _records("standards", args),
    "gui": cmd_gui,
    None: cmd_gui,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; every failure ends in one line on stderr and its exit code."""
    args = build_parser().parse_args(argv)
    from mentordesk import paths

    with paths.private_files():  # whatever MentorDesk writes is its user's alone
        try:
            return COMMANDS[args.command](args)
        except KeyboardInterrupt:
            print("mentordesk: interrupted", file=sys.stderr)
            return 130
        except BrokenPipeError:  # the reader stopped early (`| head`): nothing went wrong
            sys.stdout = None  # no flush at exit to a closed pipe
            return EXIT_OK
        except Exception as exc:  # noqa: BLE001 - the one top-level guard
            from mentordesk.cli_errors import explain

            message, code = explain(exc, args)
            print(f"mentordesk: {message}", file=sys.stderr)
            return code

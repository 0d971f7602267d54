"""``mentordesk export employer`` and ``export list``: exports for employers from the command
line, and the vault's record of every export made."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

RECORD_KINDS = {  # --include words -> EmployerChoice fields
    "contracts": "contracts",
    "reviews": "reviews",
    "sessions": "sessions",
    "hours": "hours",
    "ksb": "ksb_evidence",
}


def _kinds(text: str) -> list[str]:
    chosen = [word.strip().lower() for word in text.split(",") if word.strip()]
    unknown = [word for word in chosen if word not in RECORD_KINDS]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"{', '.join(unknown) or 'nothing'}: choose from {','.join(RECORD_KINDS)}"
        )
    return chosen


def add_commands(esub, add_vault_args) -> None:
    from mentordesk.cli import _date

    employer = esub.add_parser(
        "employer",
        help="chosen records of chosen mentees for an employer, in one age-encrypted file",
        description="Private session notes, reflections, supervision and safeguarding are "
        "left out unless asked for by name.",
    )
    _add_protection(employer)
    employer.add_argument(
        "--mentee",
        action="append",
        default=[],
        metavar="NAME_OR_ID",
        help="a mentee to include (repeatable; default: every mentee)",
    )
    employer.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD")
    employer.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD")
    employer.add_argument(
        "--include",
        type=_kinds,
        default=list(RECORD_KINDS),
        metavar="KINDS",
        help=f"records to include, comma-separated (default: {','.join(RECORD_KINDS)})",
    )
    employer.add_argument(
        "--private-notes", action="store_true", help="add private notes to session summaries"
    )
    for flag, what in (
        ("--reflections", "your reflections"),
        ("--supervision", "your supervision records"),
        ("--safeguarding", "safeguarding concerns"),
    ):
        employer.add_argument(flag, action="store_true", help=f"also include {what}")
    employer.add_argument(
        "--for", dest="label", default="", metavar="WHO", help="who it is for (noted in the vault)"
    )
    add_vault_args(employer)
    add_vault_args(esub.add_parser("list", help="every export made from this vault"))
    subject = esub.add_parser(
        "subject",
        help="everything held about one mentee (UK GDPR subject access), age-encrypted",
    )
    subject.add_argument("mentee", metavar="NAME_OR_ID")
    _add_protection(subject)
    subject.add_argument(
        "--without-safeguarding",
        action="store_true",
        help="leave safeguarding records out (on your safeguarding lead's advice)",
    )
    add_vault_args(subject)


def _add_protection(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.age")
    how = parser.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--recipient",
        action="append",
        metavar="age1…",
        help="encrypt to this age public key (repeatable)",
    )
    how.add_argument(
        "--recipient-file", type=Path, metavar="FILE", help="age public keys, one a line"
    )
    how.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help="encrypt to a passphrase read from standard input (tell it to them by phone)",
    )


def _recipients(args: argparse.Namespace) -> list[str]:
    from mentordesk.cli import CliError

    if args.recipient:
        return list(args.recipient)
    if args.recipient_file is None:
        return []
    try:
        text = args.recipient_file.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"cannot read the recipient file {args.recipient_file}: {exc}") from exc
    keys = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if any(key.upper().startswith("AGE-SECRET-KEY-") for key in keys):
        raise CliError(
            f"{args.recipient_file} holds a secret key (AGE-SECRET-KEY-1…): give the "
            "recipient's public key (age1…) instead"
        )
    if not keys:
        raise CliError(f"{args.recipient_file} holds no age public key (age1…)")
    return keys


def _read_passphrase() -> str:
    from mentordesk.cli import CliError

    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise CliError("--passphrase-stdin: standard input gave no passphrase")
    return line


def cmd_employer(args: argparse.Namespace) -> int:
    from mentordesk import cli
    from mentordesk.backup.package import opening_instructions
    from mentordesk.services import mentees
    from mentordesk.services.disclosure import EmployerChoice, export_for_employer

    recipients = _recipients(args)
    passphrase = _read_passphrase() if args.passphrase_stdin else None
    ticked = {RECORD_KINDS[k]: True for k in args.include}
    sensitive = [
        words
        for name, words in (
            ("reflections", "your reflections"),
            ("supervision", "your supervision records"),
            ("safeguarding", "safeguarding concerns"),
        )
        if getattr(args, name)
    ]
    if sensitive or args.private_notes:
        shared = [*sensitive, "private session notes"] if args.private_notes else sensitive
        print(
            f"mentordesk: warning: this export includes {', '.join(shared)}; send it only "
            "to someone entitled to see them",
            file=sys.stderr,
        )
    with cli.open_vault(args) as vault, vault.transaction() as db:
        choice = EmployerChoice(
            mentee_ids=tuple(mentees.find(db, m) for m in args.mentee),
            date_from=args.date_from,
            date_to=args.date_to,
            **{k: k in ticked for k in RECORD_KINDS.values()},
            session_private_notes=args.private_notes,
            reflections=args.reflections,
            supervision=args.supervision,
            safeguarding=args.safeguarding,
        )
        done = export_for_employer(
            db,
            choice,
            args.out,
            now=cli.CLOCK.now(),
            recipients=recipients,
            passphrase=passphrase,
            recipient_label=args.label,
        )
    print(
        f"Employer export written to {done.path} ({done.files} files, {done.size} bytes, "
        f"SHA-256 {done.sha256}); recorded in the vault as export {done.id}."
    )
    print(opening_instructions(done.path.name, passphrase=done.by_passphrase))
    return cli.EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from mentordesk import cli
    from mentordesk.services.exports import list_exports

    with cli.open_vault(args) as vault, vault.session() as db:
        rows = list_exports(db)
    for row in rows:
        protected = "passphrase" if row.by_passphrase else "age key"
        print(
            f"{row.id}\t{row.made_at.astimezone():%Y-%m-%d %H:%M}\t{row.kind}\t"
            f"{row.recipient or '-'}\t{protected}\t{row.path}\t{row.size}\t{row.sha256}\t"
            f"{row.what}"
        )
    if not rows:
        print("No exports have been made from this vault yet.")
    return cli.EXIT_OK


def cmd_subject(args: argparse.Namespace) -> int:
    from mentordesk import cli
    from mentordesk.backup.package import opening_instructions
    from mentordesk.services import mentees
    from mentordesk.services.disclosure.subject import SubjectChoice, export_subject_access

    recipients = _recipients(args)
    passphrase = _read_passphrase() if args.passphrase_stdin else None
    with cli.open_vault(args) as vault, vault.transaction() as db:
        choice = SubjectChoice(
            mentees.find(db, args.mentee), safeguarding=not args.without_safeguarding
        )
        done = export_subject_access(
            db, choice, args.out, now=cli.CLOCK.now(), recipients=recipients, passphrase=passphrase
        )
    print(
        f"Subject access export written to {done.path} ({done.files} files, {done.size} "
        f"bytes, SHA-256 {done.sha256}); recorded in the vault as export {done.id}."
    )
    print(opening_instructions(done.path.name, passphrase=passphrase is not None))
    return cli.EXIT_OK


def run(args: argparse.Namespace) -> int:
    commands = {"employer": cmd_employer, "subject": cmd_subject}
    return commands.get(args.what, cmd_list)(args)

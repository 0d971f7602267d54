"""``mentordesk verify``, ``signing`` and ``countersigned``: signed records on the command
line. ``verify`` needs no vault: anyone can check a record with the mentor's certificate."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

P12_PASSWORD_ENV = "MENTORDESK_P12_PASSWORD"


def add_commands(sub, add_vault_args) -> None:
    verify = sub.add_parser(
        "verify",
        help="check a signed PDF record: who signed it, and whether it changed since",
        description="Check a signed PDF. Exit code 0: intact, fully covered, unchanged and "
        "signed by a certificate you trust; 10: the same but the signer is not in your "
        "trusted list; 1: changed, invalid, damaged or not signed.",
    )
    verify.add_argument("file", type=Path, nargs="?", metavar="FILE.pdf")
    verify.add_argument(
        "--trust",
        action="append",
        default=[],
        type=Path,
        metavar="CERT",
        help="a certificate you trust (.pem or .cer), e.g. the mentor's (repeatable)",
    )
    verify.add_argument(
        "--sheet",
        type=Path,
        metavar="OUT.pdf",
        help="write the one-page sheet 'How to check a MentorDesk record' (for employers)",
    )

    signing = sub.add_parser("signing", help="the certificate your records are signed with")
    ssub = signing.add_subparsers(dest="action", metavar="ACTION", required=True)
    add_vault_args(ssub.add_parser("show", help="name, fingerprint and dates of the certificate"))
    cert = ssub.add_parser("certificate", help="write the certificate for an employer to trust")
    cert.add_argument("--out", required=True, type=Path, metavar="FILE.pem|FILE.cer")
    add_vault_args(cert)
    add_vault_args(ssub.add_parser("new", help="make a new key and self-signed certificate"))
    imp = ssub.add_parser(
        "import",
        help=f"sign with a digital ID (.p12/.pfx) from now on (password from {P12_PASSWORD_ENV} "
        "or asked for)",
    )
    imp.add_argument("file", type=Path, metavar="FILE.p12")
    add_vault_args(imp)

    counter = sub.add_parser(
        "countersigned", help="records sent for countersignature and the signatures that came back"
    )
    csub = counter.add_subparsers(dest="action", metavar="ACTION", required=True)
    cimp = csub.add_parser("import", help="check a countersigned copy and record its signatures")
    cimp.add_argument("file", type=Path, metavar="FILE.pdf")
    add_vault_args(cimp)
    add_vault_args(csub.add_parser("list", help="every countersignature recorded"))
    ccopy = csub.add_parser(
        "copy", help="write the countersigned copy of a record kept in the vault"
    )
    ccopy.add_argument(
        "reference", metavar="REFERENCE", help="the record's reference, e.g. MD-R-0004"
    )
    ccopy.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    add_vault_args(ccopy)


def cmd_verify(args: argparse.Namespace) -> int:
    from mentordesk.cli import CLOCK, CliError
    from mentordesk.documents.signing import read_certificate
    from mentordesk.documents.verify import MAX_PDF_BYTES, verify_pdf
    from mentordesk.vault.fileio import read_limited

    trust = [read_certificate(p) for p in args.trust]
    data = read_limited(args.file, MAX_PDF_BYTES, "a record (over 50 MB)", CliError)
    verdict = verify_pdf(data, trust, CLOCK.now())
    print(verdict.headline)
    print()
    for line in verdict.details():
        print(line)
    return verdict.code


def cmd_signing(args: argparse.Namespace) -> int:
    from mentordesk.cli import CLOCK, open_vault
    from mentordesk.documents.signing import grouped
    from mentordesk.services.signing import identity

    with open_vault(args) as vault, vault.transaction() as db:
        if args.action == "certificate":
            out = identity.export_certificate(db, args.out)
            print(f"Certificate written to {out}")
            info = identity.current(db)
        elif args.action == "new":
            info = identity.make_new(db, CLOCK.now())
            print("A new signing key and certificate were made; records are signed with it now.")
        elif args.action == "import":
            data = identity.read_pkcs12(args.file)
            info = identity.import_pkcs12(db, data, _p12_password(), CLOCK.now())
            print(f"Records are now signed with the digital ID in {args.file}.")
        else:
            info = identity.current(db)
        if info is None:
            print("No signing certificate yet: one is made when the first record is signed.")
            return 0
        print(f"Signer: {info.name}" + (f", {info.organisation}" if info.organisation else ""))
        print(f"SHA-256 fingerprint: {grouped(info.fingerprint)}")
        print(f"Valid: {info.valid_from:%d %b %Y} to {info.valid_until:%d %b %Y} ({info.issuer})")
    return 0


def _p12_password() -> str:
    if P12_PASSWORD_ENV in os.environ:
        return os.environ[P12_PASSWORD_ENV]
    if sys.stdin.isatty():
        return getpass.getpass("Digital ID password: ")
    return ""


def cmd_countersigned(args: argparse.Namespace) -> int:
    from mentordesk.cli import CLOCK, open_vault
    from mentordesk.services.signing import countersigned

    with open_vault(args) as vault, vault.transaction() as db:
        if args.action == "import":
            data = countersigned.read_pdf(args.file)
            done = countersigned.import_countersigned(db, data, CLOCK.now())
            print(done.summary())
            print(done.headline)
            for row in countersigned.countersignatures_of(db, done.kind, done.record_id):
                print(f"  {row.line()}")
            return 0
        if args.action == "copy":
            from mentordesk.cli import CliError
            from mentordesk.vault.fileio import atomic_write

            kept = countersigned.copy_by_reference(db, args.reference)
            if kept is None:
                raise CliError(
                    f"No countersigned copy of {args.reference} has come back to this vault"
                )
            atomic_write(args.out, kept)
            print(f"The countersigned copy of {args.reference} written to {args.out}")
            return 0
        rows = countersigned.all_countersignatures(db)
        if not rows:
            print("No countersignatures recorded yet.")
        for reference, row in rows:
            print(f"{reference}  {row.line()}")
    return 0


def run(args: argparse.Namespace) -> int:
    if args.command == "verify":
        if args.sheet:
            from mentordesk.documents.check_sheet import save_check_sheet

            save_check_sheet(args.sheet)
            print(f"How to check a MentorDesk record: written to {args.sheet}")
            if args.file is None:
                return 0
        if args.file is None:
            from mentordesk.cli import CliError

            raise CliError("give the PDF to check: mentordesk verify FILE.pdf [--trust CERT]")
        return cmd_verify(args)
    if args.command == "signing":
        return cmd_signing(args)
    return cmd_countersigned(args)

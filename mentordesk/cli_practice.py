"""``mentordesk export cpd`` and ``export reflections``: the mentor's own practice records
as signed PDFs for their portfolio, from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

COMMANDS = ("cpd", "reflections")  # the ``export`` words this module answers


def add_commands(esub, add_vault_args) -> None:
    from mentordesk.cli import _date

    cpd = esub.add_parser(
        "cpd",
        help="your CPD record over a period, signed (default: the three years ending today)",
        description="Every CPD activity that started in the period, the hours per year and "
        "over the three years ending on its last day against the targets (35 hours, 20 "
        "participatory), and each evidence file by name and SHA-256.",
    )
    cpd.add_argument(
        "--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="the first day"
    )
    cpd.add_argument(
        "--to",
        dest="date_to",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the last day (default: today)",
    )
    cpd.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    add_vault_args(cpd)

    accounts = esub.add_parser(
        "reflections",
        help="your final reflections over a period, as signed reflective accounts",
        description="Every final reflection written about a day in the period (drafts are "
        "left out). A reflection whose words name someone the vault now holds, or give a "
        "date of birth, a ULN or a phone number, is listed on the error stream: read it "
        "before you share the PDF.",
    )
    accounts.add_argument(
        "--from", dest="date_from", type=_date, metavar="YYYY-MM-DD", help="the first day"
    )
    accounts.add_argument(
        "--to", dest="date_to", type=_date, metavar="YYYY-MM-DD", help="the last day"
    )
    accounts.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    add_vault_args(accounts)


def cmd_cpd(args: argparse.Namespace) -> int:
    from mentordesk import cli
    from mentordesk.documents.reference import long_date
    from mentordesk.services import cpd
    from mentordesk.services.stored import dbapi

    end = args.date_to or cli.CLOCK.today()
    start = args.date_from or cpd.three_years_to(end)[0]
    with cli.open_vault(args) as vault, vault.transaction() as db:
        out = cpd.export_cpd(db, start, end, args.out, cli.CLOCK.now())
        counted = cpd.hours_between(dbapi(db), start, end)
    print(
        f"CPD record of {long_date(start)} to {long_date(end)} ({counted.entries} activities, "
        f"{counted.hours:g} hours, {counted.participatory:g} participatory) signed and "
        f"written to {out}"
    )
    return cli.EXIT_OK


def cmd_reflections(args: argparse.Namespace) -> int:
    import sys

    from mentordesk import cli
    from mentordesk.services import reflections

    with cli.open_vault(args) as vault, vault.transaction() as db:
        count, warnings = reflections.export_reflections(
            db, args.date_from, args.date_to, args.out, cli.CLOCK.now()
        )
    print(f"{count} final reflection{'s' if count != 1 else ''} signed and written to {args.out}")
    for warning in warnings:
        print(f"Check before sharing: {warning}", file=sys.stderr)
    return cli.EXIT_OK


def run(args: argparse.Namespace) -> int:
    return {"cpd": cmd_cpd, "reflections": cmd_reflections}[args.what](args)

"""``mentordesk export cpd``: the mentor's own practice records as signed PDFs for their
portfolio, from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

COMMANDS = ("cpd",)  # the ``export`` words this module answers


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


def run(args: argparse.Namespace) -> int:
    return {"cpd": cmd_cpd}[args.what](args)

"""Commands over a vault's records: progress reviews due, and the standards it holds."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from mentordesk import cli


def add_commands(sub, add_vault_args: Callable[[argparse.ArgumentParser], None]) -> None:
    reviews = sub.add_parser("reviews", help="progress reviews")
    rsub = reviews.add_subparsers(dest="action", metavar="ACTION", required=True)
    add_vault_args(rsub.add_parser("due", help="reviews due within 14 days, and overdue"))

    standards = sub.add_parser("standards", help="apprenticeship standards in a vault")
    ssub = standards.add_subparsers(dest="action", metavar="ACTION", required=True)
    add_vault_args(ssub.add_parser("list", help="each standard with its K, S, B, duty counts"))
    imp = ssub.add_parser("import", help="import standards from official API-shaped JSON")
    imp.add_argument("file", type=Path, metavar="FILE.json")
    imp.add_argument(
        "--replace",
        action="store_true",
        help="let a standard in the vault take the content of a different standard that the "
        "file gives the same reference and version (refused without this)",
    )
    add_vault_args(imp)


def cmd_reviews(args) -> int:
    from mentordesk.services.reviews.due import reviews_due

    with cli.open_vault(args) as vault:
        rows = reviews_due(vault.connection, cli.CLOCK.today())
    for r in rows:
        state = f"overdue by {-r.days_left} days" if r.overdue else f"due in {r.days_left} days"
        last = f"last review {r.last_review:%Y-%m-%d}" if r.last_review else "no review yet"
        print(f"{r.due_on:%Y-%m-%d}\t{state}\t{r.mentee}\t{last}")
    if not rows:
        print("No reviews due in the next 14 days, and none overdue.")
    return cli.EXIT_OK


def cmd_standards(args) -> int:
    from mentordesk.services import standards

    if args.action == "import":
        from mentordesk.standards.schema import load_file

        parsed = load_file(args.file)  # validated whole before the vault is touched
        with cli.open_vault(args) as vault, vault.transaction() as db:
            from mentordesk.standards.store import import_standards

            results = import_standards(db, parsed, replace=args.replace)
        for result in results:
            print(result.describe())
        return cli.EXIT_OK
    with cli.open_vault(args) as vault, vault.session() as db:
        for summary in standards.list_standards(db):
            print(summary.line())
    return cli.EXIT_OK


COMMANDS = {"reviews": cmd_reviews, "standards": cmd_standards}

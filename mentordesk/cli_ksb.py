"""The KSB tracker from the command line: ``ksb matrix`` (coverage of a standard by one
portfolio, as a table or CSV), ``gateway`` (a mentee's gateway checklist; exit 0 only when
ready), ``export portfolio`` (the signed KSB portfolio) and ``export gateway-pack`` (the
age-encrypted pack for the end-point assessment organisation).

Nothing heavy is imported here: this module is read when the command line is built."""

from __future__ import annotations

import argparse
from pathlib import Path

EXPORTS = ("portfolio", "gateway-pack")  # the ``export`` words this module answers
DETAIL_WIDTH = 48  # characters of a KSB's wording in the text table


EXIT_NOT_READY = 11  # gateway: not ready (each unmet rule listed)


def _add_owner(parser: argparse.ArgumentParser) -> None:
    whose = parser.add_mutually_exclusive_group(required=True)
    whose.add_argument("--mentee", metavar="NAME_OR_ID", help="a mentee's portfolio")
    whose.add_argument(
        "--mine", action="store_true", help="your own portfolio, against your own standard"
    )


def add_commands(sub, esub, add_vault_args) -> None:
    from mentordesk.cli_export import _add_protection

    ksb = sub.add_parser("ksb", help="the KSB tracker: evidence against a standard")
    ksub = ksb.add_subparsers(dest="action", metavar="ACTION", required=True)
    matrix = ksub.add_parser(
        "matrix",
        help="every KSB of a portfolio's standard: evidence against the count asked for, "
        "latest judgement, last evidenced, status",
    )
    _add_owner(matrix)
    matrix.add_argument("--csv", action="store_true", help="CSV on standard output")
    add_vault_args(matrix)

    gateway = sub.add_parser(
        "gateway",
        help="a mentee's end-point assessment gateway checklist (exit 0 only when ready)",
        description="Each rule for the mentee's standard and start date with ✔ or ✖ and "
        "its source. Exits 0 when every rule is met, 11 when one is not (1: refused, as "
        "every command).",
    )
    gateway.add_argument("--mentee", required=True, metavar="NAME_OR_ID")
    add_vault_args(gateway)

    portfolio = esub.add_parser(
        "portfolio",
        help="a KSB portfolio, signed: every KSB, its evidence and the files' SHA-256",
    )
    _add_owner(portfolio)
    portfolio.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    add_vault_args(portfolio)

    pack = esub.add_parser(
        "gateway-pack",
        help="a mentee's gateway pack for the assessment organisation, age-encrypted",
        description="The signed portfolio, every evidence file in a folder per KSB, and an "
        "index of the files with their SHA-256, signed by you (README.txt inside says how "
        "to check it). Noted in the vault's exports, and as the portfolio assembled.",
    )
    pack.add_argument("--mentee", required=True, metavar="NAME_OR_ID")
    _add_protection(pack)
    add_vault_args(pack)


def _owner(db, args: argparse.Namespace) -> int | None:
    from mentordesk.services import mentees

    return None if getattr(args, "mine", False) else mentees.find(db, args.mentee)


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def matrix_rows(m) -> list[tuple[str, ...]]:  # noqa: ANN001 - a coverage.Matrix
    """code, KSB, duties, evidence, required, latest judgement, last evidenced, status."""
    from mentordesk.words import label

    return [
        (
            r.code,
            " ".join(r.detail.split()),
            ", ".join(r.duties),
            str(r.count),
            str(r.required),
            label(r.latest) if r.latest else "",
            r.last_on.isoformat() if r.last_on else "",
            r.status_words,
        )
        for r in m.rows
    ]


HEADER = ("code", "ksb", "duties", "evidence", "required", "latest_judgement",
          "last_evidenced", "status")  # fmt: skip
TITLES = ("Code", "KSB", "Duties", "Evidence", "Required", "Latest judgement",
          "Last evidenced", "Status")  # fmt: skip


def cmd_matrix(args: argparse.Namespace) -> int:
    from mentordesk import cli
    from mentordesk.services.ksb import coverage
    from mentordesk.services.stored import dbapi

    with cli.open_vault(args) as vault, vault.session() as db:
        owner = _owner(db, args)
        m = coverage.matrix(dbapi(db), owner, cli.CLOCK.today())
    if m.standard_id is None:
        whose = "You have" if owner is None else f"{m.owner_name} has"
        raise cli.CliError(f"{whose} no apprenticeship standard chosen, so there is no matrix")
    rows = matrix_rows(m)
    if args.csv:
        import sys

        from mentordesk.backup.package import csv_bytes

        sys.stdout.write(csv_bytes(HEADER, rows).decode("utf-8-sig"))
        return cli.EXIT_OK
    print(
        f"{m.owner_name}: {m.standard}. {m.met} of {len(m.rows)} KSBs met "
        f"({m.percent_met:.0f}%), {m.evidenced} evidenced ({m.percent_evidenced:.0f}%); "
        f"{m.required} pieces of evidence asked for each."
    )
    shown = [(c, _cut(k, DETAIL_WIDTH), *rest) for c, k, *rest in rows]
    widths = [max(len(t), *(len(r[i]) for r in shown)) for i, t in enumerate(TITLES)]
    for line in [TITLES, *shown]:
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
    return cli.EXIT_OK


def cmd_gateway(args: argparse.Namespace) -> int:
    from mentordesk import cli
    from mentordesk.documents.reference import long_date
    from mentordesk.services import mentees
    from mentordesk.services.ksb import gateway

    with cli.open_vault(args) as vault, vault.session() as db:
        found = gateway.readiness(db, mentees.find(db, args.mentee), cli.CLOCK.today())
    started = f", started {long_date(found.start_date)}" if found.start_date else ""
    print(f"Gateway readiness of {found.mentee} ({found.standard or 'no standard'}{started})")
    for r in found.results:
        print(f"{r.mark} {r.label}: {r.detail} (source: {r.source})")
    if found.ready:
        print(f"Ready for gateway: all {len(found.results)} rules are met.")
        return cli.EXIT_OK
    if not found.results:
        print(f"Not ready: no gateway rules apply to {found.mentee}'s standard yet.")
    else:
        unmet = found.unmet
        print(
            f"Not ready: {len(unmet)} of {len(found.results)} rules not met: "
            + "; ".join(r.label for r in unmet)
            + "."
        )
    return EXIT_NOT_READY


def cmd_portfolio(args: argparse.Namespace) -> int:
    from mentordesk import cli
    from mentordesk.services.ksb import portfolio

    with cli.open_vault(args) as vault, vault.transaction() as db:
        owner = _owner(db, args)
        portfolio.check_out(args.out)
        now = cli.CLOCK.now()
        found = portfolio.gather(db, owner, now.date())
        data = portfolio.signed_pdf(db, found, now)
        out = portfolio.write_pdf(args.out, data)
    doc = found.document
    print(
        f"KSB portfolio of {doc.owner} ({doc.met} of {len(doc.ksbs)} KSBs met, "
        f"{doc.files} evidence files) signed and written to {out}"
    )
    return cli.EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    from mentordesk import cli
    from mentordesk.backup.package import opening_instructions
    from mentordesk.cli_export import _read_passphrase, _recipients
    from mentordesk.documents.reference import long_date
    from mentordesk.services import mentees
    from mentordesk.services.ksb.pack import make_pack

    recipients = _recipients(args)
    passphrase = _read_passphrase() if args.passphrase_stdin else None
    with cli.open_vault(args) as vault, vault.transaction() as db:
        now = cli.CLOCK.now()
        done = make_pack(
            db,
            mentees.find(db, args.mentee),
            args.out,
            now,
            recipients=recipients,
            passphrase=passphrase,
        )
    print(
        f"Gateway pack written to {done.path} ({done.files} files, {done.size} bytes, "
        f"SHA-256 {done.sha256}); recorded in the vault as export {done.export_id}, and the "
        f"portfolio noted as assembled on {long_date(now.date())}."
    )
    print(opening_instructions(done.path.name, passphrase=passphrase is not None))
    print("README.txt in the pack says how to check the index's signature and the files.")
    return cli.EXIT_OK


def run(args: argparse.Namespace) -> int:
    if args.command == "ksb":
        return cmd_matrix(args)
    if args.command == "gateway":
        return cmd_gateway(args)
    return {"portfolio": cmd_portfolio, "gateway-pack": cmd_pack}[args.what](args)

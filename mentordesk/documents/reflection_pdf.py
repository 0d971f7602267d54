"""Reflective accounts as a PDF, in the same layout as every printed record: one
reflection (kind "reflection"), or the final ones of a period for the mentor's portfolio
(kind "reflections", numbered as each copy is issued)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentordesk.documents.layout import Built, Layout, build_pdf
from mentordesk.documents.model import Section
from mentordesk.documents.reference import long_date


@dataclass(frozen=True)
class Account:
    """One reflection as printed: its heading line and a section per stage."""

    reference: str  # "MD-F-0012"
    title: str
    occurred_on: date
    model: str  # the model's name and source
    final: bool
    rows: list[tuple[str, str]]  # (stage title, what was written), in the model's order
    details: list[tuple[str, str]]  # links, KSBs, amendments


@dataclass(frozen=True)
class Accounts:
    mentor: str
    organisation: str
    standard: str  # the mentor's own standard, named as a record names it
    start: date | None
    end: date | None
    accounts: list[Account]


def _sections(account: Account, *, with_reference: bool) -> list[Section]:
    ref = f"{account.reference} · " if with_reference else ""
    state = "final" if account.final else "draft, not final"
    head = f"{account.title}"
    note = f"{ref}{long_date(account.occurred_on)} · {account.model} · {state}"
    return [
        Section(head, account.rows, note=note),
        Section("About this reflection", account.details),
    ]


def build_account_pdf(doc: Accounts, reference: str) -> Built:
    """One reflective account."""
    account = doc.accounts[0]
    return build_pdf(
        Layout(
            heading="Reflective account",
            reference=reference,
            intro=[
                f"Written by {doc.mentor}"
                + (f", {doc.organisation}" if doc.organisation else "")
                + f", about {long_date(account.occurred_on)}.",
                "Final" if account.final else "Draft, not yet final",
            ],
            sections=_sections(account, with_reference=False),
            signatures=[],
            sign_statement="",
            footer=f"Reflective account · {doc.mentor}",
            title=f"Reflective account: {account.title}",
            author=doc.mentor,
            subject="Reflective account",
            draft=not account.final,
        )
    )


def build_accounts_pdf(doc: Accounts, reference: str) -> Built:
    """The reflective accounts of a period, for the mentor's portfolio."""
    period = (
        f"from {long_date(doc.start)} to {long_date(doc.end)}"
        if doc.start and doc.end
        else f"from {long_date(doc.start)}"
        if doc.start
        else f"up to {long_date(doc.end)}"
        if doc.end
        else "all dates"
    )
    count = len(doc.accounts)
    sections: list[Section] = []
    for account in doc.accounts:
        sections += _sections(account, with_reference=True)
    if not sections:
        sections = [Section("Reflections", [("", "No final reflections in this period.")])]
    return build_pdf(
        Layout(
            heading="Reflective accounts",
            reference=reference,
            intro=[
                f"{doc.mentor}"
                + (f", {doc.organisation}" if doc.organisation else "")
                + f": {count} final reflection{'s' if count != 1 else ''}, {period}.",
                f"Evidence for {doc.standard}." if doc.standard else "",
            ],
            sections=sections,
            signatures=[],
            sign_statement="",
            footer=f"Reflective accounts · {doc.mentor}",
            title=f"Reflective accounts of {doc.mentor}",
            author=doc.mentor,
            subject="Reflective accounts",
        )
    )

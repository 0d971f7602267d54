"""What a printed record holds, as plain data: services fill it, the PDF builders draw it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from mentordesk.vault.enums import SignatureMethod


@dataclass(frozen=True)
class Grid:
    """A table of short columns under a section's rows (the skills scan, the KSB ratings):
    a key saying what the values mean, the column headings and their share of the width."""

    columns: tuple[str, ...]
    widths: tuple[float, ...]  # fractions of the text width, one per column
    rows: list[tuple[str, ...]]
    key: str = ""

    def as_rows(self) -> list[tuple[str, str]]:
        """Each row as a label/value pair, for a comparison of versions or a screen that
        shows pairs only: the label is the first cell and the first line of the second (a
        KSB's code and title); the value is the rest, the other cells named by column."""
        out = []
        for first, second, *others in self.rows:
            title, _, more = second.partition("\n")
            named = [
                f"{col.lower()} {cell}" for col, cell in zip(self.columns[2:], others, strict=True)
            ]
            value = "; ".join(named) + (f"\n{more}" if more else "")
            out.append((f"{first} {title}".strip(), value))
        return out


@dataclass(frozen=True)
class Section:
    title: str
    rows: list[tuple[str, str]]
    grid: Grid | None = None
    note: str = ""  # a line under the heading, e.g. the key to a scale the rows use
    # A figure over the grid, made for the text's width (a ReportLab flowable or drawing);
    # the grid under it holds its figures, for screen readers.
    chart: Callable[[float], Any] | None = None

    def all_rows(self) -> list[tuple[str, str]]:
        """The rows, then the grid's rows as label/value pairs."""
        return self.rows + (self.grid.as_rows() if self.grid else [])


@dataclass(frozen=True)
class SignedBy:
    role: str
    name: str
    method: SignatureMethod
    image_png: bytes | None
    signed_at: datetime


@dataclass(frozen=True)
class ContractDocument:
    record_id: int
    version: int
    status: str
    mentee: str
    mentor: str
    mentor_role: str
    organisation: str
    agreed_at: datetime | None
    supersedes_version: int | None
    sections: list[Section]
    signatures: list[SignedBy]


@dataclass(frozen=True)
class ReviewDocument:
    record_id: int
    mentee: str
    mentor: str
    organisation: str
    held_on: date
    is_final: bool
    sections: list[Section]
    signatures: list[SignedBy]

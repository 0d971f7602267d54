"""Asking where to save what the KSB tracker writes: a name made from whose it is and the
day, in the home folder unless the mentor chooses elsewhere."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def suggested_name(what: str, whose: str, today: date, suffix: str) -> str:
    """ "KSB-portfolio-Aisha-Khan-2026-11-24.pdf": letters, digits and hyphens only."""
    person = re.sub(r"[^\w-]+", "-", whose).strip("-") or "mentee"
    return f"{what}-{person}-{today:%Y-%m-%d}{suffix}"


def ask_where(parent: QWidget, title: str, name: str, kinds: str) -> Path | None:
    """Where the mentor chose to save (``name`` offered in the home folder); None if not."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), kinds)
    return Path(chosen) if chosen else None

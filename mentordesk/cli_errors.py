"""How a command that failed is told: one line on stderr and its exit code, the vault's
conditions (busy, read-only, full disk, damaged) named as what they are, and a fault in
MentorDesk itself told with a crash report that holds no records."""

from __future__ import annotations

import argparse
from pathlib import Path

from mentordesk.cli import EXIT_FAIL, CliError


def explain(exc: BaseException, args: argparse.Namespace) -> tuple[str, int]:
    """The one line and the exit code for an error that ended a command."""
    from mentordesk.errors import EXIT_UNEXPECTED, MentorDeskError
    from mentordesk.vault import dberrors

    if isinstance(exc, CliError):
        return _one_line(str(exc)), EXIT_FAIL
    honest = dberrors.translate(exc, what=_what(args), folder=_folder_of(args))
    if isinstance(honest, MentorDeskError):
        return _one_line(str(honest)), honest.exit_code
    if isinstance(exc, FileNotFoundError):
        return f"{exc.filename or exc}: no such file or folder", EXIT_FAIL
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__
        return (f"{exc.filename}: {reason}" if exc.filename else reason), EXIT_FAIL
    from mentordesk import crash

    command = " ".join(
        str(getattr(args, k)) for k in ("command", "action", "what") if getattr(args, k, None)
    )
    report = crash.write_report(exc, where=f"command line: {command or 'gui'}")
    where = (
        f"a crash report was written to {report}" if report else "no crash report could be written"
    )
    return (
        f"an unexpected error ({type(exc).__name__}) stopped MentorDesk; {where}. "
        "Nothing saved was lost."
    ), EXIT_UNEXPECTED


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.splitlines() if line.strip())


def _what(args: argparse.Namespace) -> str:
    """What a command was saving, for "... was not saved"."""
    return {
        "demo": "the demo vault",
        "import": "the import",
        "standards": "the standards import",
        "export": "the export",
        "backup": "the backup",
        "restore": "the restore",
        "mentees": "the erasure",
    }.get(args.command or "", "the change")


def _folder_of(args: argparse.Namespace) -> Path | None:
    if not hasattr(args, "vault"):
        return None
    from mentordesk import paths

    return paths.vault_folder(args.vault, demo=getattr(args, "demo", False))

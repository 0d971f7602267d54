"""Automatic backups: dated names, at most one a day, and which older ones to keep.

- **Names** tell vaults and days apart: ``MentorDesk 1a2b3c4d 2026-11-24.age`` (the first 8
  characters of the vault's id, then the local calendar day). A time is added only when that
  name is taken (``… 2026-11-24 1402.age``, then seconds, then a counter), so an older file
  is never written over.
- **Due** at most once per local calendar day (:func:`is_due`).
- **Pruning** (:func:`plan_pruning`) keeps the newest backup of each of the last
  ``keep_daily`` days that have one, plus the newest of each of the ``keep_weekly`` calendar
  weeks (ISO, Monday to Sunday) before the oldest kept day's week. It looks only at this
  vault's automatic backups, by name: anything else in the folder (manual backups, other
  vaults' backups, the mentor's own files) is never touched. Files dated after today (a
  clock that was once wrong) are neither counted nor removed.
- **A run** (:func:`run_automatic`) writes first and prunes only once the new file is whole
  under its final name: a backup that fails (folder missing, disk full, no permission)
  removes nothing and says why in one line that names the folder.

No Qt here: the GUI decides when a run is due and shows what happened.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mentordesk.clock import local_day
from mentordesk.errors import BackupError, ValidationError

if TYPE_CHECKING:
    from mentordesk.backup.vault_backup import BackupInfo, Progress
    from mentordesk.vault.vault import Vault

PREFIX = "MentorDesk"
SUFFIX = ".age"
DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 4

Writer = Callable[..., "BackupInfo"]


# -- names --------------------------------------------------------------------------------
def short_id(vault_id: str) -> str:
    """The part of a vault's id its automatic backups are named with."""
    return vault_id.replace("-", "").lower()[:8]


def _pattern(vault_id: str) -> re.Pattern[str]:
    return re.compile(
        rf"^{PREFIX} {re.escape(short_id(vault_id))} (\d{{4}}-\d{{2}}-\d{{2}})"
        rf"(?: (\d{{6}}|\d{{4}}))?(?: \((\d+)\))?{re.escape(SUFFIX)}$"
    )


@dataclass(frozen=True, order=True)
class Dated:
    """One of a vault's automatic backups, by its name; sorts oldest first."""

    day: date
    time: str  # "" (the day's first), else HHMMSS
    count: int
    name: str


def parse(name: str, vault_id: str) -> Dated | None:
    """``name`` as one of this vault's automatic backups, or None if it is not one."""
    found = _pattern(vault_id).match(name)
    if found is None:
        return None
    try:
        day = date.fromisoformat(found.group(1))
    except ValueError:
        return None
    clock = (found.group(2) or "").ljust(6, "0") if found.group(2) else ""
    return Dated(day, clock, int(found.group(3) or 0), name)


def name_for(vault_id: str, now: datetime, taken: Collection[str] = ()) -> str:
    """The name of the automatic backup made at ``now``: the day, a time only if needed."""
    local = now.astimezone()
    base = f"{PREFIX} {short_id(vault_id)} {local:%Y-%m-%d}"
    for candidate in (base, f"{base} {local:%H%M}", f"{base} {local:%H%M%S}"):
        if candidate + SUFFIX not in taken:
            return candidate + SUFFIX
    count = 2
    while f"{base} {local:%H%M%S} ({count}){SUFFIX}" in taken:
        count += 1
    return f"{base} {local:%H%M%S} ({count}){SUFFIX}"


# -- when ---------------------------------------------------------------------------------
def is_due(last_good: datetime | None, now: datetime) -> bool:
    """True unless a backup was already made on ``now``'s local calendar day."""
    return last_good is None or local_day(last_good) != local_day(now)


# -- which to keep ------------------------------------------------------------------------
def plan_pruning(
    names: Iterable[str],
    vault_id: str,
    today: date,
    keep_daily: int = DEFAULT_KEEP_DAILY,
    keep_weekly: int = DEFAULT_KEEP_WEEKLY,
    keep: Collection[str] = (),
) -> list[str]:
    """The names among ``names`` to delete, oldest first (see the module's note).

    ``keep`` names files never to delete whatever their date (the one just written).
    """
    backups = sorted(
        (d for d in (parse(n, vault_id) for n in names) if d is not None and d.day <= today),
        reverse=True,
    )
    kept: set[str] = set()
    days: list[date] = []
    for backup in backups:  # newest first: the first seen of a day is its newest
        if len(days) >= keep_daily:
            break
        if backup.day not in days:
            days.append(backup.day)
            kept.add(backup.name)
    before = days[-1].isocalendar()[:2] if days else None
    weeks: list[tuple[int, int]] = []
    for backup in backups:
        if len(weeks) >= keep_weekly:
            break
        week = backup.day.isocalendar()[:2]
        if (before is None or week < before) and week not in weeks:
            weeks.append(week)
            kept.add(backup.name)
    return [b.name for b in reversed(backups) if b.name not in kept and b.name not in keep]


# -- extra recipients ---------------------------------------------------------------------
def recipient_lines(text: str) -> tuple[str, ...]:
    """The ``age1…`` public keys in ``text``, one a line (blank lines and ``#`` comments
    skipped, duplicates dropped); a line that is not one is refused by its number."""
    import pyrage  # type: ignore[import-untyped]

    keys: list[str] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        shown = line if len(line) <= 24 else line[:20] + "…"
        if line.upper().startswith("AGE-SECRET-KEY-"):
            raise ValidationError(
                "recipients",
                f"Line {number} of the extra recipients is a secret key ({shown}); paste its "
                "public key (age1…) instead and keep the secret key private.",
            )
        try:
            pyrage.x25519.Recipient.from_str(line)
        except (pyrage.RecipientError, ValueError):
            raise ValidationError(
                "recipients",
                f"Line {number} of the extra recipients, “{shown}”, is not an age public key: "
                "each line must be one key starting with age1.",
            ) from None
        if line not in keys:
            keys.append(line)
    return tuple(keys)


# -- a run ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class AutoResult:
    info: BackupInfo
    removed: tuple[Path, ...]  # older automatic backups pruned
    leftovers: tuple[Path, ...]  # hidden pieces of an interrupted earlier run, removed
    not_removed: tuple[Path, ...]  # older backups due to go that could not be deleted

    @property
    def path(self) -> Path:
        return self.info.path


def remove_leftovers(folder: Path, vault_id: str, now: datetime) -> list[Path]:
    """Delete this vault's hidden ``….snapshot``/``….partial`` files (an automatic backup
    that was killed) older than an hour; younger ones may belong to a run under way."""
    from mentordesk.backup.vault_backup import remove_pieces

    name = rf"{PREFIX} {re.escape(short_id(vault_id))} .+{re.escape(SUFFIX)}"
    return remove_pieces(folder, name, now.timestamp())


def _cause(exc: BaseException) -> str | None:
    """What went wrong with the folder, in a few words; None for anything else."""
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return "the disk is full"
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "MentorDesk may not write there (the folder is read-only or not yours)"
        if exc.errno == errno.ENOENT:
            return "the folder went away while the backup was written (was it unplugged?)"
        return (exc.strerror or type(exc).__name__).rstrip(".").lower()
    import sqlcipher3.dbapi2 as sqlcipher

    if isinstance(exc, sqlcipher.Error):
        from mentordesk.vault.dberrors import kind_of

        kind = kind_of(exc)
        if kind == "full":
            return "the disk is full"
        if kind in ("readonly", "cantopen"):
            return "MentorDesk may not write there (the folder is read-only or not yours)"
    return None


def _missing(folder: Path) -> BackupError:
    return BackupError(
        f"The automatic backup was not made: the folder {folder} is not there (is the USB "
        "stick or network share connected?). Older backups were kept."
    )


def run_automatic(
    vault: Vault,
    folder: Path,
    *,
    now: datetime,
    keep_daily: int = DEFAULT_KEEP_DAILY,
    keep_weekly: int = DEFAULT_KEEP_WEEKLY,
    extra_recipients: Sequence[str] = (),
    progress: Progress | None = None,
    writer: Writer | None = None,
) -> AutoResult:
    """Write today's automatic backup of ``vault`` into ``folder``, then prune older ones.

    Nothing is deleted unless the new backup is whole under its final name. ``writer`` is
    :func:`~mentordesk.backup.vault_backup.write_backup` (tests hand in another).
    """
    if writer is None:
        from mentordesk.backup.vault_backup import write_backup

        writer = write_backup
    folder = Path(folder)
    if not folder.is_dir():
        raise _missing(folder)
    vault_id = vault.keyfile.vault_id
    try:
        leftovers = remove_leftovers(folder, vault_id, now)
        out = folder / name_for(vault_id, now, set(os.listdir(folder)))
    except OSError as exc:
        raise _failed(folder, exc) from exc  # an OSError always becomes a BackupError
    try:
        info = writer(
            vault, out, now=now, extra_recipients=tuple(extra_recipients), progress=progress
        )
    except Exception as exc:
        if isinstance(exc, BackupError) and not folder.is_dir():
            raise _missing(folder) from exc
        failure = _failed(folder, exc)
        if failure is exc:
            raise
        raise failure from exc
    try:
        whole = out.stat().st_size == info.size
    except OSError:
        whole = False
    if not whole:
        raise BackupError(
            f"The automatic backup {out} is not whole on the disk; older backups were kept. "
            "Check the folder and back up again."
        )
    removed, not_removed = [], []
    try:
        names = os.listdir(folder)
    except OSError:
        names = []  # the backup is made; pruning waits for the next run
    plan = plan_pruning(names, vault_id, local_day(now), keep_daily, keep_weekly, {out.name})
    for name in plan:
        try:
            (folder / name).unlink()
            removed.append(folder / name)
        except FileNotFoundError:
            continue
        except OSError:
            not_removed.append(folder / name)
    return AutoResult(info, tuple(removed), tuple(leftovers), tuple(not_removed))


def _failed(folder: Path, exc: Exception) -> Exception:
    """``exc`` as one line naming the folder and the cause, when it is about the folder."""
    cause = _cause(exc)
    if cause is None:
        return exc  # a refusal already told in its own words, a cancel, or a fault
    return BackupError(
        f"The automatic backup to {folder} failed: {cause}. Older backups were kept; "
        "free some space or choose another folder in Preferences."
        if cause == "the disk is full"
        else f"The automatic backup to {folder} failed: {cause}. Older backups were kept; "
        "choose another folder in Preferences."
    )

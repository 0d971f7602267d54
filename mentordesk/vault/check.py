"""``mentordesk check``: cipher integrity, SQLite integrity, the audit chain and its anchor,
and every record against its last audit event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from mentordesk.vault import audit, audit_check
from mentordesk.vault.models import Base
from mentordesk.vault.vault import Vault

# (done, total, stage): how far the check has got
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok    ' if self.ok else 'FAILED'} {self.name}: {self.detail}"


class _Meter:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress, self.stage = max(total, 1), 0, progress, ""

    def step(self, stage: str, weight: int = 0) -> None:
        self.stage = stage
        self.tick(weight)

    def tick(self, count: int) -> None:
        self.done += count
        if self.progress:
            self.progress(min(self.done, self.total), self.total, self.stage)


def _cipher(vault: Vault) -> CheckResult:
    with vault.engine.connect() as conn:
        problems = [row[0] for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
    if problems:
        shown = "; ".join(problems[:3]) + (
            f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
        )
        return CheckResult("cipher integrity", False, shown)
    return CheckResult("cipher integrity", True, "every page authenticates")


def _sqlite(vault: Vault) -> CheckResult:
    with vault.engine.connect() as conn:
        rows = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check")]
    if rows == ["ok"]:
        return CheckResult("database integrity", True, "ok")
    return CheckResult("database integrity", False, "; ".join(rows[:3]))


def _schema(vault: Vault) -> CheckResult:
    """Only MentorDesk's own tables, and no trigger or view: a trigger added outside could
    change records behind every later save."""
    expected = set(Base.metadata.tables) | {"alembic_version"}
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT type, name FROM sqlite_master WHERE type IN ('table', 'trigger', 'view') "
            "AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    extra = sorted(
        f"{kind} {name}" for kind, name in rows if kind != "table" or name not in expected
    )
    if extra:
        shown = ", ".join(extra[:3]) + (" …" if len(extra) > 3 else "")
        return CheckResult("schema", False, f"{len(extra)} added outside MentorDesk ({shown})")
    return CheckResult("schema", True, f"{len(expected)} tables, as MentorDesk made them")


def run_checks(vault: Vault, progress: Progress | None = None) -> list[CheckResult]:
    """Every check, in order; each one's failure is reported, never raised."""
    results: list[CheckResult] = []
    with vault.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        meter = _Meter(2 * pages + audit_check.total_work(conn), progress)
    for name, check in (("cipher integrity", _cipher), ("database integrity", _sqlite)):
        meter.step(name)
        try:
            results.append(check(vault))
        except DBAPIError as exc:
            results.append(CheckResult(name, False, f"could not be read ({exc.orig})"))
        meter.tick(pages)
    results.append(_schema(vault))
    anchored = audit_check.read_anchor(vault.folder, vault.audit_key)
    try:
        with vault.engine.connect() as conn:
            meter.step("audit chain")
            chain = audit_check.verify_chain(conn, meter.tick)
            if chain.ok:
                results.append(CheckResult("audit chain", True, f"{chain.events} events, unbroken"))
            else:
                results.append(
                    CheckResult(
                        "audit chain",
                        False,
                        f"event {chain.broken_at} does not verify: the log was edited, or "
                        "events were inserted or removed, outside MentorDesk",
                    )
                )
            ok, detail = audit_check.verify_anchor(anchored, vault.keyfile.vault_id, conn, chain)
            results.append(CheckResult("audit anchor", ok, detail))
            meter.step("records")
            records = audit_check.verify_records(conn, meter.tick)
            results.append(CheckResult("records", records.ok, records.describe()))
    except DBAPIError as exc:
        results.append(CheckResult("audit chain", False, f"could not be read ({exc.orig})"))
    return results


def reanchor(vault: Vault, reason: str) -> tuple[int, str]:
    """Accept the chain as it now ends: log that, and anchor the chain there."""
    with vault.transaction() as db:
        head = audit.append(
            db.connection(), [audit.Change("vault", "anchor", "anchor reset", (reason,))]
        )
        audit.note_head(db, head)
    return vault.reset_anchor()

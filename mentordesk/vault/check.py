"""``mentordesk check``: cipher integrity, SQLite integrity and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from mentordesk.vault import audit
from mentordesk.vault.vault import Vault


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok    ' if self.ok else 'FAILED'} {self.name}: {self.detail}"


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


def _audit(vault: Vault) -> CheckResult:
    with vault.engine.connect() as conn:
        report = audit.verify_chain(conn)
    if report.ok:
        return CheckResult("audit chain", True, f"{report.events} events, unbroken")
    return CheckResult("audit chain", False, f"broken at event {report.broken_at}")


def run_checks(vault: Vault) -> list[CheckResult]:
    results = []
    for name, check in (
        ("cipher integrity", _cipher),
        ("database integrity", _sqlite),
        ("audit chain", _audit),
    ):
        try:
            results.append(check(vault))
        except DBAPIError as exc:
            results.append(CheckResult(name, False, f"could not be read ({exc.orig})"))
    return results

"""The layers keep to their places: read from the source, so a slip fails here.

- ``ui/`` never imports the ORM models or SQLAlchemy and runs no SQL (it goes through
  services, by way of ``ui/ops.py``).
- Nothing below ``ui/`` imports Qt.
- Nothing but ``mentordesk/clock.py`` reads the wall clock: services are handed "now".
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "mentordesk"
WALL_CLOCK = {
    ("date", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QTime", "currentTime"),
}


def modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def imported(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def calls(tree: ast.AST) -> list[tuple[int, str, str]]:
    """(line, object, attribute) of every call written ``object.attribute(...)``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else ast.unparse(owner)
            found.append((node.lineno, name, node.func.attr))
    return found


def test_the_ui_holds_no_orm_and_runs_no_sql():
    problems = []
    for path in modules(PACKAGE / "ui"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PACKAGE)
        for name in imported(tree):
            if name.startswith(("mentordesk.vault.models", "sqlalchemy")):
                problems.append(f"{where}: imports {name}")
        for line, _owner, attribute in calls(tree):
            if attribute in ("execute", "executemany", "executescript"):
                problems.append(f"{where}:{line}: calls .{attribute}(")
    assert not problems, "\n".join(problems)


def test_the_check_itself_finds_what_it_looks_for():
    tree = ast.parse(
        "from mentordesk.vault.models import Mentee\nimport sqlalchemy.orm\nconn.execute('x')\n"
    )
    assert "mentordesk.vault.models.Mentee" in imported(tree)
    assert "sqlalchemy.orm" in imported(tree)
    assert (3, "conn", "execute") in calls(tree)


def test_nothing_below_the_ui_imports_qt():
    problems = []
    for folder in ("services", "vault", "standards", "documents"):
        for path in modules(PACKAGE / folder):
            for name in imported(ast.parse(path.read_text(encoding="utf-8"))):
                if name.startswith("PySide6"):
                    problems.append(f"{path.relative_to(PACKAGE)}: imports {name}")
    assert not problems, "\n".join(problems)


def test_only_the_clock_reads_the_wall_clock():
    problems = []
    for path in modules(PACKAGE):
        if path.name == "clock.py" and path.parent == PACKAGE:
            continue
        for line, owner, attribute in calls(ast.parse(path.read_text(encoding="utf-8"))):
            if (owner, attribute) in WALL_CLOCK:
                problems.append(f"{path.relative_to(PACKAGE)}:{line}: {owner}.{attribute}()")
    assert not problems, "\n".join(problems)

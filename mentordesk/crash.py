"""Crash reports that hold no one's records.

When something unexpected stops MentorDesk, a short report is written for whoever fixes
it: the version, Python, Qt and platform, the exception's *type* and the traceback's frames
as ``file:line function``. Nothing else: not the exception's message, not local values, not
the command line's arguments, not paths under the user's home (a message or a value may hold
a mentee's name). Reports are private files (0600) in the state folder's ``crash-reports``
(0700); the newest :data:`KEEP` are kept.
"""

from __future__ import annotations

import os
import platform
import secrets
import site
import sys
import sysconfig
import traceback
from pathlib import Path
from types import TracebackType

from mentordesk import __version__, paths
from mentordesk.clock import system_now

KEEP = 20
FOLDER = "crash-reports"
PREFIX = "crash-"
_PACKAGE = Path(__file__).resolve().parent  # mentordesk/


def reports_dir() -> Path:
    return paths.state_dir() / FOLDER


def write_report(exc: BaseException, *, where: str = "") -> Path | None:
    """Write a report about ``exc``; its path, or None if it could not be written."""
    try:
        text = report_text(exc, where=where)
        folder = paths.ensure_private_dir(reports_dir())
        stamp = system_now().strftime("%Y%m%dT%H%M%S.%fZ")
        path = folder / f"{PREFIX}{stamp}-{secrets.token_hex(3)}.txt"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        if os.name == "posix":
            os.chmod(path, 0o600)
        _prune(folder)
        return path
    except Exception:  # noqa: BLE001 - a report that cannot be written must not crash the crash
        return None


def report_text(exc: BaseException, *, where: str = "") -> str:
    lines = [
        "MentorDesk crash report",
        f"version: {__version__}",
        f"python: {platform.python_implementation()} {platform.python_version()}",
        f"qt: {_qt_version()}",
        f"platform: {platform.system()} {platform.release()} {platform.machine()}",
        f"frozen: {'yes' if getattr(sys, 'frozen', False) else 'no'}",
        f"where: {where or '-'}",
        f"when: {system_now():%Y-%m-%dT%H:%M:%SZ}",
        "",
    ]
    chain = _chain(exc)
    for depth, link in enumerate(chain):
        if depth:
            lines += ["", "while handling, or caused by, the error above it:"]
        lines.append(f"exception: {_type_name(link)}")
        lines.append("frames (innermost last):")
        lines += [f"  {frame}" for frame in frames(link.__traceback__)]
    return "\n".join(lines) + "\n"


def frames(tb: TracebackType | None) -> list[str]:
    """``file:line function`` for each frame, with files outside MentorDesk made anonymous."""
    return [
        f"{_safe_file(frame.filename)}:{frame.lineno} {frame.name}"
        for frame in traceback.extract_tb(tb)
    ]


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and those it came from, outermost cause first (as Python prints them)."""
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in found and len(found) < 8:
        found.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return list(reversed(found))


def _type_name(exc: BaseException) -> str:
    cls = type(exc)
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


def _qt_version() -> str:
    qt = sys.modules.get("PySide6.QtCore")  # only if the app had loaded it
    if qt is None:
        return "not loaded"
    return f"{getattr(qt, 'qVersion', lambda: '?')()} (PySide6 {getattr(qt, '__version__', '?')})"


def _roots() -> list[tuple[Path, str]]:
    """Where Python's own files live, by the name each is shown with."""
    roots: list[tuple[Path, str]] = [(_PACKAGE, "mentordesk")]
    try:
        site_dirs = [*site.getsitepackages(), site.getusersitepackages()]
    except AttributeError:  # some embedded or frozen interpreters
        site_dirs = []
    purelib = sysconfig.get_paths().get("purelib")
    for folder in [*site_dirs, purelib]:
        if folder:
            roots.append((Path(folder), "<site-packages>"))
    stdlib = sysconfig.get_paths().get("stdlib")
    if stdlib:
        roots.append((Path(stdlib), "<python>"))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append((Path(frozen), "<app>"))
    return roots


def _safe_file(filename: str) -> str:
    if filename.startswith("<") and filename.endswith(">"):  # <frozen importlib._bootstrap>
        return filename
    try:
        path = Path(os.path.abspath(filename))
    except (OSError, ValueError):
        return "<elsewhere>"
    for root, name in _roots():
        try:
            relative = path.relative_to(root.resolve())
        except (OSError, ValueError):
            continue
        return f"{name}/{relative.as_posix()}"
    return "<elsewhere>"


def _prune(folder: Path) -> None:
    reports = sorted(p for p in folder.glob(f"{PREFIX}*.txt") if p.is_file())
    for old in reports[:-KEEP]:
        try:
            old.unlink()
        except OSError:
            pass

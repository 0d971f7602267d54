"""Where MentorDesk keeps things on this computer."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from mentordesk import APP_NAME


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_vault_dir() -> Path:
    return data_dir() / "vault"


def demo_vault_dir() -> Path:
    return data_dir() / "demo-vault"


def vault_folder(chosen: Path | str | None, *, demo: bool = False) -> Path:
    """The vault folder to use: the one chosen, else the demo or the default one."""
    if chosen:
        return Path(chosen)
    return demo_vault_dir() if demo else default_vault_dir()


def state_dir() -> Path:
    """Per-user state that is not part of any vault (e.g. the wrong-attempt counter)."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def _bundled(name: str) -> Path:
    here = Path(__file__).resolve().parent
    candidates = [
        here / "_data" / name,  # installed wheel
        here.parent / name,  # source checkout / editable install
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"MentorDesk's {name} folder is missing from this installation")


def standards_data_dir() -> Path:
    return _bundled("standards_data")


def resources_dir() -> Path:
    return _bundled("resources")


def translations_dir() -> Path:
    """The compiled translations (``mentordesk_<language>.qm``) and their sources (``.ts``)."""
    return resources_dir() / "i18n"


def ensure_private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path


@contextmanager
def private_files() -> Iterator[None]:
    """While inside, every file and folder this process makes is its user's alone (umask 077).

    A backstop for files made by libraries (Qt's settings and lock files, SQLite's journal);
    MentorDesk's own writes also set 0600 themselves.
    """
    if os.name != "posix":
        yield
        return
    previous = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(previous)

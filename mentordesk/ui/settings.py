"""This computer's MentorDesk settings (window geometry, auto-lock, language), kept private.

Qt writes the settings file itself, whenever it likes, with the process's default file mode;
but it keeps the mode of a file that is already there. So the file is made first, 0600 in a
0700 folder, and Qt only ever rewrites it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSettings

from mentordesk import APP_NAME
from mentordesk.vault.fileio import PRIVATE_MODE


def open_settings() -> QSettings:
    """MentorDesk's settings, with their file made private before anything is written."""
    settings = QSettings(APP_NAME, APP_NAME)
    make_private(settings)
    return settings


def make_private(settings: QSettings) -> Path | None:
    """Create (or tighten) ``settings``' file as 0600 and its own folder as 0700; the file,
    or None where settings are not a file of ours (the Windows registry, macOS's plists)."""
    if os.name != "posix":
        return None
    is_ini = settings.format() == QSettings.Format.IniFormat or not sys.platform == "darwin"
    name = settings.fileName()
    if not is_ini or not name or not os.path.isabs(name):
        return None
    path = Path(name)
    try:
        folder = path.parent
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.name == APP_NAME:  # our own folder, never a shared one like ~/.config
            os.chmod(folder, 0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_MODE)
        os.close(fd)
        os.chmod(path, PRIVATE_MODE)
    except OSError:
        return None  # a settings folder we cannot write: Qt reports nothing either
    return path

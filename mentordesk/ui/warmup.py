"""Loading the ORM-backed modules while the mentor reads the dashboard.

The window opens without SQLAlchemy (the dashboard reads with plain SQL). Right after, a
background thread imports what the other modules need, so the first click on, say,
Mentees does not wait for it. Only plain-Python modules are imported here, never Qt code.
"""

from __future__ import annotations

import importlib
import threading

MODULES = (
    "mentordesk.services.mentees",
    "mentordesk.services.standards",
    "mentordesk.services.profile",
)


def _warm() -> None:
    for name in MODULES:
        importlib.import_module(name)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()


def start() -> threading.Thread:
    thread = threading.Thread(target=_warm, name="warm-up", daemon=True)
    thread.start()
    return thread

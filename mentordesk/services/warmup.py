"""Loading the ORM-backed services while the mentor reads the dashboard.

The window opens without SQLAlchemy (the dashboard reads with plain SQL). Right after, a
worker imports what the other modules need, so the first click on, say, Mentees does not
wait for it. Only plain-Python modules are imported here, never Qt code.
"""

from __future__ import annotations

import importlib

MODULES = (
    "mentordesk.services.mentees",
    "mentordesk.services.standards",
    "mentordesk.services.profile",
)


def warm_up() -> None:
    for name in MODULES:
        importlib.import_module(name)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()

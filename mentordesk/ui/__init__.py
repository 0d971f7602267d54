"""The PySide6 user interface. Talks to services only; never to the ORM directly."""

import sys

import PySide6.QtCore  # noqa: F401 - installs the import hook adjusted below


def _light_feature_scan() -> None:
    """After PySide6 is imported it checks every module imported later for the text
    "PySide6" (for its opt-in ``from __feature__ import ...``) with inspect.getsource,
    which keeps each module's every line in linecache: about 20 MiB once SQLAlchemy's ORM
    and the services are loaded. The same check, reading the file and keeping nothing."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return  # another PySide6: leave it as it is

    def uses_pyside(module) -> bool:
        origin = getattr(getattr(module, "__spec__", None), "origin", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return False
        try:
            with open(origin, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return False

    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a private hook


_light_feature_scan()


def _keep_bools_alive() -> None:
    """PySide6 6.12.0 takes one reference from ``True`` each time Python code emits a
    signal, and from ``None`` in some other calls, and never gives them back: after as many
    as there were references (some thousands, in MentorDesk), Python aborts with
    "deallocating True or False" (or None). From Python 3.12 these are immortal; before it,
    they are given so many references here that no session can use them up."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    for value in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(value))
        if count.value < 1 << 40:
            count.value += 1 << 40


_keep_bools_alive()

"""One signal that tells every open view what changed; each decides whether it cares."""

from PySide6.QtCore import QObject, Signal


class VaultEvents(QObject):
    changed = Signal(str)  # the kind of record that changed: "mentee", "session", ...

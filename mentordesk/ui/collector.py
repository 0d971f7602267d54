"""Python's garbage collection on the GUI thread only.

A cycle of Python objects that holds a Qt object (a dialog and the lambdas connected to
its signals) is freed by Python's cyclic collector, which runs in whichever thread happens
to allocate at the time: with operations on workers, that may be a worker, and a Qt
object deleted off the GUI thread can crash the app. So the automatic collector is turned
off once a GUI runs, and the same generational collection is done here, on the GUI thread,
every second and whenever an operation lands.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        """What the automatic collector would have done by now, on this thread."""
        young, middle, old = gc.get_count()
        if young > self.threshold[0]:
            gc.collect(0)
            if middle > self.threshold[1]:
                gc.collect(1)
                if old > self.threshold[2]:
                    gc.collect(2)


_collector: GuiThreadCollector | None = None


def collect_on_gui_thread() -> GuiThreadCollector | None:
    """Start collecting on the GUI thread (once per application); the collector."""
    global _collector
    app = QCoreApplication.instance()
    if app is None:
        return None
    if _collector is None or _collector.parent() is not app:
        _collector = GuiThreadCollector(app)
    return _collector

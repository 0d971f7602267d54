"""My KSB evidence: for each KSB of the mentor's own standard, the final reflections and
the CPD entries tagged with it, counted; the titles open beneath."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from mentordesk.services import reflections
from mentordesk.services.reflections import OwnEvidence
from mentordesk.ui.ops import Ops
from mentordesk.ui.table_model import display

ROLE = Qt.ItemDataRole.UserRole


@dataclass
class _Ksb:
    id: int
    code: str
    text: str
    notes: int  # final reflections tagged with it
    cpd: int  # CPD entries tagged with it


def _read(job):
    return reflections.ksb_choices(job.db), reflections.evidence_counts(job.db)


class EvidencePanel(QWidget):
    """Read when shown and after a change, as counts per KSB; the titles of a KSB are read
    when it is opened."""

    def __init__(self, ops: Ops, open_reflection: Callable[[int], None], parent=None):
        super().__init__(parent)
        self.ops = ops
        self.open_reflection = open_reflection
        self.stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("<b>My KSB evidence</b>"))
        layout.addWidget(heading)
        self.note = QLabel(
            self.tr("Final reflections and CPD entries tagged with each KSB of your standard.")
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("My KSB evidence"))
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        layout.addWidget(self.tree, 1)
        self.tree.itemExpanded.connect(self._expanded)
        self.tree.itemActivated.connect(self._activated)
        self._by_code: dict[str, _Ksb] = {}

    def clear(self) -> None:
        self.tree.clear()
        self._by_code = {}
        self.stale = True

    def refresh(self) -> None:
        """Read the evidence again (when shown; else when next shown)."""
        if not self.isVisible():
            self.stale = True
            return
        self.stale = False
        out = self.ops.read(_read)
        if out:
            self._show(out.value)

    def refresh_later(self) -> None:
        """Read the counts again on a worker (after a change: an autosave, say), so the
        window never waits on them; shown when they land."""
        if not self.isVisible():
            self.stale = True
            return
        self.stale = False
        self.ops.start(
            _read,
            write=False,
            blocking=False,
            title=self.tr("Counting your KSB evidence"),
            done=self._show,
            show=self._not_counted,  # not worth a message: counted again when next shown
        )

    def _not_counted(self, _text: str) -> None:
        self.stale = True

    def _show(self, value) -> None:
        choices, counts = value
        by_code = {k.code: _Ksb(k.id, k.code, k.text, *counts.get(k.id, (0, 0))) for k in choices}
        self._by_code = by_code
        self.tree.clear()
        tops = []
        for ksb in by_code.values():
            notes, cpd = ksb.notes, ksb.cpd
            counted = ", ".join(
                part
                for part in (
                    self.tr("%n reflection(s)", "", notes) if notes else "",
                    self.tr("%n CPD record(s)", "", cpd) if cpd else "",
                )
                if part
            ) or self.tr("none yet")
            item = QTreeWidgetItem([f"{ksb.code} — {counted}"])
            item.setToolTip(0, ksb.text)
            item.setData(0, ROLE, ksb.code)
            if notes or cpd:
                item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
            tops.append(item)
        self.tree.addTopLevelItems(tops)
        with_evidence = sum(1 for k in by_code.values() if k.notes or k.cpd)
        self.note.setText(
            self.tr("{0} of {1} KSBs of your standard have evidence.").format(
                with_evidence, len(by_code)
            )
            if by_code
            else self.tr("Choose your own standard in your profile to see your evidence.")
        )

    def counts(self) -> dict[str, str]:
        """What each KSB shows ("K12" -> "K12 — 2 reflections, 1 CPD")."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return {item.data(0, ROLE): item.text(0) for item in items if item is not None}

    def _expanded(self, item: QTreeWidgetItem) -> None:
        if item.childCount() or item.parent() is not None:
            return
        ksb = self._by_code.get(item.data(0, ROLE))
        if ksb is None:
            return
        ksb_id = ksb.id
        out = self.ops.read(lambda job: reflections.own_evidence(job.db, ksb_id))
        if not out:
            return
        items: list[OwnEvidence] = out.value
        kinds = {"reflection": self.tr("Reflection"), "cpd": self.tr("CPD")}
        for e in items:
            child = QTreeWidgetItem([f"{kinds[e.kind]} · {display(e.on)} · {e.title}"])
            child.setData(0, ROLE, (e.kind, e.record_id))
            item.addChild(child)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, ROLE)
        if isinstance(data, tuple | list) and data[0] == "reflection":
            self.open_reflection(data[1])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

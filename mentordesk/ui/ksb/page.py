"""The KSB tracker: whose portfolio (the mentor's own, or an active mentee's), a header with
the standard, time on programme, KSBs evidenced and met and off-the-job hours, and four tabs
made when first shown: coverage, evidence, progress and (for a mentee) the EPA gateway."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.ops import Ops
from mentordesk.ui.undo import VaultUndoStack, undoable
from mentordesk.ui.widgets import ModulePage, as_data
from mentordesk.vault.changes import Changes

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

TABS = ("coverage", "evidence", "progress", "gateway")


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (0 when ``end`` is before)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return max(months, 0)


def time_words(start: date | None, end: date | None, today: date) -> tuple[int, str]:
    """The time-on-programme bar: its per cent and its words ("7 of 12 months, 58%")."""
    if start is None or end is None or end <= start:
        return 0, translate("KsbPage", "No start or planned end date")
    total = max(months_between(start, end), 1)
    done = min(months_between(start, today), total)
    percent = round(100 * min(max((today - start).days, 0), (end - start).days)
                    / (end - start).days)  # fmt: skip
    words = translate("KsbPage", "{0} of {1} months on programme, {2}%")
    return percent, words.format(done, total, percent)


class KsbPage(ModulePage):
    """``owner`` is the mentee shown, or None for the mentor's own portfolio."""

    def __init__(self, ops: Ops, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = VaultUndoStack(ops, self)
        self.owner: int | None = None
        self.matrix: Any = None
        self._stale = False
        self._tab_stale: set[str] = set()
        self._built: dict[str, Any] = {}

        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<h2>KSB tracker</h2>")))
        heading.addSpacing(16)
        whose = QLabel(self.tr("Portfolio &of:"))
        self.owners = as_data(QComboBox())  # mentees' names ("My own" is translated)
        self.owners.setAccessibleName(self.tr("Whose portfolio"))
        self.owners.setMinimumContentsLength(28)
        whose.setBuddy(self.owners)
        heading.addWidget(whose)
        heading.addWidget(self.owners)
        heading.addStretch()
        self.print_button = QPushButton(self.tr("Print portfol&io…"))
        self.print_button.setToolTip(
            self.tr("The KSB portfolio as a PDF: every KSB with its evidence (Ctrl+P)")
        )
        heading.addWidget(self.print_button)
        layout.addLayout(heading)

        self.standard = as_data(QLabel())
        self.standard.setWordWrap(True)
        self.standard.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.standard)
        bars = QHBoxLayout()
        self.time_bar = self._bar(self.tr("Time on programme"))
        self.evidenced_bar = self._bar(self.tr("KSBs evidenced"))
        self.met_bar = self._bar(self.tr("KSBs met"))
        for bar in (self.time_bar, self.evidenced_bar, self.met_bar):
            bars.addWidget(bar, 1)
        layout.addLayout(bars)
        self.otj = QLabel()
        self.otj.setWordWrap(True)
        self.otj.setAccessibleName(self.tr("Off-the-job hours"))
        layout.addWidget(self.otj)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("KSB tracker"))
        self._titles = {
            "coverage": self.tr("&Coverage"),
            "evidence": self.tr("E&vidence"),
            "progress": self.tr("Progre&ss"),
            "gateway": self.tr("Gate&way"),
        }
        for key in TABS:
            waiting = QWidget()
            waiting.setObjectName(key)
            self.tabs.addTab(waiting, self._titles[key])
        layout.addWidget(self.tabs, 1)

        print_action = QAction(self.tr("Print the portfolio"), self)
        print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        print_action.triggered.connect(lambda: self.print_portfolio())
        refresh_action = QAction(self.tr("Read again"), self)
        refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh_action.triggered.connect(self.refresh)
        self.addActions([print_action, refresh_action])

        self.print_button.clicked.connect(lambda: self.print_portfolio())
        self.owners.currentIndexChanged.connect(self._owner_chosen)
        self.tabs.currentChanged.connect(self._tab_shown)
        ops.changed.connect(self.on_changes)
        self._tab_shown(self.tabs.currentIndex())
        self._show_header(None, None)

    def _bar(self, name: str) -> QProgressBar:
        bar = QProgressBar()
        bar.setAccessibleName(name)
        bar.setRange(0, 100)
        bar.setTextVisible(True)
        bar.setMinimumWidth(180)
        return bar

    # -- tabs ------------------------------------------------------------------------------
    @property
    def coverage(self):
        return self._tab("coverage")

    @property
    def evidence(self):
        return self._tab("evidence")

    @property
    def progress(self):
        return self._tab("progress")

    @property
    def gateway(self):
        return self._tab("gateway")

    def _make(self, key: str) -> Any:
        if key == "coverage":
            from mentordesk.ui.ksb.coverage_view import CoverageView

            view = CoverageView(self)
            view.ksb_opened.connect(self.open_ksb)
            view.required_wanted.connect(self.set_required)
            return view
        if key == "evidence":
            from mentordesk.ui.ksb.evidence_tab import EvidenceTab

            # one history for the page: Ctrl+Z undoes the last change made on any tab
            tab = EvidenceTab(self.ops, self, self.undo_stack)
            tab.show_owner(self.owner)
            return tab
        if key == "progress":
            from mentordesk.ui.ksb.chart import ProgressView

            return ProgressView(self)
        from mentordesk.ui.ksb.gateway_tab import GatewayTab

        return GatewayTab(self.ops, self.undo_stack, self)

    def _tab(self, key: str) -> Any:
        """The tab ``key``, made in the place kept for it on first use."""
        if key in self._built:
            return self._built[key]
        tab = self._make(key)
        self._built[key] = tab
        index = self._index_of(key)
        waiting = self.tabs.widget(index)
        was_current = self.tabs.currentIndex() == index
        visible = self.tabs.isTabVisible(index)
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        tab.setObjectName(key)
        self.tabs.insertTab(index, tab, self._titles[key])
        self.tabs.setTabVisible(index, visible)
        if was_current:
            self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        if waiting is not None:
            waiting.deleteLater()
        self._tab_stale.add(key)
        if was_current:
            self._refresh_tab(key)
        return tab

    def _index_of(self, key: str) -> int:
        return next(
            i
            for i in range(self.tabs.count())
            if (w := self.tabs.widget(i)) and w.objectName() == key
        )

    def _tab_shown(self, index: int) -> None:
        shown = self.tabs.widget(index)
        key = shown.objectName() if shown is not None else ""
        if key not in self._built and key in TABS:
            self._tab(key)
        elif key in self._tab_stale:
            self._refresh_tab(key)

    def show_tab(self, key: str) -> Any:
        tab = self._tab(key)
        self.tabs.setCurrentIndex(self._index_of(key))
        return tab

    # -- whose portfolio -------------------------------------------------------------------
    def _load_owners(self) -> bool:
        from mentordesk.services import mentees, profile, standards
        from mentordesk.vault.enums import MenteeStatus

        def work(job):
            sid = profile.mentor_standard_id(job.db)
            known = {s.id: f"{s.reference} v{s.version}" for s in standards.list_standards(job.db)}
            people = [
                (m.id, m.full_name, m.standard)
                for m in mentees.list_mentees(job.db, include_archived=False)
                if m.status == MenteeStatus.ACTIVE
            ]
            return known.get(sid, "") if sid is not None else "", people

        out = self.ops.read(work)
        if not out:
            return False
        mine, people = out.value
        keep = self.owner
        self.owners.blockSignals(True)
        self.owners.clear()
        own = self.tr("My own ({0})").format(mine) if mine else self.tr("My own")
        self.owners.addItem(own, None)
        for mid, name, standard in people:
            self.owners.addItem(f"{name} ({standard})" if standard else name, mid)
        found = self.owners.findData(keep) if keep is not None else 0
        self.owners.setCurrentIndex(max(found, 0))
        self.owners.blockSignals(False)
        self.owner = self.owners.currentData()
        return True

    def _owner_chosen(self, _index: int) -> None:
        self.show_owner(self.owners.currentData())

    def show_owner(self, owner: int | None) -> None:
        """Show ``owner``'s portfolio (a mentee id, or None for the mentor's own)."""
        if self.owners.currentData() != owner:
            found = self.owners.findData(owner) if owner is not None else 0
            if found < 0:
                return
            self.owners.blockSignals(True)
            self.owners.setCurrentIndex(found)
            self.owners.blockSignals(False)
        self.owner = owner
        self._tab_stale.update(self._built)
        if "evidence" in self._built:
            self._built["evidence"].show_owner(owner)
        self.refresh()

    # -- data ------------------------------------------------------------------------------
    def reload(self) -> None:
        self.undo_stack.clear()
        if self._load_owners():
            self.show_owner(self.owner)

    def clear(self) -> None:
        self.undo_stack.clear()
        self.matrix = None
        self.owners.blockSignals(True)
        self.owners.clear()
        self.owners.blockSignals(False)
        self.owner = None
        self._show_header(None, None)
        for key, tab in self._built.items():
            if key != "evidence" and hasattr(tab, "clear"):
                tab.clear()

    def shows(self, changes: Changes) -> bool:
        c = changes
        kinds = (c.evidence, c.gateway, c.sessions, c.mentees, c.reflections, c.cpd, c.standards)
        return bool(c.everything or c.settings or c.profile or any(kinds))

    def on_changes(self, changes: Changes) -> None:
        if not self.shows(changes):
            return
        if changes.mentees or changes.profile or changes.standards or changes.everything:
            before = self.owner
            self._load_owners()
            if self.owner != before:  # theirs archived or erased: every tab follows
                self.undo_stack.clear()
                if "evidence" in self._built:
                    self._built["evidence"].show_owner(self.owner)
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the shown portfolio again: the header and the tab shown (the others when
        next shown)."""
        if not self.ops.is_open:
            return
        from mentordesk.services.ksb import coverage

        owner = self.owner

        def work(job):
            shown = coverage.matrix(job.conn, owner, job.today)
            return shown, (_otj(job, owner) if owner is not None else None)

        out = self.ops.read(work)
        if not out:
            return
        self._stale = False
        self.matrix, otj_status = out.value
        self._show_header(self.matrix, otj_status)
        self.tabs.setTabVisible(self._index_of("gateway"), owner is not None)
        self._tab_stale.update(self._built)
        current = self.tabs.currentWidget()
        if current is not None and current.objectName() in self._built:
            self._refresh_tab(current.objectName())

    def _refresh_tab(self, key: str) -> None:
        self._tab_stale.discard(key)
        tab = self._built[key]
        if key == "coverage":
            tab.show_matrix(self.matrix)
        elif key == "progress":
            from mentordesk.services.ksb import coverage

            owner = self.owner
            out = self.ops.read(lambda job: coverage.progress(job.conn, owner, job.today))
            tab.show_points(out.value if out else [])
        elif key == "gateway" and self.owner is not None:
            tab.show_mentee(self.owner)

    def _show_header(self, matrix: Any, otj_status: Any) -> None:
        self.print_button.setEnabled(matrix is not None and self.ops.is_open)
        if matrix is None:
            self.standard.clear()
            for bar in (self.time_bar, self.evidenced_bar, self.met_bar):
                bar.setValue(0)
                bar.setFormat("")
            self.otj.clear()
            return
        if matrix.standard:
            self.standard.setText(self.tr("{0}: {1}").format(matrix.owner_name, matrix.standard))
        else:
            self.standard.setText(
                self.tr("{0}: no standard chosen. Choose one in Mentees (or, for your own "
                        "portfolio, in Preferences).").format(matrix.owner_name)
            )  # fmt: skip
        total = len(matrix.rows)
        self._fill(self.evidenced_bar, round(matrix.percent_evidenced),
                   self.tr("{0} of {1} KSBs evidenced, {2}%").format(
                       matrix.evidenced, total, round(matrix.percent_evidenced)))  # fmt: skip
        self._fill(self.met_bar, round(matrix.percent_met),
                   self.tr("{0} of {1} KSBs met, {2}%").format(
                       matrix.met, total, round(matrix.percent_met)))  # fmt: skip
        mentee = matrix.owner is not None
        self.time_bar.setVisible(mentee)
        if mentee:
            self._fill(self.time_bar, *time_words(matrix.start_date, matrix.end_date, matrix.today))
        if otj_status is not None:
            self.otj.setText(self.tr("Off-the-job hours: {0}").format(otj_status.words))
        else:
            self.otj.setText(
                self.tr("Your own portfolio: evidence, final reflections and CPD tagged with "
                        "a KSB of your standard count.")
            )  # fmt: skip

    @staticmethod
    def _fill(bar: QProgressBar, percent: int, words: str) -> None:
        bar.setValue(max(0, min(percent, 100)))
        bar.setFormat(words)
        bar.setAccessibleDescription(words)
        bar.setToolTip(words)

    # -- actions ---------------------------------------------------------------------------
    def open_ksb(self, ksb_id: int) -> None:
        """Show the evidence of one KSB (from the matrix: double-click or Enter)."""
        tab = self.show_tab("evidence")
        tab.show_ksb(ksb_id)

    @undoable
    def set_required(self, n: int) -> bool:
        """Set how many pieces of evidence each KSB of the standard shown needs."""
        from mentordesk.services.ksb import coverage

        if self.matrix is None or self.matrix.standard_id is None:
            return False
        sid, before = self.matrix.standard_id, self.matrix.required
        out = self.ops.write(
            lambda job: coverage.set_required_count(job.db, sid, n),
            title=self.tr("Pieces of evidence required"),
        )
        if not out:
            self.refresh()  # the spin box goes back to what is saved
            return False
        self.undo_stack.push_change(
            self.tr("Require {0} pieces of evidence per KSB").format(n),
            lambda job, _r: coverage.set_required_count(job.db, sid, n),
            lambda job, _r: coverage.set_required_count(job.db, sid, before),
            None,
            touches=lambda _r: Changes.of(settings=True),
        )
        self.ops.notice.emit(
            self.tr("Each KSB now needs {0} pieces of evidence. Undo with Ctrl+Z.").format(n)
        )
        if not out.changes:  # the same value: nothing broadcast, so read again here
            self.refresh()
        return True

    def print_portfolio(self, path: Path | None = None):
        """Write the portfolio of the one shown as a PDF, asking where (on a worker)."""
        if not self.ops.is_open or self.matrix is None:
            return None
        from mentordesk.services.ksb import portfolio

        owner, name = self.owner, self.matrix.owner_name
        if path is None:
            from mentordesk.ui.ksb.save_as import ask_where, suggested_name

            offered = suggested_name("KSB-portfolio", name, self.ops.clock.today(), ".pdf")
            path = ask_where(
                self, self.tr("Print the KSB portfolio to PDF"), offered, self.tr("PDF (*.pdf)")
            )
            if path is None:
                return None
        target = path
        return self.ops.start(
            lambda job: portfolio.export_portfolio(job.db, owner, target, job.now),
            write=True,  # signed and numbered as issued
            title=self.tr("Print portfolio"),
            label=self.tr("Writing the KSB portfolio of {0}…").format(name),
            parent=self,
            done=lambda _value: self.ops.saved.emit(target, self.tr("KSB portfolio")),
        )


def _otj(job, owner: int) -> Any:
    from mentordesk.services.ksb import otj

    return otj.status(job.conn, owner, job.today)


__all__ = ["KsbPage", "months_between", "time_words"]

"""The EPA gateway of one mentee: the readiness checklist (each rule met or not in a sign and
words, its detail and where the rule comes from), the gateway facts, the observation log,
and the gateway pack for the end-point assessment organisation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.i18n import word
from mentordesk.ui.table_model import ROW_ROLE, Column, RowTableModel
from mentordesk.ui.undo import VaultUndoStack, undoable
from mentordesk.vault.changes import Changes

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def met_words(met: bool) -> str:
    """A rule's result as a sign and words, never colour alone."""
    return translate("GatewayTab", "✔ Met") if met else translate("GatewayTab", "✖ Not met")


class _Logged:
    """An observation of the log as a row: its id and the Observation."""

    def __init__(self, ident: int, obs: Any):
        self.id = ident
        self.obs = obs


def fit_rows(view: QTableView) -> None:
    """Each row as tall as its wrapped words in the columns' present widths (Qt's own
    fitting leaves a line out when a line breaks right at a column's edge)."""
    model = view.model()
    metrics = view.fontMetrics()
    wrap = Qt.TextFlag.TextWordWrap
    widths = [
        (c, max(view.columnWidth(c) - 12, 1))
        for c in range(model.columnCount())
        if not view.isColumnHidden(c)
    ]
    for r in range(model.rowCount()):
        tallest = metrics.height()
        for c, width in widths:
            text = model.index(r, c).data()
            if text:
                box = metrics.boundingRect(QRect(0, 0, width, 10_000), wrap, str(text))
                tallest = max(tallest, box.height())
        view.setRowHeight(r, tallest + 8)


def _wrapping(view: QTableView, name: str) -> QTableView:
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    # The scroll bar's room is kept, so rows growing taller never narrow the columns
    # they were fitted to.
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    # each row as tall as its wrapped words, whenever a column's width changes
    view.horizontalHeader().sectionResized.connect(lambda *_: fit_rows(view))
    return view


class GatewayTab(QWidget):
    """``show_mentee(mentee_id)`` reads the checklist and the log again."""

    def __init__(self, ops, undo_stack: VaultUndoStack, parent=None):
        super().__init__(parent)
        self.ops = ops
        self.undo_stack = undo_stack
        self.mentee: int | None = None
        self.readiness: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        top.addWidget(self.summary, 1)
        self.facts_button = QPushButton(self.tr("Gateway f&acts…"))
        self.facts_button.setToolTip(
            self.tr("English and maths, the employer's confirmation, the portfolio assembled")
        )
        self.pack_button = QPushButton(self.tr("Gateway pac&k…"))
        self.pack_button.setToolTip(
            self.tr("One encrypted file for the end-point assessment organisation")
        )
        top.addWidget(self.facts_button)
        top.addWidget(self.pack_button)
        layout.addLayout(top)

        self.rules_model = RowTableModel(
            [
                Column(self.tr("Check"), lambda r: r.label),
                Column(self.tr("Result"), lambda r: met_words(r.met)),
                Column(self.tr("Detail"), lambda r: r.detail),
                Column(self.tr("Source"), lambda r: r.source, tooltip=lambda r: r.source),
            ]
        )
        self.rules = _wrapping(QTableView(), self.tr("Gateway readiness checks"))
        self.rules.setModel(self.rules_model)
        layout.addWidget(self.rules, 3)

        log = QGroupBox(self.tr("Observation log (live and recorded sessions, with consent)"))
        column = QVBoxLayout(log)
        self.obs_model = RowTableModel(
            [
                Column(self.tr("Kind"), lambda r: word(r.obs.kind)),
                Column(self.tr("Held on"), lambda r: r.obs.held_on),
                Column(self.tr("Description"), lambda r: r.obs.description),
                Column(self.tr("Consent recorded"), self._consent),
            ]
        )
        self.observations = _wrapping(QTableView(), self.tr("Observation log"))
        self.observations.setModel(self.obs_model)
        column.addWidget(self.observations, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("A&dd observation…"))
        self.edit_button = QPushButton(self.tr("Edi&t…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete the observation; Ctrl+Z undoes"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        column.addLayout(buttons)
        layout.addWidget(log, 2)

        self.facts_button.clicked.connect(lambda: self.edit_facts())
        self.pack_button.clicked.connect(lambda: self.make_pack())
        self.add_button.clicked.connect(lambda: self.add_observation())
        self.edit_button.clicked.connect(lambda: self.edit_observation())
        self.delete_button.clicked.connect(self.delete_observation)
        self.observations.activated.connect(lambda _i: self.edit_observation())
        self.observations.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self._buttons()

    def _consent(self, row: _Logged) -> str:
        obs = row.obs
        if obs.consent_recorded_on is None:
            return self.tr("✖ Not recorded")
        on = f"{obs.consent_recorded_on.day} {obs.consent_recorded_on:%b %Y}"
        if obs.consent_from:
            return self.tr("✔ {0}, from {1}").format(on, obs.consent_from)
        return self.tr("✔ {0}").format(on)

    # -- showing -------------------------------------------------------------------------
    def show_mentee(self, mentee_id: int) -> None:
        from mentordesk.services.ksb import gateway

        self.mentee = mentee_id
        out = self.ops.read(
            lambda job: (
                gateway.readiness(job.db, mentee_id, job.today),
                gateway.observations(job.db, mentee_id),
            )
        )
        if not out:
            self.clear()
            return
        self.readiness, logged = out.value
        results = list(self.readiness.results)
        self.rules_model.set_rows(results)
        unmet = len(self.readiness.unmet)
        if self.readiness.ready:
            self.summary.setText(
                self.tr("✔ Ready for gateway: all {0} checks met.").format(len(results))
            )
        else:
            self.summary.setText(
                self.tr("✖ Not ready for gateway: {0} of {1} checks not met.").format(
                    unmet, len(results)
                )
            )
        self.obs_model.set_rows([_Logged(i, obs) for i, obs in logged])
        self._fit()
        self._buttons()

    def _fit(self) -> None:
        for view, widths in ((self.rules, (220, 100, 360)), (self.observations, (140, 100, 360))):
            header = view.horizontalHeader()
            for column, width in enumerate(widths):
                header.resizeSection(column, width)
            fit_rows(view)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Rows are fitted again once the stretched columns have their new widths."""
        super().resizeEvent(event)
        QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        for view in (self.rules, self.observations):
            fit_rows(view)

    def clear(self) -> None:
        self.mentee = None
        self.readiness = None
        self.rules_model.clear()
        self.obs_model.clear()
        self.summary.clear()
        self._buttons()

    def _buttons(self) -> None:
        on = self.mentee is not None and self.ops.is_open
        for button in (self.facts_button, self.pack_button, self.add_button):
            button.setEnabled(on)
        chosen = on and self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def selected(self) -> _Logged | None:
        rows = self.observations.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def _name(self) -> str:
        return self.readiness.mentee if self.readiness is not None else ""

    # -- the facts -----------------------------------------------------------------------
    @undoable
    def edit_facts(self):
        from mentordesk.services.ksb import gateway
        from mentordesk.ui.ksb.gateway_dialogs import FactsDialog

        mid = self.mentee
        if mid is None:
            return None
        current = self.ops.read(lambda job: gateway.recorded_facts(job.db, mid))
        if not current:
            return None
        recorded = current.value  # None: nothing recorded yet, so undo removes what is saved
        before = recorded or gateway.GatewayFacts()

        def save(facts):
            return self.ops.write(lambda job: gateway.save_facts(job.db, mid, facts),
                                  show=dialog.error.show_error)  # fmt: skip

        dialog = FactsDialog(before, self._name(), self.ops.clock.today(), save, self)
        if dialog.exec():
            after = dialog.draft()
            self.undo_stack.push_change(
                self.tr("Gateway facts of {0}").format(self._name()),
                lambda job, _r: gateway.save_facts(job.db, mid, after),
                lambda job, _r: (
                    gateway.save_facts(job.db, mid, before)
                    if recorded is not None
                    else gateway.clear_facts(job.db, mid)
                ),
                None,
                touches=lambda _r: Changes.of(gateway=[mid]),
            )
            self.ops.notice.emit(self.tr("Gateway facts saved. Undo with Ctrl+Z."))
        return dialog

    # -- the observation log -------------------------------------------------------------
    @undoable
    def add_observation(self):
        from mentordesk.services.ksb import gateway
        from mentordesk.ui.ksb.gateway_dialogs import ObservationDialog
        from mentordesk.vault.enums import ObservationKind

        mid = self.mentee
        if mid is None:
            return None
        made: dict = {}

        def save(obs):
            out = self.ops.write(lambda job: gateway.add_observation(job.db, mid, obs),
                                 show=dialog.error.show_error)  # fmt: skip
            if out:
                made["id"] = out.value
            return out

        blank = gateway.Observation(ObservationKind.LIVE, "")
        dialog = ObservationDialog(blank, self.ops.clock.today(), save, self, new=True)
        if dialog.exec() and "id" in made:
            obs = dialog.draft()
            self.undo_stack.push_change(
                self.tr("Add an observation"),
                # redone under its own id, so the undo after it finds it
                lambda job, oid: gateway.add_observation(job.db, mid, obs, observation_id=oid),
                lambda job, oid: gateway.delete_observation(job.db, oid),
                made["id"],
                touches=lambda _r: Changes.of(gateway=[mid]),
            )
            self.ops.notice.emit(self.tr("Observation added. Undo with Ctrl+Z."))
        return dialog

    @undoable
    def edit_observation(self):
        from mentordesk.services.ksb import gateway
        from mentordesk.ui.ksb.gateway_dialogs import ObservationDialog

        row, mid = self.selected(), self.mentee
        if row is None or mid is None:
            return None
        oid, before = row.id, row.obs

        def save(obs):
            return self.ops.write(lambda job: gateway.update_observation(job.db, oid, obs),
                                  show=dialog.error.show_error)  # fmt: skip

        dialog = ObservationDialog(before, self.ops.clock.today(), save, self, new=False)
        if dialog.exec():
            after = dialog.draft()
            self.undo_stack.push_change(
                self.tr("Edit an observation"),
                lambda job, _r: gateway.update_observation(job.db, oid, after),
                lambda job, _r: gateway.update_observation(job.db, oid, before),
                None,
                touches=lambda _r: Changes.of(gateway=[mid]),
            )
            self.ops.notice.emit(self.tr("Observation saved. Undo with Ctrl+Z."))
        return dialog

    @undoable
    def delete_observation(self) -> None:
        from mentordesk.services.ksb import gateway

        row, mid = self.selected(), self.mentee
        if row is None or mid is None:
            return
        oid = row.id
        out = self.ops.write(lambda job: gateway.delete_observation(job.db, oid),
                             title=self.tr("Delete"))  # fmt: skip
        if not out:
            return
        _mentee, obs = out.value
        self.undo_stack.push_change(
            self.tr("Delete an observation"),
            lambda job, gone: (gateway.delete_observation(job.db, gone), gone)[1],
            # back under its own id, so a redo deletes this one
            lambda job, gone: gateway.add_observation(job.db, mid, obs, observation_id=gone),
            oid,
            touches=lambda _r: Changes.of(gateway=[mid]),
        )
        self.ops.notice.emit(self.tr("Observation deleted. Undo with Ctrl+Z."))

    # -- the pack ------------------------------------------------------------------------
    def make_pack(self, path: Path | None = None, protection=None):
        """Ask who the pack is for and where to save it, then make it on a worker."""
        mid = self.mentee
        if mid is None or not self.ops.is_open:
            return None
        from mentordesk.services.ksb import pack
        from mentordesk.ui.ksb.gateway_dialogs import PackDialog

        unmet = self.readiness.unmet if self.readiness is not None else []
        if protection is None and unmet:
            ask = QMessageBox.question(
                self,
                self.tr("Gateway pack"),
                self.tr(
                    "{0} is not ready for the gateway yet: %n check(s) not met ({1}). "
                    "Make the pack anyway?", "", len(unmet)
                ).format(self._name(), "; ".join(r.label for r in unmet[:3])
                         + (" …" if len(unmet) > 3 else "")),
            )  # fmt: skip
            if ask != QMessageBox.StandardButton.Yes:
                return None
        if protection is None:
            dialog = PackDialog(self._name(), self)
            if not dialog.exec():
                return None
            protection = dialog.protection()
        recipients, passphrase = protection
        if path is None:
            from mentordesk.ui.ksb.save_as import ask_where, suggested_name

            offered = suggested_name("Gateway-pack", self._name(), self.ops.clock.today(), ".age")
            path = ask_where(
                self,
                self.tr("Save the gateway pack"),
                offered,
                self.tr("age-encrypted file (*.age)"),
            )
            if path is None:
                return None
        target = path
        return self.ops.start(
            lambda job: pack.make_pack(
                job.db, mid, target, job.now, recipients=recipients, passphrase=passphrase
            ),  # fmt: skip
            write=True,  # the index is signed and the export recorded
            title=self.tr("Gateway pack"),
            label=self.tr("Making the gateway pack of {0}…").format(self._name()),
            parent=self,
            done=lambda _value: self.ops.saved.emit(target, self.tr("Gateway pack")),
        )


__all__ = ["GatewayTab", "fit_rows", "met_words"]

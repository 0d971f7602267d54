"""The reflection editor's form: its title, date and model, the stages written under the
model, the side tabs (KSB tags, links, amendments) and the button bar, laid out; the state
they show (draft, final, amending); and the draft they hold, saved while typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
)

from mentordesk.services import reflection_models
from mentordesk.services.reflections import Opened, ReflectionDraft
from mentordesk.ui.fields import DateField
from mentordesk.ui.ops import Ops
from mentordesk.ui.planner.fitted import FittedScroll
from mentordesk.ui.reflections.autosave import Autosave
from mentordesk.ui.reflections.side import LinksBox, TagsBox
from mentordesk.ui.reflections.stages import StagesPane, Writing, words_text
from mentordesk.ui.widgets import ErrorLabel, as_data


class ReflectionForm(QDialog):
    """The editor's widgets and the reflection they show; ReflectionEditor adds what they do."""

    SIZE = (1240, 740)

    def __init__(
        self, ops: Ops, draft: ReflectionDraft, extras, *, opened: Opened | None, parent=None
    ):
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # a window of its own, beside the list
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ops = ops
        self.opened = opened
        self.accepted_findings = list(draft.accepted)
        self.mentee_id = draft.mentee_id
        self.amending = False
        self._closing = False
        ksbs, people, links = extras

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        title_label = QLabel(self.tr("&Title:"))
        self.title = QLineEdit(draft.title)
        self.title.setPlaceholderText(self.tr("What this reflection is about, in a few words"))
        title_label.setBuddy(self.title)
        date_label = QLabel(self.tr("&Date:"))
        self.day = DateField(draft.occurred_on, fallback=ops.clock.today())
        date_label.setBuddy(self.day)
        model_label = QLabel(self.tr("&Model:"))
        self.model = QComboBox()
        for key, model in reflection_models.all_models().items():
            self.model.addItem(model.name, key)
        as_data(self.model)  # the models' own names, from resources/reflection_models
        model_label.setBuddy(self.model)
        self.undo_model = QPushButton(self.tr("&Undo model change"))
        for w in (title_label, self.title, date_label, self.day, model_label, self.model):
            top.addWidget(w)
        top.setStretch(1, 1)
        top.addWidget(self.undo_model)
        outer.addLayout(top)
        self.about_model = as_data(QLabel())
        self.about_model.setWordWrap(True)
        self.about_model.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.about_model)
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet("padding: 4px; border: 1px solid palette(mid);")
        outer.addWidget(self.lock_note)

        self.stages = StagesPane(self.touched, self._show_total)
        self.area = FittedScroll(self.stages)
        self.tags = TagsBox()
        self.links = LinksBox()
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Amendments"))
        self.history.setWordWrap(True)
        self.side = QTabWidget()
        self.side.addTab(self.tags, self.tr("KSB tags"))
        self.side.addTab(self.links, self.tr("Links"))
        self.side.addTab(self.history, self.tr("Amendments"))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.area)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        outer.addWidget(split, 1)
        self.error = ErrorLabel()
        outer.addWidget(self.error)
        bar = QHBoxLayout()
        self.final_button = QPushButton(self.tr("Mark &final…"))
        self.amend_button = QPushButton(self.tr("&Amend…"))
        self.save_amendment = QPushButton(self.tr("&Save amendment…"))
        self.close_button = QPushButton(self.tr("&Close"))
        self.total = QLabel()
        self.saved = QLabel()
        for b in (self.final_button, self.amend_button, self.save_amendment):
            bar.addWidget(b)
        bar.addStretch()
        bar.addWidget(self.total)
        bar.addWidget(self.saved)
        bar.addWidget(self.close_button)
        outer.addLayout(bar)

        # what is written, and its changes
        self.undo_stack = QUndoStack(self)
        self.autosave = Autosave(
            ops,
            self.draft,
            opened.id if opened else None,
            self,
            state=self.saved.setText,
            landed=self._landed,
        )
        self.tags.fill(ksbs, draft.ksb_ids)
        self.links.fill(people, draft.mentee_id, links)
        self._set_model_combo(draft.model)
        self.stages.tab_between(self.undo_model, self.side)  # the words before the side panel
        self.stages.show_writing(Writing.of(draft.model, draft.texts, draft.carried))
        self._show_model_about()
        self._show_total(self.stages.total())

    # -- state ----------------------------------------------------------------------------
    @property
    def reflection_id(self) -> int | None:
        return self.autosave.reflection_id

    @property
    def is_final(self) -> bool:
        return self.opened is not None and self.opened.is_final

    def editable(self) -> bool:
        return not self.is_final or self.amending

    def draft(self) -> ReflectionDraft:
        """The reflection as it stands in the window (a snapshot: nothing shared)."""
        return ReflectionDraft(
            title=self.title.text(),
            occurred_on=self.day.value(),
            model=self.stages.model,
            texts=self.stages.texts(),
            carried=self.stages.carried.toPlainText(),
            mentee_id=self.links.mentee_id(),
            session_ids=self.links.ids("session"),
            supervision_ids=self.links.ids("supervision"),
            cpd_ids=self.links.ids("cpd"),
            reading_ids=self.links.ids("reading"),
            ksb_ids=self.tags.ids(),
            accepted=list(self.accepted_findings),
        )

    def show_state(self) -> None:
        editable = self.editable()
        self.title.setReadOnly(not editable)
        self.day.setEnabled(editable)
        self.model.setEnabled(editable)
        self.undo_model.setVisible(editable)
        self.stages.set_read_only(not editable)
        self.tags.set_read_only(not editable)
        self.links.set_read_only(not editable)
        self.final_button.setVisible(not self.is_final)
        self.amend_button.setVisible(self.is_final and not self.amending)
        self.save_amendment.setVisible(self.amending)
        opened = self.opened
        if opened is not None and opened.finalised_at is not None:
            when = opened.finalised_at.astimezone()
            if self.amending:
                text = self.tr(
                    "Amending: change what needs changing, then Save amendment and say why. "
                    "The reflection as it was is kept in its amendment history."
                )
            else:
                text = self.tr(
                    "Final since {0:%d %b %Y %H:%M}, and locked: changes are made with "
                    "Amend…, and kept with their time and reason."
                ).format(when)
            self.lock_note.setText(text)
            self.saved.setText(self.tr("Final ✔"))
        self.lock_note.setVisible(opened is not None and opened.is_final)
        amendments = opened.amendments if opened is not None else []
        self.history.clear()
        for a in amendments:
            fields = ", ".join(k.removeprefix("stage:").replace("_", " ") for k in a.changes)
            self.history.addItem(
                self.tr("{0:%d %b %Y %H:%M} — {1} (changed: {2})").format(
                    a.made_at.astimezone(), a.reason, fields
                )
            )
        self.side.setTabVisible(2, bool(amendments))
        title = self.title.text().strip() or self.tr("New reflection")
        self.setWindowTitle(self.tr("Reflection: {0}").format(title))

    def _show_total(self, words: int) -> None:
        self.total.setText(self.tr("Total: {0}").format(words_text(words)))

    def _show_model_about(self) -> None:
        model = reflection_models.get(self.stages.model)
        about = model.summary
        if model.source:
            about += "  " + self.tr("Source: {0}").format(model.source)
        self.about_model.setText(about)

    def _set_model_combo(self, key: str) -> None:
        self.model.blockSignals(True)
        self.model.setCurrentIndex(max(self.model.findData(reflection_models.get(key).key), 0))
        self.model.blockSignals(False)

    # -- typing and autosave --------------------------------------------------------------
    def touched(self) -> None:
        if self.amending or self.is_final:
            return
        self.autosave.touched()

    def _landed(self, _reflection_id: int) -> None:
        title = self.title.text().strip() or self.tr("New reflection")
        self.setWindowTitle(self.tr("Reflection: {0}").format(title))

"""The writing part of the reflection editor: one field per stage of the chosen model,
with the stage's prompts above it and its word count; the words carried from an earlier
model in a field of their own, shown while it holds any; and a change of model that keeps
every word and can be undone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services import reflection_models
from mentordesk.services.reflections import CARRIED
from mentordesk.ui.widgets import as_data

LINES = (4, 16)  # a field's height in lines: at first, and at most (it grows as written)


@dataclass(frozen=True)
class Writing:
    """What is written, under which model: a stage's text by key, and the carried words."""

    model: str
    texts: tuple[tuple[str, str], ...]  # (stage key, text), those with text only, sorted
    carried: str

    @classmethod
    def of(cls, model: str, texts: dict[str, str], carried: str) -> Writing:
        kept = tuple(sorted((k, v) for k, v in texts.items() if v.strip()))
        return cls(model, kept, carried if carried.strip() else "")

    def switched(self, new_model: str) -> Writing:
        """The same words under ``new_model`` (none dropped: see reflection_models.switch)."""
        moved = reflection_models.switch(dict(self.texts), self.model, new_model, self.carried)
        return Writing.of(new_model, moved.texts, moved.carried)


def words_text(n: int) -> str:
    return QCoreApplication.translate("ReflectionEditor", "%n word(s)", "", n)


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def grow(edit: QPlainTextEdit) -> None:
    """``edit`` as tall as what is written in it (between :data:`LINES`), so that the
    stages read down the page, with one scroll bar (the page's) for most texts."""
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def fit() -> None:
        lines = edit.document().documentLayout().documentSize().height()  # in lines, wrapped
        shown = max(LINES[0], min(LINES[1], int(lines)))
        margins = 2 * (edit.frameWidth() + edit.document().documentMargin()) + 4
        edit.setFixedHeight(int(shown * edit.fontMetrics().lineSpacing() + margins))

    edit.document().documentLayout().documentSizeChanged.connect(lambda _size: fit())
    fit()


class StageField(QWidget):
    """One stage: its title and word count, its prompts, the field to write in."""

    def __init__(self, title: str, prompts: tuple[str, ...], text: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        head = QHBoxLayout()
        self.title = _bold(as_data(QLabel(title)))  # from resources/reflection_models
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel()
        head.addWidget(self.title)
        head.addStretch()
        head.addWidget(self.count)
        layout.addLayout(head)
        self.prompts = as_data(QLabel("  ".join(prompts)))
        self.prompts.setWordWrap(True)
        self.prompts.setTextFormat(Qt.TextFormat.PlainText)
        self.prompts.setStyleSheet("color: palette(placeholder-text);")
        self.prompts.setVisible(bool(prompts))
        layout.addWidget(self.prompts)
        self.edit = QPlainTextEdit(text)
        self.edit.setTabChangesFocus(True)
        self.edit.setAccessibleName(title)
        self.edit.setAccessibleDescription("  ".join(prompts))
        grow(self.edit)
        self.title.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.edit.textChanged.connect(self.count_words)
        self.count_words()

    def count_words(self) -> None:
        self.words = reflection_models.word_count(self.edit.toPlainText())
        self.count.setText(words_text(self.words))


class StagesPane(QWidget):
    """The stages of one model; :meth:`show_writing` changes model (or fills it).

    What typing changes is told by calling ``edited()`` and ``words(total)``, not by
    signals of our own: PySide 6.12's ``emit()`` from Python drops a reference to True
    each time, and a signal per key would end, some thousands of keys later, in a crash."""

    def __init__(
        self,
        edited: Callable[[], None] = lambda: None,
        words: Callable[[int], None] = lambda _n: None,
        parent=None,
    ):
        super().__init__(parent)
        self.edited, self.words = edited, words
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 4, 0)
        self.fields: dict[str, StageField] = {}
        self.model = reflection_models.FREE
        self.stage_box = QWidget()
        self.stage_layout = QVBoxLayout(self.stage_box)
        self.stage_layout.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.stage_box)
        self.carried_box = QWidget()
        carried_layout = QVBoxLayout(self.carried_box)
        carried_layout.setContentsMargins(0, 10, 0, 0)
        self.carried_label = _bold(QLabel(self.tr("From the &earlier model")))
        self.carried_note = QLabel(
            self.tr(
                "Words written under another model that have no stage in this one. They are "
                "kept here: move them into a stage, or leave them."
            )
        )
        self.carried_note.setWordWrap(True)
        self.carried = QPlainTextEdit()
        self.carried.setTabChangesFocus(True)
        self.carried.setAccessibleName(self.tr("From the earlier model"))
        grow(self.carried)
        self.carried_label.setBuddy(self.carried)
        self.carried_count = QLabel()
        head = QHBoxLayout()
        head.addWidget(self.carried_label)
        head.addStretch()
        head.addWidget(self.carried_count)
        carried_layout.addLayout(head)
        carried_layout.addWidget(self.carried_note)
        carried_layout.addWidget(self.carried)
        self.layout_.addWidget(self.carried_box)
        self.layout_.addStretch()
        self.carried.textChanged.connect(self._carried_changed)
        self.read_only = False
        self._count_carried()

    # -- what is shown --------------------------------------------------------------------
    def writing(self) -> Writing:
        return Writing.of(self.model, self.texts(), self.carried.toPlainText())

    def texts(self) -> dict[str, str]:
        return {key: f.edit.toPlainText() for key, f in self.fields.items()}

    def show_writing(self, writing: Writing) -> None:
        """Show ``writing``: the fields of its model, filled."""
        texts = dict(writing.texts)
        model = reflection_models.get(writing.model)
        self.model = model.key
        while self.stage_layout.count():
            item = self.stage_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.fields = {}
        for stage in model.stages:
            field = StageField(stage.title, stage.prompts, texts.get(stage.key, ""))
            field.edit.setReadOnly(self.read_only)
            field.edit.textChanged.connect(self._stage_changed)
            self.stage_layout.addWidget(field)
            self.fields[stage.key] = field
        self.carried.blockSignals(True)
        self.carried.setPlainText(writing.carried)
        self.carried.blockSignals(False)
        self.carried_box.setVisible(reflection_models.word_count(writing.carried) > 0)
        self._count_carried()
        self.words(self.total())
        self._order_tabs()

    def tab_between(self, before: QWidget, after: QWidget) -> None:
        """Tab goes from ``before`` through every stage, in order, to ``after``."""
        self._between = (before, after)
        self._order_tabs()

    def _order_tabs(self) -> None:
        ends = getattr(self, "_between", None)
        if ends is None:
            return
        chain = [ends[0], *(f.edit for f in self.fields.values()), self.carried, ends[1]]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for f in self.fields.values():
            f.edit.setReadOnly(read_only)
        self.carried.setReadOnly(read_only)

    def field(self, where: str) -> QPlainTextEdit | None:
        """The field holding part ``where`` of the text (a stage's key, or "carried")."""
        if where == CARRIED:
            return self.carried
        found = self.fields.get(where)
        return found.edit if found is not None else None

    def first_field(self) -> QPlainTextEdit | None:
        return next((f.edit for f in self.fields.values()), None)

    def total(self) -> int:
        return sum(f.words for f in self.fields.values()) + self.carried_words

    # -- changes --------------------------------------------------------------------------
    def _stage_changed(self) -> None:
        self.edited()
        self.words(self.total())

    def _carried_changed(self) -> None:
        self._count_carried()
        self.edited()
        self.words(self.total())

    def _count_carried(self) -> None:
        self.carried_words = reflection_models.word_count(self.carried.toPlainText())
        self.carried_count.setText(words_text(self.carried_words))


class ModelChange(QUndoCommand):
    """Changing the model, undoably. Undo puts the earlier model back with every word: as
    it was, if nothing has been typed since; else the words as they are now, switched back
    (none is ever dropped by an undo)."""

    def __init__(self, apply, current, before: Writing, after: Writing, text: str):
        super().__init__(text)
        self._apply = apply  # shows a Writing (and sets the model chooser)
        self._current = current  # the Writing shown now
        self.before, self.after = before, after
        self._done = True  # pushed once applied: the first redo is the change itself

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        now = self._current()
        self._apply(self.after if now == self.before else now.switched(self.after.model))

    def undo(self) -> None:
        now = self._current()
        self._apply(self.before if now == self.after else now.switched(self.before.model))

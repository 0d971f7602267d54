"""One session, two portfolios: a mentee's session record counted for the mentor's own
portfolio too, against the KSBs of the mentor's standard (with the mentor's judgement of
each). Asked again for the same session, the mentor's item is updated, not doubled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from mentordesk.services.ksb import evidence
from mentordesk.services.ksb.evidence import EvidenceRow, KsbChoice, KsbMark, Saved
from mentordesk.ui.ksb.evidence_marks import KsbMarks
from mentordesk.ui.widgets import ErrorLabel, fit_to_screen

if TYPE_CHECKING:
    from mentordesk.ui.ksb.evidence_tab import EvidenceTab


def mine(db, session_id: int) -> int | None:
    """The mentor's own piece of evidence from a session, if counted already."""
    found = [r.id for r in evidence.rows(db, None) if r.session_id == session_id]
    return found[0] if found else None


class CountForMeDialog(QDialog):
    """One session, two portfolios: choose the KSBs of your own standard (and your
    judgement of each) that a mentee's session also evidences for you."""

    def __init__(
        self, choices: list[KsbChoice], title: str, marks: tuple[KsbMark, ...] = (), parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Count for my portfolio too"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("“{0}” stays in the mentee's portfolio. Tick the KSBs of your own "
                    "standard it also evidences for you: it is added to your portfolio as "
                    "your own session record.").format(title)
        )  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.marks = KsbMarks(choices, marks)
        layout.addWidget(self.marks, 1)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Count it for me"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.try_accept)
        fit_to_screen(self, 760, 600)
        self.marks.filter.setFocus()

    def try_accept(self) -> None:
        if not self.marks.marks():
            self.error.show_error(self.tr("Tick at least one KSB of your standard to count."))
            self.marks.view.setFocus()
            return
        self.accept()


def count_for_me(tab: EvidenceTab, row: EvidenceRow) -> CountForMeDialog | None:
    """Ask for the mentor's KSBs and judgements, then count ``row`` (a mentee's session
    record) for the mentor too; undoable on ``tab``'s history."""
    from mentordesk.ui.ksb.evidence_tab import touches

    eid, session_id = row.id, row.session_id
    assert session_id is not None

    def current(job):
        counted = mine(job.db, session_id)
        marks = evidence.get(job.db, counted).marks if counted is not None else ()
        return evidence.ksb_choices(job.db, None), marks

    found = tab.ops.read(current)
    if not found:
        return None
    choices, marks = found.value
    dialog = CountForMeDialog(choices, row.title, marks, parent=tab)
    if not dialog.exec():
        return dialog
    chosen = dialog.marks.marks()

    def work(job) -> tuple[int, Saved | None, Saved]:
        counted = mine(job.db, session_id)
        before = evidence.take(job.db, counted) if counted is not None else None
        made = evidence.count_for_me(job.db, eid, chosen, job.today)
        return made, before, evidence.take(job.db, made)

    out = tab.ops.write(work, title=dialog.windowTitle())
    if not out:
        return dialog
    made, before, after = out.value
    tab.undo_stack.push_change(
        dialog.tr("Count “{0}” for my portfolio").format(row.title),
        lambda job, m: evidence.put(job.db, m, after),
        lambda job, m: (
            evidence.delete(job.db, m) if before is None else evidence.put(job.db, m, before)
        ),
        made,
        touches=touches,
    )
    tab.ops.notice.emit(
        dialog.tr("“{0}” counts for your portfolio too, against %n KSB(s) of your standard. "
                  "Undo with Ctrl+Z.", "", len(chosen)).format(row.title)
    )  # fmt: skip
    return dialog


__all__ = ["CountForMeDialog", "count_for_me", "mine"]

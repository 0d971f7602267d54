"""Before a reflection is marked final (or amended): what in its text could identify
someone, each with its reason and the words around it, to show in its field and change,
or to accept."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.planner.fitted import FittedScroll
from mentordesk.ui.widgets import as_data, fit_to_screen

if TYPE_CHECKING:
    from mentordesk.services.deidentify import Finding
    from mentordesk.services.reflections import ReflectionDraft

AROUND = 50  # characters of context each side


def around(text: str, start: int, end: int) -> str:
    """The words around ``text[start:end]`` (cut at a space, "…" where cut), it in bold;
    HTML."""
    before, after = text[max(0, start - AROUND) : start], text[end : end + AROUND]
    if start > AROUND:
        before = "…" + (before.split(" ", 1)[1] if " " in before else before)
    if end + AROUND < len(text):
        after = (after.rsplit(" ", 1)[0] if " " in after else after) + "…"

    def flat(part: str) -> str:  # line breaks and runs of spaces as one space
        return html.escape(re.sub(r"\s+", " ", part))

    return f"{flat(before)}<b>{html.escape(text[start:end])}</b>{flat(after)}"


def where_words(draft: ReflectionDraft, part: str) -> str:
    """The field a part of the text is in, in words ("Description", "Title")."""
    from mentordesk.services import reflection_models
    from mentordesk.services.reflections import CARRIED

    if part == "title":
        return QCoreApplication.translate("ReflectionEditor", "Title")
    if part == CARRIED:
        return QCoreApplication.translate("ReflectionEditor", "From the earlier model")
    return reflection_models.get(draft.model).stage_title(part)


def context(draft: ReflectionDraft, finding: Finding) -> str:
    """Where a finding is and the words around it (HTML): "<i>Feelings</i>: … <b>it</b> …"."""
    found = draft.locate(finding.start, finding.end)
    if found is None:
        return around(draft.all_text(), finding.start, finding.end)
    part, start, end = found
    text = dict(draft.parts())[part]
    return f"<i>{html.escape(where_words(draft, part))}</i>: {around(text, start, end)}"


class FindingsDialog(QDialog):
    """Each finding: "Show" closes the list and selects it in its field; "Accept" keeps it
    as written. Once every one is accepted, "Mark final" goes on."""

    def __init__(self, draft: ReflectionDraft, findings: list[Finding], go_on: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check before marking final"))
        self.findings = findings
        self.accepted_findings: list[Finding] = []
        self.shown: Finding | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A reflection is kept in your portfolio and may be read by others. These "
                "words could identify someone: change them (Show), or accept each one."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(0, 1)
        self.rows: list[tuple[QLabel, QPushButton, QPushButton]] = []
        for n, finding in enumerate(findings):
            reason = as_data(QLabel(finding.reason))  # one line from the check, in words
            reason.setWordWrap(True)
            reason.setTextFormat(Qt.TextFormat.PlainText)
            words = as_data(QLabel(context(draft, finding)))
            words.setWordWrap(True)
            words.setTextFormat(Qt.TextFormat.RichText)
            words.setStyleSheet("color: palette(placeholder-text);")
            cell = QVBoxLayout()
            cell.addWidget(reason)
            cell.addWidget(words)
            show = QPushButton(self.tr("Show"))
            accept = QPushButton(self.tr("Accept"))
            show.setAccessibleName(self.tr("Show finding {0}").format(n + 1))
            accept.setAccessibleName(self.tr("Accept finding {0}").format(n + 1))
            show.setToolTip(self.tr("Select these words in their field, to change them"))
            accept.setToolTip(self.tr("Keep these words as written"))
            show.clicked.connect(lambda _c=False, f=finding: self.show_finding(f))
            accept.clicked.connect(lambda _c=False, i=n: self.accept_finding(i))
            grid.addLayout(cell, 2 * n, 0)
            grid.addWidget(show, 2 * n, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(accept, 2 * n, 2, Qt.AlignmentFlag.AlignTop)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            grid.addWidget(line, 2 * n + 1, 0, 1, 3)
            self.rows.append((reason, show, accept))
        grid.setRowStretch(2 * len(findings), 1)
        self.area = FittedScroll(body)
        layout.addWidget(self.area, 1)
        self.left = QLabel()
        layout.addWidget(self.left)
        bar = QHBoxLayout()
        self.go_on = QPushButton(go_on)
        self.cancel = QPushButton(self.tr("&Cancel"))
        bar.addStretch()
        bar.addWidget(self.go_on)
        bar.addWidget(self.cancel)
        layout.addLayout(bar)
        self.go_on.clicked.connect(self.accept)
        self.cancel.clicked.connect(self.reject)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        fit_to_screen(self, 760, 560)
        self._update()

    def show_finding(self, finding: Finding) -> None:
        self.shown = finding
        self.reject()

    def accept_finding(self, n: int) -> None:
        finding = self.findings[n]
        if finding not in self.accepted_findings:
            self.accepted_findings.append(finding)
        _reason, show, accept = self.rows[n]
        accept.setEnabled(False)
        accept.setText(self.tr("Accepted"))
        show.setEnabled(False)
        self._update()

    def _update(self) -> None:
        left = len(self.findings) - len(self.accepted_findings)
        self.left.setText(
            self.tr("%n finding(s) left to change or accept.", "", left)
            if left
            else self.tr("Every one accepted.")
        )
        self.go_on.setEnabled(left == 0)
        if left == 0:
            self.go_on.setFocus(Qt.FocusReason.OtherFocusReason)

"""Page 7: the whole contract on one page, and the signatures on this device: the mentee's
and the mentor's, and the employer's (usually the line manager) when they take part."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtWidgets import (
    QHBoxLayout,
    QTextBrowser,
    QVBoxLayout,
)

from mentordesk.services.contracts import SignatureData
from mentordesk.ui.contract_wizard.base import ContractPage
from mentordesk.ui.signer_box import SignerBox
from mentordesk.vault.enums import SignerRole, StakeholderRole


def _cell(text: str, tag: str = "td") -> str:
    return f"<{tag}>{escape(text).replace(chr(10), '<br>')}</{tag}>"


def sections_html(sections) -> str:
    """The contract as the PDF prints it: each section's note, rows, then its grid."""
    parts = []
    for section in sections:
        parts.append(f"<h3>{escape(section.title)}</h3>")
        if section.note:
            parts.append(f"<p><small>{escape(section.note)}</small></p>")
        parts.append("<table cellspacing=0 cellpadding=3>")
        for label, text in section.rows:
            body = escape(text).replace("\n", "<br>")
            parts.append(f"<tr><td width=34%><b>{escape(label)}</b></td><td>{body}</td></tr>")
        parts.append("</table>")
        grid = section.grid
        if grid:
            if grid.key:
                parts.append(f"<p><small>{escape(grid.key)}</small></p>")
            parts.append("<table cellspacing=0 cellpadding=3><tr>")
            parts += [_cell(c, "th") for c in grid.columns]
            parts.append("</tr>")
            for row in grid.rows:
                parts.append("<tr>" + "".join(_cell(c) for c in row) + "</tr>")
            parts.append("</table>")
    return "".join(parts)


class SignPage(ContractPage):
    key = "sign"

    def __init__(self):
        super().__init__(
            self.tr(
                "Read it through together. Then each of you signs on this device; tick "
                "Employer if the line manager signs too."
            )
        )
        layout = QVBoxLayout(self)
        self.review = QTextBrowser()
        self.review.setAccessibleName(self.tr("The whole contract"))
        layout.addWidget(self.review, 1)
        row = QHBoxLayout()
        self.mentee = SignerBox(SignerRole.MENTEE, self.tr("Mente&e"))
        self.employer = SignerBox(
            SignerRole.EMPLOYER, self.tr("Em&ployer (optional)"), optional=True
        )
        self.mentor = SignerBox(SignerRole.MENTOR, self.tr("Men&tor"))
        for box in (self.mentee, self.employer, self.mentor):
            row.addWidget(box, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def show_draft(self, draft, context) -> None:
        self.review.setHtml(sections_html(context.sections))
        if not self.mentee.name.text():
            self.mentee.name.setText(draft.mentee_name)
        if not self.mentor.name.text():
            self.mentor.name.setText(context.mentor_name)
        if not self.employer.name.text():
            manager = next(
                (p.name for p in draft.stakeholders if p.role is StakeholderRole.LINE_MANAGER),
                "",
            )
            self.employer.name.setText(manager)

    def first_field(self):
        return self.review  # read it through first

    def store(self, draft) -> None:
        pass  # signatures are not part of the draft: they are given at signing

    def signatures(self, now: datetime) -> list[SignatureData]:
        boxes = (self.mentee, self.employer, self.mentor)
        return [box.signature(now) for box in boxes if box.signs()]

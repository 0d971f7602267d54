"""After unlocking: a contract left part-way in the wizard is offered to continue, once.

Whatever the answer ("Continue it" or "Not now", or the question closed), that draft is
not offered again; it waits in Contracts (and on the mentee's page) until it is continued.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.services import contracts
from mentordesk.ui.ops import Ops


def ask_to_continue(parent: QWidget | None, mentee: str) -> bool:
    """The question itself: True for "Continue it"."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ResumeContract", "Continue a contract?"),
        QCoreApplication.translate(
            "ResumeContract",
            "The contract for {0} was left part-way: continue it now, or later from Contracts.",
        ).format(mentee),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    go = box.addButton(
        QCoreApplication.translate("ResumeContract", "&Continue it"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    later = box.addButton(
        QCoreApplication.translate("ResumeContract", "&Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(go)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is go


def offer_to_resume(
    parent: QWidget | None,
    ops: Ops,
    ask: Callable[[QWidget | None, str], bool] | None = None,
) -> int | None:
    """Offer the draft most recently left part-way, if it has not been offered before;
    the id of the contract to open in the wizard when the mentor chooses to continue.
    ``ask`` puts the question (by default :func:`ask_to_continue`)."""
    found = ops.read(lambda job: contracts.draft_to_offer(job.db), quiet=True)
    row = found.value if found else None
    if row is None:
        return None
    cid = row.id
    if not ops.write(lambda job: contracts.mark_offered(job.db, cid), quiet=True):
        return None  # could not be remembered: better not to ask at every unlock
    return cid if (ask or ask_to_continue)(parent, row.mentee) else None

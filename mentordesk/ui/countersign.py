"""Records sent to be countersigned and the copies that come back: the two steps a page or
the File menu starts, each through the op helper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mentordesk.ui.ops import Ops


def tr(text: str) -> str:
    return QCoreApplication.translate("Countersign", text)


def countersigned_text(ops: Ops, kind: str, record_id: int) -> str:
    """ "Countersigned — Employer: Grace Obi, …" for a record, or "" when nobody has."""
    from mentordesk.services.signing.countersigned import countersignatures_of

    found = ops.read(lambda job: countersignatures_of(job.db, kind, record_id))
    lines = [c.line() for c in found.value] if found else []
    return tr("Countersigned — {0}").format("; ".join(lines)) if lines else ""


def export_for_countersignature(
    parent: QWidget, ops: Ops, kind: str, record_id: int, suggested: str, what: str
) -> None:
    """Ask where, then write the record certified for the mentee's and the employer's own
    digital signatures (form filling and signing allowed, nothing else)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        tr("For countersigning"),
        str(Path.home() / suggested),
        tr("PDF (*.pdf)"),
    )
    if not path:
        return
    out = Path(path)

    def work(job):  # noqa: ANN001, ANN202 - a Job
        from mentordesk.services.printed import export_record

        return export_record(job.db, kind, record_id, out, job.now, countersign=True)

    ops.start(
        work,
        write=True,
        title=tr("For countersigning"),
        cancellable=False,
        label=tr("Signing the record…"),
        parent=parent,
        done=lambda _v: ops.saved.emit(out, tr("{0} for countersigning").format(what)),
    )


def import_countersigned(parent: QWidget, ops: Ops) -> None:
    """Ask for a copy that came back signed, check it and record its countersignatures."""
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Import countersigned record"), str(Path.home()), tr("PDF (*.pdf)")
    )
    if not path:
        return
    source = Path(path)

    def work(job):  # noqa: ANN001, ANN202 - a Job
        from mentordesk.services.signing.countersigned import import_countersigned, read_pdf

        return import_countersigned(job.db, read_pdf(source), job.now)

    done = ops.write(work, title=tr("Import countersigned record"))
    if not done:
        return
    copy = done.value
    lines = [copy.summary(), "", copy.headline]
    lines += [""] + [row.line() for row in copy.added] if copy.added else []
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("Import countersigned record"),
        "\n".join(lines),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # names come from the signers' certificates
    box.exec()
    ops.notice.emit(copy.summary())

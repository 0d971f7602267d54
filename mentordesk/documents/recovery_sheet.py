"""A one-page sheet with the vault's recovery code, to print and keep somewhere safe."""

from __future__ import annotations

from datetime import datetime
from io import BytesIO
from pathlib import Path


def build_recovery_sheet(
    path: Path, recovery_code: str, mentor_name: str, vault_id: str, printed: datetime
) -> None:
    """Write the sheet to ``path`` as a private file (0600), whole or not at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas

    from mentordesk.documents.reference import long_time
    from mentordesk.vault.fileio import atomic_write

    out = BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    pdf.setTitle("MentorDesk recovery code")
    pdf.setAuthor(mentor_name)
    width, height = A4
    y = height - 30 * mm
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(25 * mm, y, "MentorDesk recovery code")
    pdf.setFont("Helvetica", 11)
    y -= 12 * mm
    for line in (
        f"Vault of: {mentor_name}",
        f"Vault id: {vault_id}",
        f"Printed: {long_time(printed)}",
    ):
        pdf.drawString(25 * mm, y, line)
        y -= 6 * mm
    y -= 10 * mm
    pdf.setStrokeColorRGB(0.2, 0.2, 0.2)
    pdf.roundRect(25 * mm, y - 14 * mm, width - 50 * mm, 24 * mm, 3 * mm)
    pdf.setFont("Courier-Bold", 19)
    pdf.drawCentredString(width / 2, y - 4 * mm, recovery_code)
    y -= 30 * mm
    pdf.setFont("Helvetica", 11)
    for line in (
        "This code unlocks your vault if you forget your passphrase.",
        "Anyone who has it and a copy of your vault can read your records.",
        "Keep it somewhere safe and private, away from the computer: a locked drawer,",
        "or your organisation's secure storage. Do not email it or save it beside the vault.",
    ):
        pdf.drawString(25 * mm, y, line)
        y -= 6 * mm
    pdf.showPage()
    pdf.save()
    atomic_write(Path(path), out.getvalue())

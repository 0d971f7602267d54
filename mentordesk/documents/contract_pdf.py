"""The signed mentoring contract as a PDF.

:func:`build_contract_pdf` is the one function that makes the document; it returns the
bytes, so that signing the PDF cryptographically can be added as a step after it.
"""

from __future__ import annotations

from mentordesk.documents.layout import Layout, build_pdf
from mentordesk.documents.model import ContractDocument
from mentordesk.vault.enums import ContractStatus
from mentordesk.words import label_of


def build_contract_pdf(doc: ContractDocument) -> bytes:
    between = (
        f"Between {doc.mentee} (mentee) and {doc.mentor}"
        + (f", {doc.mentor_role}" if doc.mentor_role else "")
        + (f", {doc.organisation}" if doc.organisation else "")
        + " (mentor)."
    )
    version = (
        f"Version {doc.version}"
        + (f", replacing version {doc.supersedes_version}" if doc.supersedes_version else "")
        + f" · {label_of(ContractStatus, doc.status)}"
        + (f" · agreed {doc.agreed_at.astimezone():%d %B %Y}" if doc.agreed_at else "")
    )
    return build_pdf(
        Layout(
            heading="Mentoring contract",
            intro=[between, version],
            sections=doc.sections,
            signatures=doc.signatures,
            sign_statement="We agree to this mentoring contract.",
            footer=f"Mentoring contract · record {doc.record_id} · version {doc.version}",
            title=f"Mentoring contract: {doc.mentee} (version {doc.version})",
            author=doc.mentor,
            subject="Mentoring contract",
        )
    )

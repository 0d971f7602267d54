"""The signed mentoring contract as a PDF.

:func:`build_contract_pdf` is the one function that makes the document; it returns the
PDF as built and where its signatures go; signing is the one step after it
(:mod:`mentordesk.documents.signing`).
"""

from __future__ import annotations

from mentordesk.documents.layout import Built, Layout, build_pdf
from mentordesk.documents.model import ContractDocument
from mentordesk.documents.reference import human_ref, long_date
from mentordesk.vault.enums import ContractStatus
from mentordesk.words import label_of


def build_contract_pdf(doc: ContractDocument, countersigners: tuple[str, ...] = ()) -> Built:
    between = (
        f"Between {doc.mentee} (mentee) and {doc.mentor}"
        + (f", {doc.mentor_role}" if doc.mentor_role else "")
        + (f", {doc.organisation}" if doc.organisation else "")
        + " (mentor)."
    )
    reference = f"{human_ref('contract', doc.record_id)} · version {doc.version}"
    state = (
        label_of(ContractStatus, doc.status)
        + (f" · agreed {long_date(doc.agreed_at.astimezone())}" if doc.agreed_at else "")
        + (f" · replaces version {doc.supersedes_version}" if doc.supersedes_version else "")
    )
    return build_pdf(
        Layout(
            heading="Mentoring contract",
            reference=reference,
            intro=[between, state],
            sections=doc.sections,
            signatures=doc.signatures,
            sign_statement="We agree to this mentoring contract.",
            footer=f"Mentoring contract · {doc.mentee}",
            title=f"Mentoring contract: {doc.mentee} (version {doc.version})",
            author=doc.mentor,
            subject="Mentoring contract",
            countersigners=countersigners,
        )
    )

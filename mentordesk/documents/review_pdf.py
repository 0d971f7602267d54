"""The progress review as a PDF, in the same layout as every printed record."""

from __future__ import annotations

from mentordesk.documents.layout import Built, Layout, build_pdf
from mentordesk.documents.model import ReviewDocument
from mentordesk.documents.reference import human_ref, long_date


def build_review_pdf(doc: ReviewDocument, countersigners: tuple[str, ...] = ()) -> Built:
    state = "Signed and final" if doc.is_final else "Draft, not yet signed"
    return build_pdf(
        Layout(
            heading="Progress review",
            reference=human_ref("review", doc.record_id),
            intro=[
                f"{doc.mentee}, reviewed with {doc.mentor}"
                + (f", {doc.organisation}" if doc.organisation else "")
                + f", on {long_date(doc.held_on)}.",
                state,
            ],
            sections=doc.sections,
            signatures=doc.signatures,
            sign_statement="We have reviewed progress together and agree this record.",
            footer=f"Progress review · {doc.mentee} · {long_date(doc.held_on)}",
            title=f"Progress review: {doc.mentee} ({long_date(doc.held_on)})",
            author=doc.mentor,
            subject="Progress review",
            countersigners=countersigners,
            draft=not doc.is_final,
        )
    )

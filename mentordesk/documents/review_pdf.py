"""The progress review as a PDF, in the same layout as every printed record."""

from __future__ import annotations

from mentordesk.documents.layout import Layout, build_pdf
from mentordesk.documents.model import ReviewDocument


def build_review_pdf(doc: ReviewDocument) -> bytes:
    state = "Signed and final" if doc.is_final else "Draft, not yet signed"
    return build_pdf(
        Layout(
            heading="Progress review",
            intro=[
                f"{doc.mentee}, reviewed with {doc.mentor}"
                + (f", {doc.organisation}" if doc.organisation else "")
                + f", on {doc.held_on:%d %B %Y}.",
                state,
            ],
            sections=doc.sections,
            signatures=doc.signatures,
            sign_statement="We have reviewed progress together and agree this record.",
            footer=f"Progress review · record {doc.record_id} · {doc.held_on:%d %b %Y}",
            title=f"Progress review: {doc.mentee} ({doc.held_on:%d %B %Y})",
            author=doc.mentor,
            subject="Progress review",
        )
    )

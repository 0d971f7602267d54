"""The one layout of every printed record: nothing cut short, the reference on every page."""

from datetime import UTC, datetime

from mentordesk.documents.layout import Layout, build_pdf
from mentordesk.documents.model import Grid, Section, SignedBy
from mentordesk.vault.enums import SignatureMethod
from tests.documents.pdftext import flat, pages_text, text

LONG = (
    "Organisational and legal requirements for recording, storing and sharing information on "
    "learners' progress, needs and welfare, including how to keep records confidential and "
    "secure, and when to share them with the designated safeguarding lead without delay"
)
WHEN = datetime(2026, 9, 1, 10, 30, tzinfo=UTC)


def _layout(sections, signatures=()) -> Layout:
    return Layout(
        heading="Test record",
        reference="MD-C-0042 · version 3",
        intro=["About this record."],
        sections=list(sections),
        signatures=list(signatures),
        sign_statement="We agree.",
        footer="Test record · Priya Patel",
        title="Test record",
        author="Test Mentor",
        subject="Test",
    )


def test_long_labels_values_and_grid_cells_are_printed_whole():
    grid = Grid(
        columns=("KSB", "Title", "Mentee", "Mentor"),
        widths=(0.055, 0.715, 0.115, 0.115),
        rows=[(f"K{n}", f"{LONG} ({n})", "2 Developing", "not rated") for n in range(1, 4)],
        key="Key: 0 Not yet · 1 Aware · 2 Developing",
    )
    pdf = build_pdf(
        _layout([Section("Starting point", [(LONG, LONG + " as a value")], grid, note="A note")])
    ).data
    printed = text(pdf)
    assert "…" not in printed and "..." not in printed
    assert printed.count(flat(LONG)) == 5  # the label, the value and three grid titles
    for n in range(1, 4):
        assert f"K{n} {flat(LONG)} ({n}) 2 Developing not rated" in printed
    assert "Key: 0 Not yet · 1 Aware · 2 Developing" in printed and "A note" in printed


def test_every_page_carries_the_reference_and_its_number():
    rows = [(f"Item {n}", LONG) for n in range(60)]  # enough for several pages
    pages = pages_text(build_pdf(_layout([Section("Many rows", rows)])).data)
    assert len(pages) >= 3
    assert "MD-C-0042 · version 3" in pages[0].split("About this record.")[0]  # by the title
    for n, page in enumerate(pages, 1):
        assert page.endswith(
            f"Test record · Priya Patel · MD-C-0042 · version 3 Page {n} of {len(pages)}"
        )


def test_signatures_side_by_side_in_the_order_given():
    signers = [
        SignedBy(role, name, SignatureMethod.TYPED, None, WHEN)
        for role, name in (("Mentee", "Priya Patel"), ("Employer", "Grace Obi"), ("Mentor", "Sam"))
    ]
    printed = text(build_pdf(_layout([Section("Only", [("A", "B")])], signers)).data)
    assert "Signatures We agree. Mentee Priya Patel" in printed
    assert printed.index("Priya Patel") < printed.index("Grace Obi") < printed.index("Sam ")
    assert printed.count("(typed name)") == 3

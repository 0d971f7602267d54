"""The contract as read through before signing shows what the PDF prints, scan and key too."""

from mentordesk.documents.model import Grid, Section
from mentordesk.ui.contract_wizard.sign_page import sections_html


def test_preview_shows_rows_note_grid_and_key():
    scan = Grid(
        columns=("KSB", "Title", "Mentee", "Mentor"),
        widths=(0.1, 0.6, 0.15, 0.15),
        rows=[("K1", "Roles & boundaries\nNote: seen", "2 Developing", "not rated")],
        key="Key: 0 Not yet · 1 Aware",
    )
    html = sections_html(
        [Section("Starting point", [("Summary", "New <to> it")], scan, note="A note")]
    )
    assert "<h3>Starting point</h3>" in html and "New &lt;to&gt; it" in html
    assert "A note" in html and "Key: 0 Not yet · 1 Aware" in html
    assert "<th>Mentee</th>" in html
    assert "<td>Roles &amp; boundaries<br>Note: seen</td>" in html
    assert "<td>2 Developing</td><td>not rated</td>" in html

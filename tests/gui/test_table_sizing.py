"""Tables fit their columns to the header and the first rows, so a long list costs about as
much at first paint as a short one; the row model sorts itself in one pass."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from mentordesk.services.dashboard import Dashboard, MenteeAlert, OpenAction, UpcomingSession
from mentordesk.services.mentees import MenteeRow
from mentordesk.services.reviews.due import ReviewDue
from mentordesk.ui import table_model
from mentordesk.ui.table_model import Column, RowFilterProxy, RowTableModel, fit_columns
from mentordesk.vault.enums import MenteeStatus

FIRST_PAINT_CALLS = 2000
DAY = date(2026, 3, 2)


@pytest.fixture
def counted(monkeypatch):
    """Counts every call of RowTableModel.data (any role) from here on."""
    calls = {"n": 0}
    data = RowTableModel.data

    def counting(self, index, role=Qt.ItemDataRole.DisplayRole):
        calls["n"] += 1
        return data(self, index, role)

    monkeypatch.setattr(RowTableModel, "data", counting)
    return calls


def paint(qtbot, widget) -> None:
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.repaint()


def assert_fits(view: QTableView, rows: int = 3) -> None:
    """Every column is at least as wide as its header text and the first rows' text."""
    header = view.horizontalHeader()
    model = view.model()
    metrics = QFontMetrics(view.font())
    assert model.rowCount() >= rows
    for column in range(model.columnCount()):
        width = header.sectionSize(column)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert width >= header.sectionSizeHint(column), title
        assert width > metrics.horizontalAdvance(title), title
        for row in range(rows):
            text = model.index(row, column).data()
            assert width > metrics.horizontalAdvance(text), (title, text)


def test_a_long_table_asks_for_a_screenful_of_cells(qtbot, counted):
    model = RowTableModel(
        [
            Column("Number", lambda n: n, align_right=True),
            Column("Day", lambda n: DAY + timedelta(days=n)),
            Column("A rather long heading for a short value", lambda n: n % 7),
            Column("Words", lambda n: "word " * (n % 5 + 1)),
        ]
    )
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    fitter = fit_columns(view)
    model.set_rows(range(20000))
    paint(qtbot, view)
    assert 0 < counted["n"] < FIRST_PAINT_CALLS
    assert fitter.fitted
    assert_fits(view)
    # Widths are kept while the table holds rows (the user may have dragged them) ...
    view.horizontalHeader().resizeSection(0, 300)
    model.set_rows(range(5))
    assert view.horizontalHeader().sectionSize(0) == 300
    # ... and fitted again when it fills after being emptied (another vault, another day).
    model.clear()
    model.set_rows([99999])
    assert view.horizontalHeader().sectionSize(0) < 300
    assert_fits(view, rows=1)


def test_the_dashboard_first_paint_is_bounded_and_readable(qtbot, bare_ops, counted):
    from mentordesk.ui.dashboard_page import DashboardPage

    now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    board = Dashboard(
        today=DAY,
        upcoming=[
            UpcomingSession(n, n, f"Mentee number {n}", now + timedelta(hours=n), 60, "remote", "")
            for n in range(1000)
        ],
        reviews=[
            ReviewDue(n, f"Mentee number {n}", None, DAY + timedelta(days=n % 20 - 5), n % 20 - 5)
            for n in range(1000)
        ],
        actions=[
            OpenAction(n, n, f"Mentee {n}", f"Action {n}", "Mentee", DAY, n % 2 == 0)
            for n in range(1000)
        ],
        open_action_count=1000,
        alerts=[
            MenteeAlert(n, f"Mentee number {n}", f"{n} pieces of evidence to judge", "evidence")
            for n in range(1000)
        ],
    )
    page = DashboardPage(bare_ops)
    qtbot.addWidget(page)
    page.show_dashboard(board)
    paint(qtbot, page)
    assert 0 < counted["n"] < FIRST_PAINT_CALLS
    views = page.findChildren(QTableView)
    assert len(views) == 4
    for view in views:
        assert view.model().rowCount() == 1000
        assert_fits(view)


def mentee(n: int) -> MenteeRow:
    return MenteeRow(
        id=n,
        full_name=f"Name {(n * 7919) % 1000:04d}",
        preferred_name=None,
        standard="ST1379 v1.0",
        employer="Riverside General Hospital",
        status=MenteeStatus.ACTIVE,
        start_date=DAY - timedelta(days=(n * 37) % 900),
        planned_end_date=None,
    )


def test_a_thousand_mentees_are_sorted_once_and_shown_bounded(qtbot, bare_ops, counted):
    from mentordesk.ui.mentees_page import MenteesPage

    page = MenteesPage(bare_ops)
    qtbot.addWidget(page)
    rows = [mentee(n) for n in range(1, 1001)]
    page.model.set_rows(rows)
    paint(qtbot, page)
    assert 0 < counted["n"] < FIRST_PAINT_CALLS
    assert_fits(page.table)
    shown = [page.proxy.index(r, 1).data() for r in range(page.proxy.rowCount())]
    assert shown == sorted(m.full_name for m in rows)  # by name, as the page opens

    page.table.selectRow(10)
    chosen = page.selected()
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # start date, newest first
    starts = [page.proxy.index(r, 0).data(table_model.ROW_ROLE).start_date for r in range(1000)]
    assert starts == sorted((m.start_date for m in rows), reverse=True)  # dates, not text
    assert page.selected() == chosen  # the selection follows its row
    page.model.set_rows(list(reversed(rows)))  # a refresh keeps the order chosen
    again = [page.proxy.index(r, 0).data(table_model.ROW_ROLE).start_date for r in range(1000)]
    assert again == starts


def test_the_row_model_sorts_empty_values_first_and_stably():
    model = RowTableModel([Column("Due", lambda r: r[1]), Column("Name", lambda r: r[0])])
    proxy = RowFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows([("b", DAY), ("a", None), ("c", DAY - timedelta(days=1)), ("d", DAY)])
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(r)[0] for r in range(4)] == ["a", "c", "b", "d"]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.row_at(r)[0] for r in range(4)] == ["b", "d", "c", "a"]
    assert proxy.sortColumn() == -1  # the proxy never sorts (or asks for data) itself

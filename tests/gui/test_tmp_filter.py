def test_filter(demo_window, qtbot):
    w = demo_window
    w.resize(1366, 740)
    w.sidebar.setCurrentRow(w.row_of("mentees"))
    page = w.page("mentees")
    before = [page.table.columnWidth(c) for c in range(7)]
    for t in ("zzz", "Ki", ""):
        page.search.setText(t); qtbot.wait(20)
    after = [page.table.columnWidth(c) for c in range(7)]
    assert before == after

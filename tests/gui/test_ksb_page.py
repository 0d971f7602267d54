"""The KSB tracker page: the coverage matrix of a mentee's standard and of the mentor's own,
gaps with their duties, status in words, the required count, progress and the gateway."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from mentordesk.services import mentees
from mentordesk.services.ksb import coverage, evidence
from mentordesk.services.ksb.evidence import EvidenceDraft, KsbMark
from mentordesk.vault.enums import EvidenceKind, Judgement
from mentordesk.vault.models import Ksb, Standard
from tests.conftest import TODAY
from tests.gui.conftest import settle

MET, WORKING = Judgement.MET, Judgement.WORKING_TOWARDS
STATUS, MISSING = 6, 7


def ksb_ids(db, reference: str) -> dict[str, int]:
    sid = db.scalar(select(Standard.id).where(Standard.reference == reference))
    return {k.code: k.id for k in db.scalars(select(Ksb).where(Ksb.standard_id == sid))}


def add_mentee(vault, reference="ST0148", start=TODAY - timedelta(days=210)) -> int:
    with vault.transaction() as db:
        sid = db.scalar(select(Standard.id).where(Standard.reference == reference))
        return mentees.create(
            db,
            mentees.MenteeData(
                "Priya Patel",
                standard_id=sid,
                start_date=start,
                planned_end_date=start + timedelta(days=365),
                otj_hours_target=300.0,
            ),
        )


def add_evidence(vault, owner, marks, on: date, signed: bool = True) -> int:
    with vault.transaction() as db:
        return evidence.create(
            db,
            EvidenceDraft(
                owner=owner,
                kind=EvidenceKind.WITNESS_STATEMENT.value,
                title="Handover at the ward",
                occurred_on=on,
                observer="Grace Obi",
                marks=tuple(marks),
                signed_off_on=on if signed else None,
            ),
            TODAY,
        )


@pytest.fixture
def page(ops, qtbot):
    from mentordesk.ui.ksb.page import KsbPage

    shown = KsbPage(ops)
    qtbot.addWidget(shown)
    shown.resize(1300, 700)
    shown.show()
    return shown


@pytest.fixture
def mentee(vault):
    mid = add_mentee(vault)
    with vault.session() as db:
        ids = ksb_ids(db, "ST0148")
    on = TODAY - timedelta(days=40)
    add_evidence(vault, mid, [KsbMark(ids["K1"], MET), KsbMark(ids["S3"], WORKING)], on)
    add_evidence(vault, mid, [KsbMark(ids["K1"], MET)], on + timedelta(days=3))
    return mid, ids


def codes(view) -> list[str]:
    return [row.code for row in view.shown_rows()]


def test_the_page_lists_every_ksb_of_the_mentees_standard(page, mentee, vault):
    mid, ids = mentee
    page.reload()
    page.show_owner(mid)
    view = page.coverage
    assert sorted(codes(view)) == sorted(ids)
    assert codes(view)[:3] == ["K1", "K2", "K3"]  # the standard's order, not K1, K10, K2
    k1 = next(r for r in view.shown_rows() if r.code == "K1")
    assert k1.count == 2 and k1.status is coverage.Status.MET
    assert "ST0148" in page.standard.text()
    assert "1 of" in page.met_bar.format() and "KSBs met" in page.met_bar.format()
    assert "2 of" in page.evidenced_bar.format()  # K1 and S3
    assert "months on programme" in page.time_bar.format()


def test_status_is_in_words_not_colour_alone(page, mentee):
    mid, _ids = mentee
    page.reload()
    page.show_owner(mid)
    model = page.coverage.proxy
    words = {model.index(r, STATUS).data() for r in range(model.rowCount())}
    assert words == {"✔ Met", "◐ Working towards", "✖ No evidence"}
    for r in range(model.rowCount()):
        text = model.index(r, STATUS).data(Qt.ItemDataRole.DisplayRole)
        assert text[0] in "✔◐◑✖" and len(text) > 3  # a sign and words, whatever the tint


def test_gaps_only_shows_the_gaps_with_their_duties_and_what_is_missing(page, vault):
    mid = add_mentee(vault, "ST1379")  # a standard that maps its duties to KSBs
    with vault.session() as db:
        ids = ksb_ids(db, "ST1379")
    on = TODAY - timedelta(days=40)
    add_evidence(vault, mid, [KsbMark(ids["K1"], MET), KsbMark(ids["S3"], WORKING)], on)
    add_evidence(vault, mid, [KsbMark(ids["K1"], MET)], on + timedelta(days=3))
    page.reload()
    page.show_owner(mid)
    view = page.coverage
    view.gaps.setChecked(True)
    shown = view.shown_rows()
    assert "K1" not in codes(view)
    assert len(shown) == len(ids) - 1
    assert all(r.status is not coverage.Status.MET for r in shown)
    assert not view.table.isColumnHidden(MISSING)
    with vault.session() as db:
        duties = {k.id: {d.code for d in k.duties} for k in db.scalars(select(Ksb))}
    for i, r in enumerate(shown):
        words = view.proxy.index(i, 2).data()
        assert set(words.split(", ") if words else ()) == duties[r.ksb_id]
    assert any(duties[r.ksb_id] for r in shown)
    s3 = next(i for i, r in enumerate(shown) if r.code == "S3")
    assert view.proxy.index(s3, MISSING).data().startswith("needs 1 more piece")
    assert "gap" in view.count.text()
    view.gaps.setChecked(False)
    assert len(view.shown_rows()) == len(ids)


def test_my_own_shows_the_mentors_standard(page, mentee, vault):
    mid, _ids = mentee
    page.reload()
    page.show_owner(mid)
    assert page.owners.itemText(0).startswith("My own (ST1379")
    assert page.owners.findData(mid) > 0
    page.owners.setCurrentIndex(0)
    assert page.owner is None
    with vault.session() as db:
        mine = ksb_ids(db, "ST1379")
    assert sorted(codes(page.coverage)) == sorted(mine)
    assert "ST1379" in page.standard.text()
    assert not page.tabs.isTabVisible(page._index_of("gateway"))
    assert not page.time_bar.isVisible()


def test_changing_the_required_count_counts_again(page, mentee, vault):
    mid, ids = mentee
    page.reload()
    page.show_owner(mid)
    assert page.matrix.required == 2
    assert page.set_required(3)
    k1 = next(r for r in page.coverage.shown_rows() if r.code == "K1")
    assert (k1.required, k1.status) == (3, coverage.Status.AWAITING)
    assert page.coverage.proxy.index(0, 3).data() == "2 of 3"
    assert page.coverage.required.value() == 3
    page.undo_stack.undo()
    assert page.matrix.required == 2
    k1 = next(r for r in page.coverage.shown_rows() if r.code == "K1")
    assert k1.status is coverage.Status.MET


def test_the_matrix_follows_new_evidence(page, mentee, vault, ops):
    mid, ids = mentee
    page.reload()
    page.show_owner(mid)
    before = page.matrix.evidenced
    out = ops.write(
        lambda job: evidence.create(
            job.db,
            EvidenceDraft(
                mid,
                EvidenceKind.PRODUCT.value,
                "Care plan",
                TODAY,
                marks=(KsbMark(ids["K2"], WORKING),),
            ),  # fmt: skip
            job.today,
        )
    )
    assert out
    assert page.matrix.evidenced == before + 1


def test_the_charts_table_matches_progress(page, mentee, vault, ops):
    mid, _ids = mentee
    page.reload()
    page.show_owner(mid)
    view = page.show_tab("progress")
    points = ops.read(lambda job: coverage.progress(job.conn, mid, job.today)).value
    assert len(points) >= 7
    model = view.model
    assert model.rowCount() == len(points)
    for r, point in enumerate(points):
        assert model.index(r, 0).data() == f"{point.month:%b %Y}"
        assert model.index(r, 1).data() == f"{point.percent_met:.0f}%"
        assert model.index(r, 2).data() == f"{point.percent_elapsed:.0f}%"
    assert view.chart.points == points
    assert view.table.accessibleName() and view.chart.accessibleName()
    image = view.chart.grab()  # painted without error, on its own
    assert not image.isNull()


def test_double_clicking_a_ksb_opens_its_evidence(page, mentee, monkeypatch):
    mid, ids = mentee
    page.reload()
    page.show_owner(mid)
    asked: list[int | None] = []
    evidence_tab = page.evidence
    monkeypatch.setattr(evidence_tab, "show_ksb", asked.append)
    view = page.coverage
    view.select_ksb(ids["S3"])
    view.table.activated.emit(view.table.currentIndex())
    assert asked == [ids["S3"]]
    assert page.tabs.currentWidget() is evidence_tab


def test_off_the_job_hours_are_in_words_for_a_mentee(page, mentee):
    mid, _ids = mentee
    page.reload()
    page.show_owner(mid)
    text = page.otj.text()
    assert text.startswith("Off-the-job hours:") and " h" in text
    assert "behind plan by" in text  # nothing recorded, seven months in


def test_the_gateway_tab_lists_the_rules_and_says_not_ready_in_words(page, mentee, ops):
    from mentordesk.services.ksb import gateway

    mid, _ids = mentee
    page.reload()
    page.show_owner(mid)
    tab = page.show_tab("gateway")
    readiness = ops.read(lambda job: gateway.readiness(job.db, mid, job.today)).value
    assert not readiness.ready
    model = tab.rules_model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        r.label for r in readiness.results
    ]
    results = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert "✖ Not met" in results
    assert all(model.index(r, 3).data() for r in range(model.rowCount()))  # each names a source
    assert tab.summary.text().startswith("✖ Not ready for gateway")


def test_gateway_facts_and_observations_are_saved_and_undone(page, mentee, ops, monkeypatch):
    from mentordesk.services.ksb import gateway
    from mentordesk.ui.ksb import gateway_dialogs
    from mentordesk.vault.enums import ObservationKind

    mid, _ids = mentee
    page.reload()
    page.show_owner(mid)
    tab = page.show_tab("gateway")

    def fill_facts(dialog):
        dialog.confirmed_on.enabled.setChecked(True)
        dialog.confirmed_on.edit.set_value(TODAY)
        dialog.confirmed_by.setText("Grace Obi, ward manager")
        return dialog.try_save()

    def fill_observation(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData(ObservationKind.RECORDED))
        dialog.description.setText("Recorded review meeting")
        dialog.consent_on.enabled.setChecked(True)
        dialog.consent_from.setText("the mentee")
        return dialog.try_save()

    monkeypatch.setattr(gateway_dialogs.FactsDialog, "exec", fill_facts)
    monkeypatch.setattr(gateway_dialogs.ObservationDialog, "exec", fill_observation)
    tab.edit_facts()
    saved = ops.read(lambda job: gateway.facts(job.db, mid)).value
    assert saved.employer_confirmed_by == "Grace Obi, ward manager"
    tab.add_observation()
    assert tab.obs_model.rowCount() == 1  # read again after the change
    assert tab.obs_model.index(0, 3).data().startswith("✔")
    assert "from the mentee" in tab.obs_model.index(0, 3).data()
    (first,) = [r.id for r in (tab.obs_model.row_at(0),)]
    page.undo_stack.undo()
    assert tab.obs_model.rowCount() == 0
    page.undo_stack.redo()  # back under its own id
    assert [tab.obs_model.row_at(0).id] == [first]
    tab.observations.selectRow(0)
    tab.delete_observation()
    assert tab.obs_model.rowCount() == 0
    page.undo_stack.undo()  # the delete undone: the same observation, the same id
    assert [tab.obs_model.row_at(0).id] == [first]
    page.undo_stack.redo()  # and deleted again, the history kept
    assert tab.obs_model.rowCount() == 0 and page.undo_stack.count() == 3
    page.undo_stack.undo()
    page.undo_stack.undo()
    page.undo_stack.undo()  # the first facts undone: no gateway record is left behind
    assert ops.read(lambda job: gateway.recorded_facts(job.db, mid)).value is None


def test_ctrl_p_prints_the_portfolio_and_f5_reads_again(demo_window, qtbot, monkeypatch):
    from PySide6.QtTest import QTest

    from mentordesk.ui.ksb.page import KsbPage

    demo_window.sidebar.setCurrentRow(demo_window.row_of("ksb_tracker"))
    page = demo_window.page("ksb_tracker")
    assert isinstance(page, KsbPage)
    asked: list[str] = []
    monkeypatch.setattr(page, "print_portfolio", lambda *a, **k: asked.append("print"))
    monkeypatch.setattr(page, "refresh", lambda: asked.append("refresh"))
    page.coverage.table.setFocus()
    QTest.keyClick(page.coverage.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(page.coverage.table, Qt.Key.Key_F5)
    assert asked == ["print", "refresh"]


def test_a_mentee_archived_while_shown_leaves_every_tab_on_my_own(page, mentee, ops):
    from mentordesk.services import mentees
    from mentordesk.vault.enums import MenteeStatus

    mid, _ids = mentee
    page.reload()
    page.show_owner(mid)
    evidence_tab = page.show_tab("evidence")
    assert evidence_tab.owner == mid

    def archive(job):
        data = mentees.get(job.db, mid)
        data.status = MenteeStatus.ARCHIVED
        mentees.update(job.db, mid, data)

    assert ops.write(archive)
    assert page.owner is None and page.owners.currentData() is None
    assert evidence_tab.owner is None  # not the archived mentee's, behind "My own"


def test_the_pack_dialog_keeps_what_was_typed_when_the_key_is_wrong(qtbot):
    from mentordesk.ui.ksb.gateway_dialogs import PackDialog

    dialog = PackDialog("Aisha Khan")
    qtbot.addWidget(dialog)
    dialog.box.by_key.setChecked(True)
    dialog.box.key.setText("age1notakey")
    assert not dialog.try_accept()  # refused in the dialog, before a file is asked for
    assert "age" in dialog.error.text() and dialog.result() == 0
    assert dialog.box.key.text() == "age1notakey"


def test_the_pack_dialog_grows_with_the_passphrase_advice(qtbot):
    from mentordesk.ui.ksb.gateway_dialogs import PackDialog

    dialog = PackDialog("Aisha Khan")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.box.by_passphrase.setChecked(True)
    dialog.box.passphrase.setText("abc")  # advice of two lines
    qtbot.waitUntil(lambda: dialog.box.strength.text() != "")
    qtbot.wait(50)
    label = dialog.box.strength
    assert label.height() >= label.heightForWidth(label.width())


def test_a_pack_for_a_mentee_not_ready_is_made_only_when_asked_twice(
    page, mentee, ops, qtbot, monkeypatch, tmp_path
):
    import pyrage
    from PySide6.QtWidgets import QMessageBox

    mid, _ids = mentee
    page.reload()
    page.show_owner(mid)
    tab = page.show_tab("gateway")
    assert not tab.readiness.ready
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *_a, **_k):
            asked.append(text)
            return reply

        return question

    out = tmp_path / "pack.age"
    identity = pyrage.x25519.Identity.generate()
    protection = ([str(identity.to_public())], None)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert tab.make_pack(out) is None and not out.exists()
    assert "not ready for the gateway yet" in asked[0] and "check" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr("mentordesk.ui.ksb.gateway_dialogs.PackDialog.exec", lambda self: True)
    monkeypatch.setattr(
        "mentordesk.ui.ksb.gateway_dialogs.PackDialog.protection", lambda self: protection
    )
    tab.make_pack(out)  # asked again, and made
    assert len(asked) == 2
    settle(qtbot, ops)
    qtbot.waitUntil(out.exists)
    assert pyrage.decrypt(out.read_bytes(), [identity])[:2] == b"PK"  # a zip inside


def test_print_portfolio_offers_a_name_and_writes_where_chosen(
    page, mentee, ops, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QFileDialog

    mid, _ids = mentee
    page.reload()
    page.show_owner(mid)
    offered: list[str] = []
    out = tmp_path / "portfolio.pdf"

    def choose(_parent, _title, suggested, _kinds):
        offered.append(suggested)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    page.print_portfolio()
    settle(qtbot, ops)
    qtbot.waitUntil(out.exists)
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_mode & 0o777 == 0o600
    assert offered[0].endswith(f"KSB-portfolio-{page.matrix.owner_name.replace(' ', '-')}-"
                               f"{ops.clock.today():%Y-%m-%d}.pdf")  # fmt: skip

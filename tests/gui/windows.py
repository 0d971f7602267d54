"""Every page and main dialog of the app, opened on the demo vault: shared by the tests that
walk all of them (translations; layout, names and Alt-letters at laptop screen sizes).

Each opener yields (state, dialog) pairs: the same dialog in the states worth seeing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication

ANCHOR = date(2025, 3, 3)  # the demo's "today": sessions from September 2024 to March 2025

MODULE_KEYS = [
    "dashboard",
    "mentees",
    "planner",
    "contracts",
    "reflections",
    "ksb_tracker",
    "cpd",
    "safeguarding",
    "reports",
]


# -- the main dialogs ---------------------------------------------------------------------------
def _one(vault, sql: str, *args):
    row = vault.connection.execute(sql, args).fetchone()
    assert row is not None, sql
    return row[0]


def _active_mentee(vault) -> int:
    return _one(vault, "SELECT mentee_id FROM contract WHERE status = 'active' ORDER BY id")


def open_mentee_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services import mentees, standards
    from mentordesk.ui.mentee_dialog import MenteeDialog

    with vault.session() as db:
        data = mentees.get(db, _active_mentee(vault))
        known = standards.list_standards(db)
    yield "adding", MenteeDialog(known, parent=window)
    yield "editing", MenteeDialog(known, data, parent=window)


def open_preferences(window, vault, tmp_path, qtbot):
    from mentordesk.ui.preferences import PreferencesDialog

    yield "preferences", PreferencesDialog(10, 12, window)


def open_unlock_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.ui.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(vault.folder, window.ops)
    yield "passphrase", dialog
    dialog.use_recovery.setChecked(True)
    yield "recovery code", dialog
    dialog._start_wait(3, "Too many wrong tries")
    dialog._tick()
    yield "waiting", dialog


def open_setup_wizard(window, vault, tmp_path, qtbot):
    from mentordesk.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(tmp_path / "new-vault", window.ops)
    yield "about you", wizard
    wizard.profile_page.name.setText("Alex Doe")
    wizard.next()
    yield "passphrase", wizard
    for field in (wizard.passphrase_page.fields.passphrase, wizard.passphrase_page.fields.confirm):
        field.setText("copper kettle whistles at dawn")
    wizard.next()
    assert wizard.vault is not None
    yield "recovery code", wizard
    wizard.recovery_page.confirmed.setChecked(True)
    wizard.vault.close()


def open_contract_wizard(window, vault, tmp_path, qtbot):
    from mentordesk.services import contracts
    from mentordesk.ui.contract_wizard import ContractWizard

    with vault.transaction() as db:
        draft_id = contracts.revise(db, _active_mentee(vault))
    wizard = ContractWizard(window.ops, contract_id=draft_id, parent=window)
    wizard.show()
    for key in contracts.PAGES:
        assert wizard.currentId() == contracts.PAGES.index(key), wizard.currentPage().error.text()
        yield f"page {key}", wizard
        if key != "sign":
            wizard.next()
    wizard.autosave.stop()


def open_record_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services import sessions
    from mentordesk.ui.planner.record_dialog import SessionRecordDialog

    def opened(sid: int) -> SessionRecordDialog:
        form = window.ops.read(lambda job: sessions.record_form(job.db, sid)).value
        return SessionRecordDialog(window.ops, sid, form, window)

    held = _one(vault, "SELECT id FROM mentoring_session WHERE status = 'held' ORDER BY id")
    yield "a held session", opened(held)
    planned = _one(vault, "SELECT id FROM mentoring_session WHERE status = 'planned' ORDER BY id")
    dialog = opened(planned)
    yield "a planned session", dialog
    dialog.quick.setChecked(True)
    yield "a quick note", dialog


def open_review_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services.reviews import store
    from mentordesk.ui.planner.review_dialog import ReviewDialog

    mid = _active_mentee(vault)
    form = window.ops.read(lambda job: store.open_form(job.db, mid, job.today)).value
    yield "a review", ReviewDialog(window.ops, form, window)


def open_plan_dialogs(window, vault, tmp_path, qtbot):
    from mentordesk.services.sessions import SessionPlan, planning
    from mentordesk.ui.planner.plan_dialogs import PlanDialog, SeriesDialog

    mid = _active_mentee(vault)
    people = [(mid, "A mentee")]
    start = datetime.combine(ANCHOR, time(10)).astimezone()
    ops = window.ops
    yield "a new session", PlanDialog(ops, people, SessionPlan(mid, start), None, window)
    planned = _one(vault, "SELECT id FROM mentoring_session WHERE status = 'planned' ORDER BY id")
    with vault.session() as db:
        plan = planning.plan_of(db, planned)
    yield "a planned session", PlanDialog(ops, people, plan, planned, window)
    yield "a series", SeriesDialog(ops, people, mid, start, window)


def open_passphrase_dialogs(window, vault, tmp_path, qtbot):
    from mentordesk.ui.passphrase import ChangePassphraseDialog, ResetPassphraseDialog

    change = ChangePassphraseDialog(vault, window.ops, window)
    yield "change", change
    change.fields.passphrase.setText("short")
    change.error.show_error(change.fields.problem())
    yield "change, too short", change
    yield "reset", ResetPassphraseDialog(vault, window.ops, window)


def open_first_run(window, vault, tmp_path, qtbot):
    from mentordesk.ui.first_run import FirstRunDialog

    yield "welcome", FirstRunDialog()


def open_compare_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services import contracts
    from mentordesk.ui.contracts_page import CompareDialog

    mid = _one(vault, "SELECT mentee_id FROM contract WHERE status = 'superseded'")
    with vault.session() as db:
        old = contracts.find_version(db, mid, 1)
        new = contracts.find_version(db, mid, 2)
        changes = contracts.compare(db, old.id, new.id)
    title = QCoreApplication.translate("ContractsPage", "{0}: version {1} → {2}").format(
        "A mentee", 1, 2
    )
    yield "versions 1 and 2", CompareDialog(title, changes, window)


def png_bytes(width: int = 120, height: int = 80) -> bytes:
    """A small picture, as a PNG file holds it (an image kept as evidence)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2a7ab0"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def open_cpd_editor(window, vault, tmp_path, qtbot):
    from mentordesk.services import cpd
    from mentordesk.ui.cpd.editor import CpdEditor

    with vault.session() as db:
        choices = cpd.ksb_choices(db)
    yield "a new activity", CpdEditor(window.ops, choices, ANCHOR, parent=window)
    eid = _one(vault, "SELECT id FROM cpd_entry ORDER BY id")
    with vault.transaction() as db:
        cpd.add_file(db, eid, "whiteboard.png", png_bytes())
        cpd.add_file(db, eid, "certificate of attendance.pdf", b"%PDF-1.4")
        draft, files = cpd.get(db, eid), cpd.files(db, eid)
    dialog = CpdEditor(window.ops, choices, ANCHOR, draft, files, parent=window)
    yield "an activity with files", dialog


def open_cpd_period(window, vault, tmp_path, qtbot):
    from mentordesk.services import cpd
    from mentordesk.ui.cpd.period import PeriodDialog

    dialog = PeriodDialog(*cpd.three_years_to(ANCHOR), parent=window)
    yield "the three years", dialog
    dialog.end.set_value(date(2020, 1, 1))
    dialog.try_accept()
    yield "an end before the start", dialog


def open_evidence_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services.attachments import NewFile
    from mentordesk.services.ksb import evidence
    from mentordesk.ui.ksb.evidence_dialog import EvidenceDialog
    from mentordesk.vault.enums import EvidenceKind, Judgement

    mentee = _active_mentee(vault)
    with vault.transaction() as db:
        choices = evidence.ksb_choices(db, mentee)
        draft = evidence.EvidenceDraft(
            mentee,
            EvidenceKind.WITNESS_STATEMENT.value,
            "Witness statement from the ward manager",
            date(2025, 2, 20),
            "Led the shift handover with the new starter, and asked open questions.",
            "Sam Lee, ward manager",
            (
                evidence.KsbMark(choices[0].id, Judgement.MET, "clear and calm"),
                evidence.KsbMark(choices[5].id, Judgement.WORKING_TOWARDS),
            ),
        )
        files = [NewFile("handover board.png", png_bytes()), NewFile("statement.pdf", b"%PDF")]
        eid = evidence.create(db, draft, ANCHOR, files)
        kept = evidence.STORE.files(db, eid)
    name = "Demo mentee"
    yield "new", EvidenceDialog(window.ops, choices, ANCHOR, mentee, owner_name=name, parent=window)
    dialog = EvidenceDialog(
        window.ops, choices, ANCHOR, mentee, draft, kept, owner_name=name, parent=window
    )
    yield "existing with files", dialog
    signed = EvidenceDialog(
        window.ops,
        choices,
        ANCHOR,
        mentee,
        replace(draft, signed_off_on=ANCHOR),
        kept,
        owner_name=name,
        parent=window,
    )
    yield "signed off", signed


def open_count_for_me(window, vault, tmp_path, qtbot):
    from mentordesk.services.ksb import evidence
    from mentordesk.ui.ksb.count_for_me import CountForMeDialog

    with vault.session() as db:
        mine = evidence.ksb_choices(db, None)
    yield "the mentor's KSBs", CountForMeDialog(mine, "Mentoring session, 13 Feb 2025", (), window)


DIALOGS = {
    "mentee dialog": open_mentee_dialog,
    "preferences": open_preferences,
    "unlock dialog": open_unlock_dialog,
    "setup wizard": open_setup_wizard,
    "contract wizard": open_contract_wizard,
    "session record dialog": open_record_dialog,
    "review dialog": open_review_dialog,
    "plan dialogs": open_plan_dialogs,
    "passphrase dialogs": open_passphrase_dialogs,
    "first run dialog": open_first_run,
    "contract comparison": open_compare_dialog,
    "CPD activity": open_cpd_editor,
    "CPD record period": open_cpd_period,
    "KSB evidence": open_evidence_dialog,
    "KSB evidence counted for the mentor": open_count_for_me,
}


def open_user_guide(window, vault, tmp_path, qtbot):
    from mentordesk.ui.user_guide import UserGuide

    guide = UserGuide(window)
    yield "getting started", guide
    guide.open_check_sheet()
    yield "how to check a record", guide
    guide.contents.setCurrentRow(guide.contents.count() - 1)
    yield "keyboard shortcuts", guide


def open_employer_export(window, vault, tmp_path, qtbot):
    from PySide6.QtCore import QSettings

    from mentordesk.services import mentees
    from mentordesk.ui.employer_export import EmployerExportDialog

    with vault.session() as db:
        people = mentees.list_mentees(db)
    yield "choosing", EmployerExportDialog(window.ops, people, QSettings(), window)


def open_exports_list(window, vault, tmp_path, qtbot):
    from mentordesk.services.exports import list_exports
    from mentordesk.ui.exports_list import ExportsDialog

    with vault.session() as db:
        rows = list_exports(db)
    yield "exports made", ExportsDialog(rows, window)


def open_subject_access(window, vault, tmp_path, qtbot):
    from PySide6.QtCore import QSettings

    from mentordesk.ui.subject_access import SubjectAccessDialog

    mid = _active_mentee(vault)
    yield "choosing", SubjectAccessDialog(window.ops, mid, "A mentee", QSettings(), window)


def open_erase_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services import erasure
    from mentordesk.ui.erase_dialog import EraseDialog

    with vault.session() as db:
        plan = erasure.plan(db, _active_mentee(vault))
    yield "confirming", EraseDialog(plan, erasure.older_backups_note(), window)


def open_replace_recovery_code(window, vault, tmp_path, qtbot):
    from mentordesk.ui.recovery_code import ReplaceRecoveryCodeDialog

    yield "explaining", ReplaceRecoveryCodeDialog(vault, window.ops, "Test Mentor", window)


def open_ics_export(window, vault, tmp_path, qtbot):
    from mentordesk.ui.planner.export_dialog import IcsExportDialog

    dialog = IcsExportDialog(window.ops, None, "All mentees", folder=tmp_path, parent=window)
    yield "neutral", dialog
    dialog.details.setChecked(True)
    yield "with details, warned", dialog


def open_signing_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services.signing import identity
    from mentordesk.ui.signing_dialog import SigningDialog

    dialog = SigningDialog(window.ops, window)
    yield "no certificate yet", dialog
    window.ops.write(lambda job: identity.make_new(job.db, job.now))
    dialog.refresh()
    yield "a certificate", dialog


def open_verify_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services.printed import record_pdf
    from mentordesk.ui.verify_dialog import VerifyDialog

    cid = _one(vault, "SELECT id FROM contract WHERE status != 'draft' ORDER BY id")
    pdf = window.ops.write(lambda job: record_pdf(job.db, "contract", cid, job.now)).value
    path = tmp_path / "contract.pdf"
    path.write_bytes(pdf)
    dialog = VerifyDialog(window.ops, window)
    yield "empty", dialog
    dialog.check(path)
    yield "a verdict", dialog


def open_print_preview(window, vault, tmp_path, qtbot):
    from mentordesk.services.printed import record_pdf
    from mentordesk.ui.printing import Printable, RecordPreview

    cid = _one(vault, "SELECT id FROM contract WHERE status = 'active' ORDER BY id")
    data = window.ops.write(lambda job: record_pdf(job.db, "contract", cid, job.now)).value
    record = Printable("contract", cid, "Contract: A mentee, version 1")
    dialog = RecordPreview(window.ops, record, data, window)
    yield "a contract", dialog
    dialog.done(0)


def open_reflection_editor(window, vault, tmp_path, qtbot):
    from mentordesk.services import reflections
    from mentordesk.services.reflections import ReflectionDraft
    from mentordesk.ui.reflections.editor import open_reflection

    rid = _one(
        vault,
        "SELECT id FROM reflection WHERE model = 'gibbs' AND finalised_at IS NULL ORDER BY id",
    )
    editor = open_reflection(window.ops, rid, window)
    yield "a Gibbs draft", editor
    editor.side.setCurrentIndex(1)
    yield "its links", editor
    editor.model.setCurrentIndex(editor.model.findData("brookfield"))
    assert editor.stages.carried_box.isVisibleTo(editor)
    yield "words kept from the earlier model", editor
    editor.close_now()
    draft = ReflectionDraft(
        title="Noticing my own assumptions",
        occurred_on=ANCHOR,
        model="gibbs",
        texts={"description": "A mentee's question made me stop and think.", "feelings": "Uneasy."},
    )

    def final(job) -> int:
        made = reflections.save_draft(job.db, draft, None, today=job.today)
        reflections.finalise(job.db, made, draft, now=job.now)
        changed = ReflectionDraft(**{**draft.__dict__, "title": draft.title + " (again)"})
        reflections.amend(job.db, made, changed, "A clearer title", now=job.now)
        return made

    editor = open_reflection(window.ops, window.ops.write(final).value, window)
    yield "final, with an amendment", editor
    editor.start_amending()
    yield "amending", editor
    editor.close_now()


def open_findings_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services import reflections
    from mentordesk.services.reflections import ReflectionDraft
    from mentordesk.ui.reflections.findings import FindingsDialog

    name = _one(vault, "SELECT full_name FROM mentee ORDER BY id")
    text = (
        f"I met {name} after the team meeting. We agreed a plan, and I gave my mobile, "
        "07700 900123, for questions before the next session."
    )
    draft = ReflectionDraft(title="After the team meeting", texts={"writing": text})
    found = window.ops.read(lambda job: reflections.findings(job.db, draft, job.today)).value
    assert len(found) == 2, found
    go_on = QCoreApplication.translate("ReflectionEditor", "Mark &final")
    dialog = FindingsDialog(draft, found, go_on, window)
    yield "a name and a phone number", dialog
    dialog.accept_finding(0)
    dialog.accept_finding(1)
    yield "every one accepted", dialog


def open_link_picker(window, vault, tmp_path, qtbot):
    from mentordesk.ui.reflections.side import LinkPicker

    mid = _one(vault, "SELECT mentee_id FROM mentoring_session WHERE status = 'held'")
    dialog = LinkPicker(window.ops, "session", mid, set(), window)
    yield "sessions of a mentee", dialog
    dialog.every.setChecked(True)
    yield "sessions of every mentee", dialog
    yield "CPD entries", LinkPicker(window.ops, "cpd", None, set(), window)


def open_supervision_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services import supervision
    from mentordesk.ui.reflections.supervision_dialog import SupervisionDialog

    def opened(sid: int | None) -> SupervisionDialog:
        form = window.ops.read(lambda job: supervision.form(job.db, sid, today=ANCHOR)).value
        return SupervisionDialog(
            form, today=ANCHOR, save=lambda d: None, editing=sid is not None, parent=window
        )

    dialog = opened(None)
    yield "new", dialog
    dialog.action_table.add(supervision.AgreedAction("Ask for a peer observation"))
    yield "with an action", dialog
    dialog.done(1)
    yield "an older record", opened(_one(vault, "SELECT id FROM supervision_record ORDER BY id"))


def open_values_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services.values import Value, ValuesDraft
    from mentordesk.ui.reflections.values_dialog import ValuesDialog

    yield "first version", ValuesDialog(ValuesDraft(""), save=lambda d: None, parent=window)
    draft = ValuesDraft(
        "I treat every mentee with respect and listen before I advise.",
        [Value("Respect", ("respect", "dignity")), Value("Listening", ("listen",))],
    )
    yield "a new version", ValuesDialog(draft, save=lambda d: None, parent=window)


def open_reading_dialog(window, vault, tmp_path, qtbot):
    from mentordesk.services import reading
    from mentordesk.ui.reflections.reading_dialog import ReadingDialog

    item = _one(vault, "SELECT id FROM reading_item ORDER BY id")
    draft = window.ops.read(lambda job: reading.editing(job.db, item_id=item)).value
    yield (
        "a list item",
        ReadingDialog(draft, today=ANCHOR, save=lambda d: None, on_list=True, parent=window),
    )
    yield (
        "a source of one's own",
        ReadingDialog(
            reading.ReadingDraft(""),
            today=ANCHOR,
            save=lambda d: None,
            on_list=False,
            adding=True,
            parent=window,
        ),
    )


DIALOGS.update(
    {
        "supervision dialog": open_supervision_dialog,
        "values dialog": open_values_dialog,
        "reading dialog": open_reading_dialog,
    }
)

DIALOGS.update(
    {
        "reflection editor": open_reflection_editor,
        "reflection findings": open_findings_dialog,
        "reflection link picker": open_link_picker,
        "signing certificate": open_signing_dialog,
        "verify a PDF": open_verify_dialog,
        "print preview": open_print_preview,
        "calendar export": open_ics_export,
        "user guide": open_user_guide,
        "employer export": open_employer_export,
        "exports made": open_exports_list,
        "subject access": open_subject_access,
        "erase dialog": open_erase_dialog,
        "replace recovery code": open_replace_recovery_code,
    }
)


def open_gateway_dialogs(window, vault, tmp_path, qtbot):
    from mentordesk.services.ksb import gateway
    from mentordesk.ui.ksb.gateway_dialogs import FactsDialog, ObservationDialog, PackDialog
    from mentordesk.vault.enums import ObservationKind

    mid = _active_mentee(vault)
    facts = window.ops.read(lambda job: gateway.facts(job.db, mid)).value
    yield "gateway facts", FactsDialog(facts, "Aisha Khan", ANCHOR, lambda d: None, window)
    blank = gateway.Observation(ObservationKind.LIVE, "")
    yield "a new observation", ObservationDialog(blank, ANCHOR, lambda d: None, window, new=True)
    pack = PackDialog("Aisha Khan", window)
    yield "a gateway pack for a key", pack
    pack.box.by_passphrase.setChecked(True)
    yield "a gateway pack with a passphrase", pack


DIALOGS["KSB gateway dialogs"] = open_gateway_dialogs


# -- pages in more than one state -----------------------------------------------------------
def ksb_tracker_states(window):
    """The KSB tracker's tabs for a mentee (the gateway is a mentee's only), then for the
    mentor's own portfolio."""
    page = window.page("ksb_tracker")
    page.owners.setCurrentIndex(1)
    for key in ("coverage", "evidence", "progress", "gateway"):
        page.show_tab(key)
        yield f"a mentee's {key} tab"
    page.coverage.gaps.setChecked(True)
    page.show_tab("coverage")
    yield "a mentee's gaps"
    page.owners.setCurrentIndex(0)
    page.show_tab("evidence")
    yield "the mentor's own evidence"


PAGE_STATES = {"ksb_tracker": ksb_tracker_states}

"""Data protection › Erase this mentee…: the name typed back, then everything about them goes."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mentordesk.services import mentees
from mentordesk.ui.erase_dialog import EraseDialog
from mentordesk.vault.models import AuditEvent


def test_erase_a_mentee_from_the_mentees_page(controller, qtbot, tmp_path):
    with controller.vault.transaction() as db:
        for name in ("Ann Erased", "Bob Stays"):
            mentees.create(db, mentees.MenteeData(full_name=name))
    page = controller.window.page("mentees")
    page.refresh()
    page.search.setText("ann")
    page.table.selectRow(0)
    seen: dict[str, object] = {}

    def confirm() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, EraseDialog)
        seen["grab"] = dialog.grab().save(str(tmp_path / "erase.png"))
        assert not dialog.erase_button.isEnabled()
        qtbot.keyClicks(dialog.name, "ann erase")
        assert not dialog.erase_button.isEnabled()  # not yet the whole name
        qtbot.keyClicks(dialog.name, "d")
        seen["enabled"] = dialog.erase_button.isEnabled()
        dialog.erase_button.click()

    notices: list[str] = []
    controller.ops.notice.connect(notices.append)
    QTimer.singleShot(50, confirm)
    page.erase_action.trigger()
    assert seen["enabled"] is True and seen["grab"] is True
    with controller.vault.session() as db:
        assert [r.full_name for r in mentees.list_mentees(db)] == ["Bob Stays"]
        tomb = db.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
    assert tomb.entity == "erasure" and tomb.action == "erase"
    assert notices[-1] == "Ann Erased was erased; the audit log keeps a tombstone."
    page.search.clear()
    assert page.proxy.rowCount() == 1
    assert not page.undo_stack.canUndo()


def test_cancelling_the_erasure_keeps_everything(controller, qtbot):
    with controller.vault.transaction() as db:
        mentees.create(db, mentees.MenteeData(full_name="Ann Kept"))
    page = controller.window.page("mentees")
    page.refresh()
    page.table.selectRow(0)
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
    page.erase_action.trigger()
    with controller.vault.session() as db:
        assert [r.full_name for r in mentees.list_mentees(db)] == ["Ann Kept"]


def test_everything_held_about_them_from_the_mentees_page(controller, qtbot, tmp_path):
    import io
    import zipfile

    import pyrage

    from mentordesk.services import exports

    with controller.vault.transaction() as db:
        mentees.create(db, mentees.MenteeData(full_name="Ann Asks"))
    page = controller.window.page("mentees")
    page.refresh()
    page.table.selectRow(0)
    dialog = page.export_subject()
    qtbot.addWidget(dialog)
    dialog.try_export(tmp_path / "ann.age")
    assert "age public key" in dialog.error.text()  # no key yet: nothing asked, nothing written
    identity = pyrage.x25519.Identity.generate()
    dialog.protect.key.setText(str(identity.to_public()))
    dialog.without_safeguarding.setChecked(True)
    dialog.grab().save(str(tmp_path / "sar.png"))
    dialog.try_export(tmp_path / "ann.age")
    controller.ops.wait()
    qtbot.waitUntil(lambda: dialog.done_export is not None)
    plain = pyrage.decrypt((tmp_path / "ann.age").read_bytes(), [identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        assert "Ann Asks" in archive.read("data/mentee.json").decode()
        assert "left out on the advice" in archive.read("README.txt").decode()
    with controller.vault.session() as db:
        assert exports.list_exports(db)[0].kind == exports.SUBJECT

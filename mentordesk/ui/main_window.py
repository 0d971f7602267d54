"""The main window: a sidebar of modules, menus, auto-lock. It only assembles modules.

Only the dashboard is built with the window. Every other module's page is built, and its
code imported, the first time it is shown, so the window opens without loading the ORM.

A page is a :class:`~mentordesk.ui.widgets.ModulePage` made from the window's
:class:`~mentordesk.ui.ops.Ops`; it runs all its vault work through it, listens to
``ops.changed`` to refresh itself, and has ``reload()`` (the vault was unlocked) and
``clear()`` (it was locked). A page that edits has an ``undo_stack``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from mentordesk import __version__
from mentordesk.ui.auto_backup import BackupStatus
from mentordesk.ui.dashboard_page import DashboardPage
from mentordesk.ui.idle import IdleWatcher
from mentordesk.ui.modules import MODULES, sidebar_item
from mentordesk.ui.ops import Ops
from mentordesk.ui.preferences import DEFAULT_AUTOLOCK_MINUTES, PreferencesDialog
from mentordesk.ui.saved_notice import SavedNotice
from mentordesk.ui.widgets import ModulePage, fit_to_screen

if TYPE_CHECKING:
    from mentordesk.vault import Vault


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, settings: QSettings, ops: Ops, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.vault: Vault | None = None
        self.ops = ops
        ops.parent_widget = self
        ops.notice.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.setWindowTitle("MentorDesk")
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Modules"))
        self.sidebar.setFixedWidth(170)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        self.stack = QStackedWidget()
        self.undo_group = QUndoGroup(self)
        self.modules = MODULES
        self._built: dict[str, ModulePage] = {}
        for module in self.modules:
            self.sidebar.addItem(sidebar_item(module))
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        dashboard = self.page("dashboard")
        assert isinstance(dashboard, DashboardPage)  # built by its module above
        self.dashboard = dashboard
        dashboard.first_steps.step.connect(self.first_step)
        dashboard.mentee_opened.connect(self.open_tracker)
        self.sidebar.currentRowChanged.connect(self.show_module)
        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.idle = IdleWatcher(self.autolock_minutes(), self)
        self.idle.idle.connect(self.lock_requested)
        app = QApplication.instance()
        if app is not None:  # always, with a window shown
            app.installEventFilter(self.idle)
        self._build_menus()
        self.backup_status = BackupStatus(ops, settings)  # the last good backup, always shown
        self.statusBar().addPermanentWidget(self.backup_status)
        self.saved_notice = SavedNotice()
        self.statusBar().insertPermanentWidget(0, self.saved_notice)
        ops.saved.connect(self.saved_notice.show_saved)
        ops.saved.connect(lambda *_: self.statusBar().clearMessage())  # room for the notice
        self.sidebar.setCurrentRow(0)
        fit_to_screen(self, 1366, 800)
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        elif self.screen().availableGeometry().width() <= 1440:
            # The first start on a laptop uses the whole screen, not a window inside it.
            self.setWindowState(Qt.WindowState.WindowMaximized)

    # -- menus -------------------------------------------------------------------------
    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.lock_action = self._action(
            file_menu, self.tr("&Lock vault"), self.lock_requested.emit, QKeySequence("Ctrl+L")
        )
        self._action(file_menu, self.tr("&Change passphrase…"), self.change_passphrase)
        self._action(file_menu, self.tr("Replace reco&very code…"), self.replace_recovery_code)
        file_menu.addSeparator()
        self._add_print_action(file_menu)
        file_menu.addSeparator()
        self.backup_action = self._action(
            file_menu, self.tr("&Back up now…"), self.back_up_now, QKeySequence("Ctrl+Shift+B")
        )
        self._action(file_menu, self.tr("&Restore from a backup…"), self.restore_backup)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Veri&fy a PDF…"), self.verify_pdf)
        self._action(file_menu, self.tr("&Import countersigned record…"), self.import_countersigned)
        file_menu.addSeparator()
        prefs = QKeySequence(QKeySequence.StandardKey.Preferences)
        self._action(
            file_menu,
            self.tr("&Preferences…"),
            self.show_preferences,
            prefs if not prefs.isEmpty() else QKeySequence("Ctrl+,"),
        )
        file_menu.addSeparator()
        quit_action = self._action(
            file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        # Undo and redo act on the page shown (each editing page has its own stack).
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")]
        )
        edit_menu.addActions([self.undo_action, self.redo_action])
        go_menu = bar.addMenu(self.tr("&Go"))
        for row, module in enumerate(self.modules):
            self._action(
                go_menu,
                QApplication.translate("MainWindow", module.title),
                lambda _c=False, r=row: self.go_to(r),
                QKeySequence(f"Ctrl+{row + 1}"),
            )
        reports_menu = bar.addMenu(self.tr("&Reports"))
        self.employer_export_action = self._action(
            reports_menu, self.tr("Export for &employer…"), self.export_for_employer
        )
        self._action(reports_menu, self.tr("E&xports made…"), self.show_exports)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(
            help_menu,
            self.tr("&User guide"),
            self.show_guide,
            QKeySequence(QKeySequence.StandardKey.HelpContents),
        )

        def check_a_record(_checked: bool = False) -> None:
            from mentordesk.ui.user_guide import show_check_sheet

            show_check_sheet(self)

        self._action(help_menu, self.tr("How to check a &record…"), check_a_record)
        about = self._action(help_menu, self.tr("&About MentorDesk"), self.show_about)
        about.setMenuRole(QAction.MenuRole.AboutRole)

    # -- printing ----------------------------------------------------------------------
    def _add_print_action(self, file_menu) -> None:
        """File › Print… (Ctrl+P): the record the page shows, when it shows one."""
        self.print_action = self._action(
            file_menu, self.tr("Pri&nt…"), self.print_shown, QKeySequence.StandardKey.Print
        )
        self._watched: set[int] = set()  # pages whose printable_changed is connected
        file_menu.aboutToShow.connect(self.update_print_action)
        self.stack.currentChanged.connect(lambda _row: self.update_print_action())
        self.update_print_action()

    def shown_printable(self):
        """The record File › Print… would print now, or None."""
        page = self.stack.currentWidget()
        if not isinstance(page, ModulePage) or not self.ops.is_open:
            return None
        if id(page) not in self._watched:
            self._watched.add(id(page))
            page.printable_changed.connect(self.update_print_action)
        return page.printable()

    def update_print_action(self) -> None:
        printable = self.shown_printable()
        self.print_action.setEnabled(printable is not None)
        self.print_action.setStatusTip(
            self.tr("Print {0}, with a preview first.").format(printable.title)
            if printable is not None
            else self.tr(
                "To print, choose a signed contract; a progress review prints from its own "
                "window (Ctrl+P there)."
            )
        )

    def print_shown(self) -> None:
        printable = self.shown_printable()
        if printable is None:
            self.update_print_action()
            return
        from mentordesk.ui.printing import print_record

        print_record(self, self.ops, printable)

    # -- pages -------------------------------------------------------------------------
    def page(self, key: str) -> ModulePage:
        """The page of module ``key``, built (and given the open vault) on first use."""
        if key in self._built:
            return self._built[key]
        row = self.row_of(key)
        page = self.modules[row].build(self.ops)
        stand_in = self.stack.widget(row)
        current = self.stack.currentIndex()
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        self.stack.insertWidget(row, page)
        self.stack.setCurrentIndex(current)
        undo_stack = getattr(page, "undo_stack", None)
        if undo_stack is not None:
            self.undo_group.addStack(undo_stack)
        self._built[key] = page
        if self.vault is not None:
            page.reload()
        return page

    def row_of(self, key: str) -> int:
        return next(i for i, m in enumerate(self.modules) if m.key == key)

    def open_tracker(self, mentee_id: int) -> None:
        """A mentee's KSB tracker page (from the dashboard's mentees needing attention)."""
        self.go_to(self.row_of("ksb_tracker"))
        self.page("ksb_tracker").show_owner(mentee_id)  # type: ignore[attr-defined]

    def go_to(self, row: int) -> None:
        """Show a module from the Go menu (Ctrl+1…) and put the keyboard in it, so that its
        own shortcuts work at once."""
        self.sidebar.setCurrentRow(row)
        current = self.stack.currentWidget()
        if current is None:
            return
        first = next(
            (
                w
                for w in current.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled()
            ),
            None,
        )
        (first or current).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_module(self, row: int) -> None:
        try:
            page = self.page(self.modules[row].key)
        except Exception as exc:  # a page that cannot be built is said, not skipped silently
            self.ops.report(
                exc, self, QApplication.translate("MainWindow", self.modules[row].title)
            )
            return
        self.stack.setCurrentIndex(row)
        # None (a page that does not edit) leaves no stack active, as Qt allows; PySide's
        # stub types the argument as a QUndoStack only.
        self.undo_group.setActiveStack(getattr(page, "undo_stack", None))  # type: ignore[arg-type]

    def built_pages(self) -> list[ModulePage]:
        return list(self._built.values())

    # -- vault -------------------------------------------------------------------------
    def set_vault(self, vault: Vault) -> None:
        """The vault is unlocked: every page shows it (``ops`` has it already)."""
        self.vault = vault
        for page in self.built_pages():
            page.reload()
        self.statusBar().showMessage(
            self.tr(
                "Vault: {0} — locks after %n minute(s) idle (Ctrl+L to lock now)",
                "",
                self.autolock_minutes(),
            ).format(vault.folder)
        )
        self.backup_status.refresh()
        self.idle.start()

    def clear(self) -> None:
        """Forget everything shown: called when the vault locks."""
        self.idle.stop()
        self.vault = None
        for page in self.built_pages():
            page.clear()
        self.saved_notice.clear()  # a file's path is not shown on a locked window
        self.statusBar().showMessage(self.tr("Locked"))
        self.backup_status.refresh()

    def autolock_minutes(self) -> int:
        value = self.settings.value("security/autolock_minutes", DEFAULT_AUTOLOCK_MINUTES)
        # Read back from the settings file as text; as set, a number.
        return int(value) if isinstance(value, int | float | str) else DEFAULT_AUTOLOCK_MINUTES

    def show_preferences(self) -> None:
        from mentordesk.services import settings as vault_settings

        weeks = self.ops.read(lambda job: vault_settings.review_interval_weeks(job.db)).value
        dialog = PreferencesDialog(self.autolock_minutes(), weeks, self, ops=self.ops)
        if not dialog.exec():
            return
        self.settings.setValue("security/autolock_minutes", dialog.autolock.value())
        self.idle.set_minutes(dialog.autolock.value())
        chosen = dialog.review_weeks.value()
        if weeks is not None and weeks != chosen:
            self.ops.write(
                lambda job: vault_settings.set_review_interval_weeks(job.db, chosen),
                title=self.tr("Preferences"),
                message=self.tr("Preferences saved."),
            )
        else:
            self.statusBar().showMessage(self.tr("Preferences saved."), 8000)

    def offer_to_resume(self) -> None:
        """A contract left mid-wizard is offered to continue, once per draft ("Not now" is
        remembered in the vault; the draft waits in Contracts)."""
        from mentordesk.ui.contract_wizard.resume import offer_to_resume

        contract_id = offer_to_resume(self, self.ops)
        if contract_id is not None:
            self.sidebar.setCurrentRow(self.row_of("contracts"))
            from mentordesk.ui.contracts_page import ContractsPage

            page = self.page("contracts")
            assert isinstance(page, ContractsPage)
            page.open_wizard(contract_id=contract_id)

    def change_passphrase(self) -> None:
        from mentordesk.ui.passphrase import ChangePassphraseDialog

        if self.vault is not None and ChangePassphraseDialog(self.vault, self.ops, self).exec():
            self.statusBar().showMessage(self.tr("Passphrase changed."), 8000)

    def replace_recovery_code(self) -> None:
        from mentordesk.services import profile
        from mentordesk.ui.recovery_code import ReplaceRecoveryCodeDialog

        if self.vault is None:
            return
        me = self.ops.read(lambda job: profile.get_profile(job.db), quiet=True)
        name = me.value.full_name if me and me.value else ""
        dialog = ReplaceRecoveryCodeDialog(self.vault, self.ops, name, self)
        if dialog.exec() or dialog.new_code:
            self.statusBar().showMessage(
                self.tr("Recovery code replaced. Keep the old one for backups made before."),
                10000,
            )

    def back_up_now(self) -> None:
        from mentordesk.ui.backup_actions import back_up_now

        if self.vault is not None:
            back_up_now(self, self.ops, self.settings)

    def restore_backup(self) -> None:
        from mentordesk.ui.backup_actions import restore_from_file

        restored = restore_from_file(self, self.ops)
        if restored is not None:
            self.statusBar().showMessage(
                self.tr('Restored into {0}; open it with mentordesk --vault "{0}".').format(
                    restored
                ),
                15000,
            )

    def export_for_employer(self) -> None:
        from mentordesk.ui.employer_export import export_for_employer

        if self.vault is not None:
            export_for_employer(self, self.ops, self.settings)

    def show_exports(self) -> None:
        from mentordesk.ui.exports_list import show_exports

        if self.vault is not None:
            show_exports(self, self.ops)

    def show_guide(self) -> None:
        """The user guide, with every page built first so that its shortcuts are listed."""
        from mentordesk.ui.user_guide import UserGuide

        for module in self.modules:
            if not module.coming and self.vault is not None:
                self.page(module.key)
        guide = UserGuide(self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.show()
        self.guide = guide

    def first_step(self, step: str) -> None:
        """A button of the dashboard's "Start here" panel."""
        from mentordesk.ui import first_steps

        if step == first_steps.GUIDE:
            self.show_guide()
            return
        if step == first_steps.SESSION:
            from mentordesk.ui.planner.page import PlannerPage

            self.sidebar.setCurrentRow(self.row_of("planner"))
            planner = self.page("planner")
            assert isinstance(planner, PlannerPage)
            planner.new_session()
            return
        from mentordesk.ui.mentees_page import MenteesPage

        self.sidebar.setCurrentRow(self.row_of("mentees"))
        mentees_page = self.page("mentees")
        assert isinstance(mentees_page, MenteesPage)
        if step == first_steps.MENTEE:
            mentees_page.add_mentee()
        else:  # the first mentee without a contract in force
            mentees_page.start_first_contract()

    def verify_pdf(self) -> None:
        from mentordesk.ui.verify_dialog import VerifyDialog

        VerifyDialog(self.ops, self).exec()

    def import_countersigned(self) -> None:
        from mentordesk.ui.countersign import import_countersigned

        import_countersigned(self, self.ops)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About MentorDesk"),
            self.tr(
                "<h3>MentorDesk {0}</h3><p>An offline, encrypted workbook for workplace "
                "learning and skills mentors (ST1379, ST0148).</p>"
            ).format(__version__),
        )

    def closeEvent(self, event) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.stack.currentIndex() != 0:
            self.sidebar.setCurrentRow(0)
            return
        super().keyPressEvent(event)

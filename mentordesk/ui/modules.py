"""The modules of the main window's sidebar: each one's key, title and page, built on first
use; a module still to come says what it will do, and is marked so."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QListWidgetItem

from mentordesk.ui.dashboard_page import DashboardPage
from mentordesk.ui.ops import Ops
from mentordesk.ui.widgets import ModulePage
from mentordesk.words import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Module:
    """One entry of the sidebar. ``build(ops)`` makes its page; a module still to come
    shows what it will do, and is marked so in the sidebar."""

    key: str
    title: str
    build: Callable[[Ops], ModulePage]
    coming: bool = False


def _mentees_page(ops: Ops) -> ModulePage:
    from mentordesk.ui.mentees_page import MenteesPage

    return MenteesPage(ops)


def _planner_page(ops: Ops) -> ModulePage:
    from mentordesk.ui.planner.page import PlannerPage

    return PlannerPage(ops)


def _contracts_page(ops: Ops) -> ModulePage:
    from mentordesk.ui.contracts_page import ContractsPage

    return ContractsPage(ops)


def _reflections_page(ops: Ops) -> ModulePage:
    from mentordesk.ui.reflections.page import ReflectionsPage

    return ReflectionsPage(ops)


def _ksb_page(ops: Ops) -> ModulePage:
    from mentordesk.ui.ksb.page import KsbPage

    return KsbPage(ops)


def _cpd_page(ops: Ops) -> ModulePage:
    from mentordesk.ui.cpd.page import CpdPage

    return CpdPage(ops)


def _coming(title: str, purpose: str) -> Callable[[Ops], ModulePage]:
    def build(_ops: Ops) -> ModulePage:
        from mentordesk.ui.coming_page import ComingPage

        return ComingPage(
            QApplication.translate("MainWindow", title),
            QApplication.translate("MainWindow", purpose),
        )

    return build


def _soon(key: str, title: str, purpose: str) -> Module:
    return Module(key, title, _coming(title, purpose), coming=True)


MODULES = [
    Module("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), DashboardPage),
    Module("mentees", QT_TRANSLATE_NOOP("MainWindow", "Mentees"), _mentees_page),
    Module("planner", QT_TRANSLATE_NOOP("MainWindow", "Planner"), _planner_page),
    Module("contracts", QT_TRANSLATE_NOOP("MainWindow", "Contracts"), _contracts_page),
    Module("reflections", QT_TRANSLATE_NOOP("MainWindow", "Reflections"), _reflections_page),
    Module("ksb_tracker", QT_TRANSLATE_NOOP("MainWindow", "KSB tracker"), _ksb_page),
    Module("cpd", QT_TRANSLATE_NOOP("MainWindow", "CPD"), _cpd_page),
    _soon(
        "safeguarding",
        QT_TRANSLATE_NOOP("MainWindow", "Safeguarding"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "Log safeguarding concerns with their chronology, and referrals."
        ),
    ),
    _soon(
        "reports",
        QT_TRANSLATE_NOOP("MainWindow", "Reports"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "Print signed PDF records, and send employers encrypted backups and exports.",
        ),
    ),
]


def sidebar_item(module: Module) -> QListWidgetItem:
    """A module's entry: a module still to come is greyed, in italics, and says "coming"
    in words (for a screen reader too), and can still be opened to read what it will do."""
    title = QApplication.translate("MainWindow", module.title)
    if not module.coming:
        return QListWidgetItem(title)
    item = QListWidgetItem(QApplication.translate("MainWindow", "{0} · coming").format(title))
    font = item.font()
    font.setItalic(True)
    item.setFont(font)
    item.setForeground(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
    item.setToolTip(QApplication.translate("MainWindow", "Not built yet: see what it will do"))
    return item

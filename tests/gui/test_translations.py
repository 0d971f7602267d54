"""Translation: the pseudo-locale, the language choice, and every page and main dialog of the
real window, on a demo vault, with the pseudo translator installed.

Under the pseudo-locale every string that a translation can reach is shown as ⟦Ŝàṽé~~⟧.
Each page and dialog is walked: labels, buttons, group boxes, tabs, table headers,
placeholders, combo box items, spin box suffixes, menus and window titles. A text with
words outside the markers would stay English in any language; the test names each one.
Widgets that show data (names, dates, the session models' own texts) are marked with
``widgets.as_data()`` (property ``data``) and skipped, as are texts without letters.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from mentordesk import APP_NAME, words
from mentordesk.ui import i18n
from mentordesk.ui.ops import Ops
from mentordesk.vault.enums import MeetingMode, Rater, SessionStatus, SignerRole
from tests.gui.windows import ANCHOR, DIALOGS, MODULE_KEYS

# Table cells are data, but a cell that reads exactly as one of these (before any " — ")
# is a word left in English, e.g. a status. (Not who: "Mentee" is also an action's owner.)
ENGLISH_WORDS = (
    {
        text
        for cls, table in words.BY_ENUM.items()
        if cls not in (SignerRole, Rater)
        for text in table.values()
    }
    | set(words.CONTRACT_PAGE_TITLES.values())
    | set(words.GAS_WORDS.values())
    | set(words.RATING_WORDS)
    | set(words.QUESTIONING_TECHNIQUES)
)


# -- fixtures -------------------------------------------------------------------------------
@pytest.fixture
def pseudo(qapp, monkeypatch):
    """The pseudo translator, installed before any widget of the test is made."""
    monkeypatch.delenv(i18n.ENV, raising=False)
    i18n.install_translator(qapp, i18n.PSEUDO)
    yield i18n._installed[-1]
    i18n.remove_translator(qapp)


@pytest.fixture
def window(pseudo, demo_window):
    """The main window on the demo vault, made after the pseudo translator is installed."""
    return demo_window


# -- walking what is shown -----------------------------------------------------------------
_MARKED = re.compile("⟦[^⟦⟧]*⟧")
_TAG = re.compile(r"<[^>]*>")


def untranslated(text: str) -> bool:
    """Whether ``text`` has words that did not come through the translator."""
    if not any(c.isalpha() for c in text) or text == APP_NAME:
        return False  # numbers and punctuation; the product's name
    rest, previous = text, None
    while rest != previous:  # markers may nest: "⟦{0} of ⟦…⟧⟧"
        previous, rest = rest, _MARKED.sub(" ", rest)
    rest = html.unescape(_TAG.sub(" ", rest))
    return any(c.isalpha() for c in rest)


def _is_data(widget: QWidget, top: QWidget) -> bool:
    while widget is not None:
        if widget.property("data"):
            return True
        if widget is top:
            return False
        widget = widget.parentWidget()
    return False


def _menu_texts(menu: QMenu, where: str):
    yield where, menu.title()
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {menu.title()}")
        elif not action.isSeparator():
            yield f"{where} > {menu.title()}", action.text()


def shown_texts(top: QWidget):
    """(what, text) for every text shown in ``top`` and its visible children."""
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisible() or _is_data(w, top):
            continue
        kind = type(w).__name__
        if w.isWindow():
            yield f"{kind} window title", w.windowTitle()
        if isinstance(w, QMainWindow):
            yield f"{kind} status bar", w.statusBar().currentMessage()
            for action in w.menuBar().actions():
                if action.menu() is not None:
                    yield from _menu_texts(action.menu(), "menu")
        if isinstance(w, QLabel):
            yield kind, w.text()
        if isinstance(w, QAbstractButton):
            yield kind, w.text()
        if isinstance(w, QGroupBox):
            yield f"{kind} title", w.title()
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{kind} tab", w.tabText(i)
        if isinstance(w, QHeaderView) and w.model() is not None:
            for section in range(w.count()):
                if not w.isSectionHidden(section):
                    header = w.model().headerData(section, w.orientation())
                    yield f"{type(w.parentWidget()).__name__} header", str(header or "")
        if isinstance(w, QLineEdit):
            yield f"{kind} placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{kind} item", w.itemText(i)
        if isinstance(w, QAbstractSpinBox) and hasattr(w, "suffix"):
            yield f"{kind} suffix", w.suffix()
        if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model():
            model, root = w.model(), QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            for row in range(min(model.rowCount(root), 100)):
                for column in range(columns):
                    text = str(model.index(row, column).data() or "")
                    if text.split(" — ")[0] in ENGLISH_WORDS:
                        yield f"{kind} cell", text


def problems(top: QWidget) -> list[str]:
    seen, out = set(), []
    for what, text in shown_texts(top):
        if text and untranslated(text) and (what, text) not in seen:
            seen.add((what, text))
            out.append(f"{what}: {text!r}")
    return out


def report(where: str, found: list[str]) -> str:
    return f"{len(found)} untranslated on {where}:\n  " + "\n  ".join(found)


class Walk:
    """Collects what is untranslated, state by state, and fails once with all of it."""

    def __init__(self, what: str):
        self.what = what
        self.found: dict[str, list[str]] = {}
        self.texts = 0

    def __call__(self, state: str, top: QWidget) -> None:
        QCoreApplication.processEvents()
        self.texts += sum(1 for _ in shown_texts(top))
        for problem in problems(top):
            self.found.setdefault(state, []).append(problem)

    def check(self) -> None:
        assert self.texts > 0, f"nothing shown on {self.what}"
        assert not self.found, "\n".join(report(s, p) for s, p in self.found.items())


# -- the pseudo-locale itself ----------------------------------------------------------------
def test_pseudo_text_keeps_placeholders_mnemonics_and_markup():
    assert i18n.pseudo("&Save") == "⟦&Sàṽé~~⟧"
    shown = i18n.pseudo("{0} shown of {1}").format(3, 5)
    assert shown.startswith("⟦3 šĥöŵñ öƒ 5") and shown.endswith("~⟧")
    when = i18n.pseudo("In force since {0:%d %B %Y}.").format(date(2025, 1, 2))
    assert "02 January 2025" in when
    rich = i18n.pseudo("<h2>Mentees</h2>")
    assert rich.startswith("<h2>⟦Ṁéñţééš") and rich.endswith("⟧</h2>")
    assert Qt.mightBeRichText(i18n.pseudo("<b>Goals</b> and &amp; more"))
    assert "%n" in i18n.pseudo("%n day(s)") and "&amp;" in i18n.pseudo("a &amp; b")
    long = "Upcoming sessions"
    assert len(i18n.pseudo(long)) >= 1.4 * len(long)
    assert i18n.pseudo("   ") == "   " and i18n.pseudo("") == ""


def test_pseudo_translator_uses_the_english_plurals_and_leaves_unknown_strings(pseudo):
    from mentordesk.ui.unlock_dialog import UnlockDialog

    dialog = UnlockDialog(Path("."), Ops())
    text = "Too many wrong tries in a row. Try again in %n second(s)."
    assert dialog.tr(text, "", 1).endswith("šéçöñð.~~~~~~~~~~~~~~~~~~~~~~⟧")
    assert "5 šéçöñðš." in dialog.tr(text, "", 5)
    assert i18n.word(MeetingMode.REMOTE).startswith("⟦Ŕéṁöţé (ṽîðéö)")
    assert i18n.word(words.QUESTIONING_TECHNIQUES[1]).startswith("⟦Þŕöƀîñĝ")
    assert i18n.is_pseudo(QCoreApplication.translate("QPlatformTheme", "Cancel"))
    assert dialog.tr("Not a string in the catalogue") == "Not a string in the catalogue"
    assert ("UnlockDialog", "Not a string in the catalogue") in pseudo.missed
    dialog.deleteLater()


def test_every_advice_of_zxcvbn_is_marked_for_translation():
    import ast

    import zxcvbn.feedback

    from mentordesk.ui.passphrase_advice import ADVICE

    source = Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8")
    messages = {
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_"
    }
    assert messages and messages <= set(ADVICE), sorted(messages - set(ADVICE))


# -- choosing the language ---------------------------------------------------------------------
def test_english_by_default_with_its_plural_forms(qapp, monkeypatch):
    from mentordesk.ui.unlock_dialog import UnlockDialog

    monkeypatch.delenv(i18n.ENV, raising=False)
    assert i18n.chosen_language() == i18n.SYSTEM
    assert "en" in i18n.available_languages()
    for language in (i18n.SYSTEM, i18n.ENGLISH, "xx"):  # "xx": no such translation
        i18n.install_translator(qapp, language)
        try:
            dialog = UnlockDialog(Path("."), Ops())
            text = "Too many wrong tries in a row. Try again in %n second(s)."
            assert dialog.tr(text, "", 1).endswith("in 1 second.")
            assert dialog.tr(text, "", 4).endswith("in 4 seconds.")
            assert i18n.word(SessionStatus.CANCELLED) == "Cancelled"
            dialog.deleteLater()
        finally:
            i18n.remove_translator(qapp)
    assert i18n.word(MeetingMode.IN_PERSON) == "In person"  # no translator: the English


def test_the_language_comes_from_the_environment_then_the_preference(qapp, monkeypatch):
    monkeypatch.delenv(i18n.ENV, raising=False)
    i18n.store_language(i18n.PSEUDO)
    assert i18n.chosen_language() == i18n.PSEUDO
    monkeypatch.setenv(i18n.ENV, "en")
    assert i18n.chosen_language() == "en"
    i18n.install_translator(qapp)
    try:
        assert not i18n.is_pseudo(QCoreApplication.translate("words", "Held"))
    finally:
        i18n.remove_translator(qapp)
    monkeypatch.setenv(i18n.ENV, i18n.PSEUDO)
    i18n.install_translator(qapp)
    try:
        assert i18n.is_pseudo(QCoreApplication.translate("words", "Held"))
    finally:
        i18n.remove_translator(qapp)


def test_preferences_store_the_language_for_the_next_start(qtbot, monkeypatch):
    from mentordesk.ui.preferences import PreferencesDialog

    monkeypatch.delenv(i18n.ENV, raising=False)
    dialog = PreferencesDialog(10, 12)
    qtbot.addWidget(dialog)
    assert dialog.language_code() == i18n.SYSTEM
    assert any("next time" in label.text() for label in dialog.findChildren(QLabel))
    dialog.language.setCurrentIndex(dialog.language.findData(i18n.PSEUDO))
    dialog.reject()
    assert i18n.stored_language() == i18n.SYSTEM
    dialog.language.setCurrentIndex(dialog.language.findData(i18n.PSEUDO))
    dialog.accept()
    assert i18n.stored_language() == i18n.PSEUDO == i18n.chosen_language()
    again = PreferencesDialog(10, None)
    qtbot.addWidget(again)
    assert again.language.currentData() == i18n.PSEUDO


# -- every page of the main window -------------------------------------------------------------


def test_the_pages_listed_here_are_every_module():
    from mentordesk.ui.main_window import MODULES

    assert [m.key for m in MODULES] == MODULE_KEYS


def test_main_window_menus_sidebar_and_title(window):
    walk = Walk("the main window")
    walk("menus, title and status bar", window)
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    bad = [f"sidebar item: {t!r}" for t in sidebar if untranslated(t)]
    if bad:
        walk.found["sidebar"] = bad
    walk.check()


@pytest.mark.parametrize("key", MODULE_KEYS)
def test_module_page(window, key):
    walk = Walk(f"the {key} page")
    window.sidebar.setCurrentRow(window.row_of(key))
    page = window.page(key)
    if key == "dashboard":  # as on the demo's day, so that every panel has rows
        from mentordesk.services import dashboard

        morning = datetime.combine(ANCHOR, time(8)).astimezone()
        page.show_dashboard(dashboard.load(window.vault.connection, morning))
        walk("the dashboard", page)
    elif key == "planner":
        page.day = ANCHOR
        for view in ("month", "week", "agenda"):
            page.set_view(view)
            if view == "agenda" and page.agenda.model().rowCount():
                page.agenda.selectRow(0)  # fills the detail beside the calendar
            walk(f"planner, {view} view", page)
    else:
        table = getattr(page, "table", None)
        if table is not None and table.model().rowCount():
            table.selectRow(0)
        walk(f"the {key} page", page)
    walk.check()


@pytest.mark.parametrize("name", DIALOGS)
def test_dialog(window, demo_vault, tmp_path, qtbot, name):
    walk = Walk(f"the {name}")
    for state, dialog in DIALOGS[name](window, demo_vault, tmp_path, qtbot):
        if dialog.parent() is None:
            qtbot.addWidget(dialog)
        dialog.show()
        walk(f"{name}: {state}", dialog)
        dialog.hide()
    walk.check()


def test_every_page_fits_a_1366_screen_with_longer_words(window):
    """Words 40% longer (as in many languages) never push the window past 1366 pixels."""
    wide = {}
    for key in MODULE_KEYS:
        window.sidebar.setCurrentRow(window.row_of(key))
        width = window.minimumSizeHint().width()
        if width > 1366:
            wide[key] = width
    assert not wide, f"wider than a 1366-pixel screen: {wide}"

"""Translating the user interface: the language chosen, its translator, and a pseudo-locale.

- :func:`word` shows an enum member (or a text from ``mentordesk.words``) in the language
  of the interface.
- :func:`install_translator` loads ``resources/i18n/mentordesk_<language>.qm`` for the
  language chosen in Preferences (QSettings ``ui/language``; ``""`` follows the system),
  or for ``$MENTORDESK_LANG`` when that is set. English is the fallback: its ``.qm`` holds
  the English plural forms (``"%n day(s)"`` → ``"1 day"``, ``"2 days"``).
- The language ``"pseudo"`` shows every string of ``mentordesk_en.ts`` (and Qt's own
  words) accented, stretched by about 40% and between ``⟦`` and ``⟧``. A string that no
  translation could reach stays plain and stands out: one lupdate did not extract
  (``self.tr(variable)``) or filed under another context (``owner.tr("...")``). So does a
  layout with no room for longer words.

The language is read once, at start-up: a change in Preferences applies on the next start.

PySide looks ``self.tr()`` up under the object's class, then under its base classes (where
lupdate files it). For a plural it stops at the first class, because the text with ``%n``
filled in no longer equals the source: in code that subclasses run, write a plural as
``QCoreApplication.translate("TheClass", "%n day(s)", "", n)``.
"""

from __future__ import annotations

import enum
import math
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from mentordesk import APP_NAME, paths, words

SETTING = "ui/language"
ENV = "MENTORDESK_LANG"
SYSTEM, ENGLISH, PSEUDO = "", "en", "pseudo"
NAME = "mentordesk"  # the files are mentordesk_<language>.qm

PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
STRETCH = 0.4


def word(value: enum.Enum | str) -> str:
    """The words for an enum member, or for a text marked in ``mentordesk.words``, translated."""
    text = words.label(value) if isinstance(value, enum.Enum) else value
    return QCoreApplication.translate(words.CONTEXT, text)


# -- which language ---------------------------------------------------------------------------
def translations_dir() -> Path:
    return paths.translations_dir()


def available_languages() -> list[str]:
    """The languages with a compiled translation, e.g. ``["en"]``."""
    folder = translations_dir()
    if not folder.is_dir():
        return []
    return sorted(p.stem[len(NAME) + 1 :] for p in folder.glob(f"{NAME}_*.qm"))


def stored_language(settings: QSettings | None = None) -> str:
    """The language chosen in Preferences; ``""`` is the system's."""
    settings = settings if settings is not None else QSettings(APP_NAME, APP_NAME)
    return str(settings.value(SETTING, SYSTEM) or SYSTEM)


def store_language(language: str, settings: QSettings | None = None) -> None:
    if settings is None:
        from mentordesk.ui.settings import open_settings

        settings = open_settings()
    settings.setValue(SETTING, language)


def chosen_language(settings: QSettings | None = None) -> str:
    """``$MENTORDESK_LANG`` if set, else the Preferences choice; ``""`` is the system's."""
    env = os.environ.get(ENV)
    if env is not None:
        return env.strip()
    return stored_language(settings)


def make_translator(language: str) -> QTranslator:
    """The translator for ``language``; English when there is no translation for it."""
    folder = str(translations_dir())
    if language == PSEUDO:
        return PseudoTranslator(read_ts(translations_dir() / f"{NAME}_{ENGLISH}.ts"))
    translator = QTranslator()
    locale = QLocale.system() if language == SYSTEM else QLocale(language)
    if not translator.load(locale, NAME, "_", folder):
        translator.load(f"{NAME}_{ENGLISH}", folder)
    return translator


def _qt_translator(language: str) -> QTranslator | None:
    """Qt's own words (standard buttons, context menus) for a language other than English."""
    if language in (ENGLISH, PSEUDO):
        return None
    locale = QLocale.system() if language == SYSTEM else QLocale(language)
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        return None
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load(locale, "qtbase", "_", folder) else None


_installed: list[QTranslator] = []  # kept referenced: Qt does not own them


def install_translator(app: QCoreApplication, language: str | None = None) -> None:
    """Install the translator for ``language`` (default: :func:`chosen_language`) in ``app``,
    in place of one installed before."""
    if language is None:
        language = chosen_language()
    remove_translator(app)
    for translator in (_qt_translator(language), make_translator(language)):
        if translator is not None:
            app.installTranslator(translator)
            _installed.append(translator)


def remove_translator(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


# -- the pseudo-locale ------------------------------------------------------------------------
_ACCENTED = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
    "ÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽàƀçðéƒĝĥîĵķļṁñöþǫŕšţûṽŵẋýž",
)
# Kept as they are: HTML tags and entities, Qt's %n and %1, Python's {0} and {name:spec},
# escaped braces, and a mnemonic's & with its letter (so Alt+letter still works).
_KEEP = re.compile(r"<[^>]*>|&(?:[A-Za-z]+|#\d+);|%L?n|%L?\d+|\{\{|\}\}|\{[^{}]*\}|&&|&\S")
# Texts Qt asks its translators for that are settings, not words.
_NOT_WORDS = {"QT_LAYOUT_DIRECTION"}


def pseudo(text: str) -> str:
    """``text`` accented, stretched by about 40% and between ⟦ ⟧; markup left working."""
    if not text.strip():
        return text
    pieces: list[tuple[str, bool]] = []  # (text, shown): tags are not shown
    at = 0
    for match in _KEEP.finditer(text):
        if match.start() > at:
            pieces.append((text[at : match.start()].translate(_ACCENTED), True))
        kept = match.group()
        pieces.append((kept, not kept.startswith("<")))
        at = match.end()
    if at < len(text):
        pieces.append((text[at:].translate(_ACCENTED), True))
    shown = [i for i, (piece, visible) in enumerate(pieces) if visible and piece.strip()]
    if not shown:
        return text
    first, last = shown[0], shown[-1]
    length = sum(len(piece) for piece, visible in pieces if visible)
    padding = "~" * max(1, math.ceil(length * STRETCH))
    out = [piece for piece, _visible in pieces]
    out[first] = PSEUDO_OPEN + out[first]
    out[last] = out[last] + padding + PSEUDO_CLOSE
    return "".join(out)


def is_pseudo(text: str) -> bool:
    """Whether ``text`` went through the pseudo translator."""
    return PSEUDO_OPEN in text and PSEUDO_CLOSE in text


Key = tuple[str, str, str]  # context, source text, disambiguation


def read_ts(path: Path) -> dict[Key, list[str]]:
    """Every message of a ``.ts`` file and its translation (one text per plural form)."""
    from xml.etree import ElementTree

    out: dict[Key, list[str]] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = (
                []
                if translation is None
                else [f.text or "" for f in translation.iter("numerusform")]
            )
            if translation is not None and not forms:
                forms = [translation.text or ""]
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = forms
    return out


# The contexts Qt itself asks its translators in (standard buttons, wizard buttons, key names,
# undo texts, context menus); its words come with Qt, not from our .ts files.
QT_CONTEXTS = frozenset(
    {
        "QAbstractSpinBox",
        "QCalendarWidget",
        "QColorDialog",
        "QDialogButtonBox",
        "QFileDialog",
        "QInputDialog",
        "QLineEdit",
        "QMessageBox",
        "QPageSetupWidget",
        "QPlatformTheme",
        "QPrintDialog",
        "QPrintPreviewDialog",
        "QPrintPropertiesDialog",
        "QProgressDialog",
        "QScrollBar",
        "QShortcut",
        "QTextControl",
        "QUndoGroup",
        "QUndoModel",
        "QUndoStack",
        "QUnixPrintWidget",
        "QWidgetTextControl",
        "QWizard",
    }
)


class PseudoTranslator(QTranslator):
    """Shows every text of our ``.ts`` (and Qt's own words) as :func:`pseudo` of its English.

    A text asked for that is in neither stays as it is, without markers: it would stay
    untranslated in any language (a ``tr()`` of a variable, or code lupdate files under
    another context). Those are kept in :attr:`missed`.
    """

    def __init__(self, known: dict[Key, list[str]], parent=None):
        super().__init__(parent)
        self.known = known
        self.missed: set[tuple[str, str]] = set()

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text or source_text in _NOT_WORDS:
            return None
        forms = self.known.get((context or "", source_text, disambiguation or ""))
        if forms is None:
            if context in QT_CONTEXTS:
                return pseudo(source_text)
            # None, not "": PySide then asks again in the context of each base class (lupdate
            # files a self.tr() under the class whose code holds it), then shows the source.
            self.missed.add((context, source_text))
            return None
        english = source_text
        if n >= 0 and len(forms) == 2 and all(forms):  # English: one, other
            english = forms[0] if n == 1 else forms[1]
        return pseudo(english)

    def isEmpty(self) -> bool:
        return False

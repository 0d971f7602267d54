"""Keyboard helpers for the planner's windows: one Alt-letter per control, and going to a
field by name (scrolled into view and focused) when it needs attention."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QScrollArea, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt-letter in a control's text ("Sign and &finalise" → "f"), lower case."""
    found = _MNEMONIC.search(text)
    return found.group(1).casefold() if found else None


def _with_letter(plain: str, used: set[str]) -> str:
    """``plain`` with an Alt-letter not in ``used``: a word's first letter if one is free,
    else any letter; unchanged (no Alt-letter) if none is."""
    starts = [m.start() for m in re.finditer(r"\b\w", plain)]
    rest = [i for i, c in enumerate(plain) if c.isalnum() and i not in starts]
    for i in starts + rest:
        if plain[i].casefold() not in used:
            used.add(plain[i].casefold())
            return plain[:i] + "&" + plain[i:]
    return plain


Control = tuple[QWidget, Callable[[], str], Callable[[str], None]]


def _controls(root: QWidget) -> list[Control]:
    found: list[Control] = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QAbstractButton):
            found.append((w, w.text, w.setText))
        elif isinstance(w, QLabel) and w.buddy() is not None:
            found.append((w, w.text, w.setText))
    return found


def tidy_mnemonics(root: QWidget) -> None:
    """Make every Alt-letter in ``root``'s window unique: the first control to claim a
    letter keeps it, later ones take a free letter of their own text (or none). Widgets
    from elsewhere (a shared signature box, say) and translations can then never leave two
    controls on one Alt-letter, where neither would work."""
    used: set[str] = set()
    later = []
    for widget, text, set_text in _controls(root):
        letter = mnemonic(text())
        if letter is None:
            continue
        if letter in used:
            later.append((widget, text, set_text))
        else:
            used.add(letter)
    for _widget, text, set_text in later:
        plain = _MNEMONIC.sub(r"\1", text(), count=1)
        set_text(_with_letter(plain, used))


def no_default_button(root: QWidget) -> None:
    """Enter in a long form moves nothing and saves nothing by surprise: no button of
    ``root`` is clicked by Enter pressed elsewhere (each is still pressed with Space or its
    Alt-letter)."""
    for button in root.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


def go_to(scroll: QScrollArea | None, widget: QWidget | None) -> None:
    """Scroll ``widget`` into view and give it the keyboard."""
    if widget is None:
        return
    body = scroll.widget() if scroll is not None else None
    if scroll is not None and body is not None and body.isAncestorOf(widget):
        scroll.ensureWidgetVisible(widget, 40, 60)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)

"""The contract wizard on a 1366×768 (and 1280×720) screen: nothing cut, no sideways
scrolling, one Alt-letter per control on each page (the wizard's own buttons included),
every input named; the signer box in 420 and in 280 pixels; a typed signature previewed as
it prints; the skills scan's bulk fill; a draft offered once after unlocking."""

from io import BytesIO

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

from mentordesk.services import contracts
from mentordesk.ui.contract_wizard import ContractWizard
from mentordesk.ui.contract_wizard.resume import offer_to_resume
from mentordesk.ui.signature_pad import INK, TYPED_FAMILY, TYPED_POINT_SIZE
from mentordesk.ui.signer_box import SignerBox
from mentordesk.vault.enums import Rater, SignatureMethod, SignerRole
from tests.contract_data import SIGNED_AT, both_signatures, complete_draft

PAGES = contracts.PAGES
SCREENS = {"1366×768": (960, 708), "1280×720": (960, 660)}  # the wizard on each
INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def mnemonic(text: str) -> str | None:
    found = QKeySequence.mnemonic(text)
    return found.toString().removeprefix("Alt+").upper() if not found.isEmpty() else None


def shown(widget: QWidget) -> bool:
    return widget.isVisible()


def inner(widget: QWidget) -> bool:
    """A part of another input (a combo box's line edit, a spin box's text)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def draft_on(vault, qtbot, ops):
    """A complete draft, opened in the wizard on a given page."""
    with vault.transaction() as db:
        draft = complete_draft(db)
        draft.ratings[-1].mentor = None  # one left to rate later
        cid = contracts.start(db, draft)
    opened = []

    def open_on(page: str, size=SCREENS["1366×768"]) -> ContractWizard:
        with vault.transaction() as db:
            contracts.save(db, cid, contracts.load(db, cid)[0], page)
        wizard = ContractWizard(ops, contract_id=cid)
        qtbot.addWidget(wizard)
        wizard.resize(*size)
        wizard.show()
        qtbot.waitUntil(lambda: wizard.currentId() == PAGES.index(page))
        qtbot.wait(10)
        opened.append(wizard)
        return wizard

    yield open_on
    for wizard in opened:
        wizard.autosave.stop()


@pytest.mark.parametrize("page", PAGES)
def test_one_alt_letter_each_and_every_input_named(draft_on, page):
    wizard = draft_on(page)
    letters: dict[str, str] = {}
    clash = []
    buttons = [wizard.button(b) for b in QWizard.WizardButton if wizard.button(b) is not None]
    texts = [(b, b.text()) for b in buttons]  # the wizard's own, shown or not
    page_widget = wizard.currentPage()
    for w in page_widget.findChildren(QWidget):
        if not shown(w):
            continue
        if isinstance(w, QAbstractButton | QLabel):
            texts.append((w, w.text()))
        elif isinstance(w, QGroupBox):
            texts.append((w, w.title()))
    for _widget, text in texts:
        letter = mnemonic(text)
        if letter is None:
            continue
        if letter in letters:
            clash.append(f"Alt+{letter}: {letters[letter]!r} and {text!r}")
        letters[letter] = text
    assert not clash, clash
    buddies = {id(label.buddy()) for label in page_widget.findChildren(QLabel) if label.buddy()}
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in page_widget.findChildren(QWidget)
        if isinstance(w, INPUTS)
        and shown(w)
        and not inner(w)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.accessibleName()
        and id(w) not in buddies
    ]
    assert not unnamed, unnamed


@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("page", PAGES)
def test_nothing_cut_and_no_sideways_scrolling(draft_on, page, screen):
    wizard = draft_on(page, SCREENS[screen])
    body = wizard.currentPage()
    cut = []
    for w in body.findChildren(QWidget):
        if not shown(w) or inner(w):
            continue
        if isinstance(w, QAbstractButton | QComboBox) and w.width() < w.minimumSizeHint().width():
            cut.append(f"{type(w).__name__} {w.accessibleName() or w.property('text')}")
        left = w.mapTo(wizard, QPoint(0, 0)).x()
        if left < 0 or left + w.width() > wizard.width():
            cut.append(f"{type(w).__name__} {w.accessibleName()} outside the window")
    for area in body.findChildren(QAbstractScrollArea):
        if shown(area):
            assert area.horizontalScrollBar().maximum() == 0, f"{page}: scrolls sideways"
    assert not cut, cut


def test_the_rating_words_are_whole(draft_on):
    scan = draft_on("starting_point").currentPage()
    box = scan.grid.all_boxes()[0]
    metrics = box.fontMetrics()
    words = [box.itemText(i) for i in range(box.count())]
    assert words == [
        "Not rated",
        "0 Not yet",
        "1 Aware",
        "2 Developing",
        "3 Competent",
        "4 Confident",
    ]
    room = box.style().subControlRect(
        box.style().ComplexControl.CC_ComboBox,
        _combo_option(box),
        box.style().SubControl.SC_ComboBoxEditField,
        box,
    )
    assert all(metrics.horizontalAdvance(w) <= room.width() for w in words)
    # the header's "Mentee" and "Mentor" stand over their columns
    head = scan.grid.header.findChildren(QLabel)
    mentee_head = next(label for label in head if label.text() == "Mentee")
    assert abs(mentee_head.mapToGlobal(QPoint(0, 0)).x() - box.mapToGlobal(QPoint(0, 0)).x()) < 8


def _combo_option(box: QComboBox):
    from PySide6.QtWidgets import QStyleOptionComboBox

    option = QStyleOptionComboBox()
    option.initFrom(box)
    option.rect = QRect(0, 0, box.width(), box.height())
    return option


def test_consent_is_in_view_without_scrolling(draft_on):
    people = draft_on("stakeholders").currentPage()
    viewport = people.area.viewport()
    for card in people.cards:
        corner = card.consent.mapTo(viewport, QPoint(card.consent.width(), 0))
        assert 0 <= corner.x() <= viewport.width()
        assert card.consent.text() == "Records may be shared with them"
    assert people.area.horizontalScrollBar().maximum() == 0


def test_bulk_fill_sets_only_the_unrated_in_one_column(draft_on):
    scan = draft_on("starting_point").currentPage()
    boxes = scan.grid.boxes
    for mentee, _mentor in boxes[:3]:
        mentee.set_value(None)
    boxes[1][0].set_value(4)
    assert scan.counter.text().startswith("3 rating")  # 2 mentee + the mentor's left later
    [_fill_two] = [
        a for a in scan.bulk[Rater.MENTEE].menu().actions() if a.text() == "2 Developing"
    ]
    _fill_two.trigger()
    assert [pair[0].value() for pair in boxes[:3]] == [2, 4, 2]
    assert boxes[-1][1].value() is None  # the other column is left alone
    assert scan.counter.text().startswith("1 rating")
    scan.bulk[Rater.MENTOR].menu().actions()[0].trigger()  # 0 Not yet
    assert boxes[-1][1].value() == 0
    assert scan.counter.text() == "Every KSB is rated by both of you."
    assert not scan.bulk[Rater.MENTEE].isEnabled()


@pytest.mark.parametrize("width", [420, 280])
def test_the_signer_box_fits(qtbot, width):
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    boxes = [SignerBox(SignerRole.MENTEE, "Mentee"), SignerBox(SignerRole.EMPLOYER, "Employer")]
    for box in boxes:
        layout.addWidget(box)
    row.resize(2 * width + layout.spacing(), 260)
    row.show()
    qtbot.waitExposed(row)
    for box in boxes:
        assert box.minimumSizeHint().width() <= 260
        for part in (box.draw, box.type, box.clear, box.name):
            assert part.width() >= part.sizeHint().width() or isinstance(part, QLineEdit)
            assert box.rect().contains(QRect(part.mapTo(box, QPoint(0, 0)), part.size()))
    assert boxes[0].type.text() == "Type my name" and boxes[0].clear.text() == "Clear"


def ink(pad) -> int:
    image = pad.grab().toImage()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if QColor(image.pixel(x, y)).lightness() < 110
    )


def test_a_typed_name_is_previewed_as_printed(qtbot):
    box = SignerBox(SignerRole.MENTEE, "Mentee")
    qtbot.addWidget(box)
    box.resize(420, 240)
    box.show()
    qtbot.waitExposed(box)
    qtbot.keyClicks(box.name, "Priya")
    assert not box.pad.is_typed() and ink(box.pad) == 0
    box.type.click()
    assert box.pad.is_typed() and not box.clear.isEnabled()
    short = ink(box.pad)
    assert short > 0
    qtbot.keyClicks(box.name, " Patel")  # the preview follows the typing
    assert ink(box.pad) > short
    assert box.pad.accessibleDescription() == "Typed signature: Priya Patel"
    font = box.pad.typed_font()
    assert (font.family(), font.italic(), font.pointSizeF()) == (
        TYPED_FAMILY,
        True,
        TYPED_POINT_SIZE,
    )
    box.draw.click()
    assert not box.pad.is_typed() and ink(box.pad) == 0 and box.clear.isEnabled()
    assert box.signature(SIGNED_AT).method is SignatureMethod.DRAWN
    assert INK.lightness() < 110


def test_the_pdf_prints_a_typed_name_as_the_preview_shows_it(vault):
    import pypdf

    with vault.transaction() as db:
        draft = complete_draft(db)
        cid = contracts.start(db, draft)
        contracts.sign(db, cid, draft, both_signatures(mentor="Sam Okafor"), now=SIGNED_AT)
        pdf = contracts.contract_pdf(db, cid, SIGNED_AT)
    seen = []

    def visit(text, _cm, _tm, font, size):
        if "Sam Okafor" in text and font is not None:
            seen.append((font.get("/BaseFont"), size))

    for page in pypdf.PdfReader(BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    assert (f"/{TYPED_FAMILY}-Oblique", TYPED_POINT_SIZE) in seen, seen


def test_a_draft_is_offered_once_and_not_now_is_remembered(vault, qtbot, ops, monkeypatch):
    with vault.transaction() as db:
        cid = contracts.start(db, complete_draft(db))
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    asked = []

    def answer_not_now(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Not now").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_not_now)
    assert offer_to_resume(parent, ops) is None
    assert asked == [
        "The contract for Priya Patel was left part-way: continue it now, or later from Contracts."
    ]
    assert offer_to_resume(parent, ops, ask=lambda *_: asked.append("again") or True) is None
    assert asked[-1] != "again"  # the next unlock does not ask
    with vault.transaction() as db:
        second = contracts.start(db, complete_draft(db, "Ama Boateng"))
    assert offer_to_resume(parent, ops, ask=lambda _p, name: name == "Ama Boateng") == second
    assert cid != second

"""A new contract made with the keyboard alone: every key goes to the focused widget, as a
mentor's keyboard would send it (no mouse, no setters), from a new mentee's name to three
signatures, the skills scan rated by digits and the signatures typed."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from sqlalchemy import select

from mentordesk.services import contracts, mentees
from mentordesk.ui.contract_wizard import ContractWizard
from mentordesk.vault.models import KsbRating, Rater, Signature
from tests.conftest import TODAY

PAGE = {key: n for n, key in enumerate(contracts.PAGES)}
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), k, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab(qtbot, times: int = 1) -> None:
    key(qtbot, Qt.Key.Key_Tab, times=times)


def alt(qtbot, letter: str) -> None:
    """Alt+letter, and the short wait a button's mnemonic takes to click it (Qt shows the
    button pressed for a moment first)."""
    key(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
    qtbot.wait(200)


def next_page(qtbot, wizard, expect: str) -> None:
    alt(qtbot, "N")  # the wizard's "Next >": Alt+N means nothing else
    assert wizard.currentId() == PAGE[expect], wizard.currentPage().error.text()


def test_a_new_contract_by_keyboard_only(vault, qtbot, ops):
    wizard = ContractWizard(ops)
    qtbot.addWidget(wizard)
    wizard.resize(960, 708)  # as on a 1366×768 screen
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)

    # 1. Mentee and programme: the name field has the focus from the start.
    page = wizard.currentPage()
    assert focused() is page.new_name
    type_text(qtbot, "Priya Patel")
    tab(qtbot)
    assert focused() is page.standard
    type_text(qtbot, "ST1379")  # a combo box finds the item as its name is typed
    assert page.standard.currentText().startswith("ST1379")
    tab(qtbot)
    assert focused() is page.start  # today's date, from the clock
    tab(qtbot)
    assert focused() is page.has_end  # no planned end: on to the hours
    tab(qtbot)
    assert focused() is page.otj
    type_text(qtbot, "278")
    next_page(qtbot, wizard, "starting_point")

    # 2. The skills scan, rated by digits; Tab goes row by row, the mentee then the mentor.
    scan = wizard.currentPage()
    boxes = scan.grid.all_boxes()
    assert len(boxes) == 70 and focused() is boxes[0]
    assert scan.counter.text().startswith("70 ")
    for n, box in enumerate(boxes[:-1]):
        assert focused() is box, f"Tab reached {focused().accessibleName()}, not {n}"
        key(qtbot, str(n % 5))
        assert scan.counter.text().startswith(f"{69 - n} ")  # counts down as you rate
        tab(qtbot)
    assert focused() is boxes[-1]  # the last KSB's mentor rating: left to rate later
    assert boxes[-1].accessibleName().endswith("mentor rating")
    assert scan.counter.text().startswith("1 rating")
    tab(qtbot)
    assert focused() is scan.bulk[Rater.MENTEE]
    tab(qtbot, 2)
    assert focused() is scan.summary
    type_text(qtbot, "Experienced nurse, new to mentoring")
    next_page(qtbot, wizard, "goals")

    # 3. A goal: Alt+A adds one and puts the keyboard in its title.
    goals = wizard.currentPage()
    alt(qtbot, "A")
    assert focused() is goals.goal_title
    type_text(qtbot, "Plan sessions with a model")
    tab(qtbot)
    type_text(qtbot, "Use GROW to plan every session")
    tab(qtbot)
    type_text(qtbot, "Plans reviewed at each progress review")
    tab(qtbot, 3)  # achievable, relevant: optional
    assert focused() is goals.target  # 24 weeks after the start, as offered
    tab(qtbot)
    assert focused() is goals.ksbs
    key(qtbot, Qt.Key.Key_Down, times=2)  # K3
    key(qtbot, Qt.Key.Key_Space)  # ticks it
    next_page(qtbot, wizard, "barriers")

    # 4-5. No barriers; the boundaries as offered.
    next_page(qtbot, wizard, "boundaries")
    next_page(qtbot, wizard, "stakeholders")

    # 6. Stakeholders: the first card's name has the focus; a bad email is named.
    people = wizard.currentPage()
    grace, tom = people.cards
    assert focused() is grace.name
    type_text(qtbot, "Grace Obi")
    tab(qtbot)  # "Other role" is only for role Other: skipped
    assert focused() is grace.organisation
    tab(qtbot)
    type_text(qtbot, "grace@")
    alt(qtbot, "N")
    assert wizard.currentId() == PAGE["stakeholders"]
    assert "Stakeholder 1 (Grace Obi): “grace@” is not an email" in people.error.text()
    assert focused() is grace.email  # still where the mistake is
    type_text(qtbot, "example.org")
    tab(qtbot, 2)
    type_text(qtbot, "Monthly update")
    tab(qtbot)
    assert focused() is grace.consent
    key(qtbot, Qt.Key.Key_Space)
    tab(qtbot)
    type_text(qtbot, "Progress reviews")
    tab(qtbot, 3)  # Remove, then the next card's role
    assert focused() is tom.name
    type_text(qtbot, "Tom Reid")
    tab(qtbot, 3)
    assert focused() is tom.phone
    type_text(qtbot, "01632 960123")
    next_page(qtbot, wizard, "sign")

    # 7. Sign: each signer types their name; the employer is ticked in with Alt+P.
    sign = wizard.currentPage()
    assert focused() is sign.review
    tab(qtbot)
    assert focused() is sign.mentee.name
    tab(qtbot)
    assert focused() is sign.mentee.draw
    key(qtbot, Qt.Key.Key_Right)  # radio buttons: the arrow moves to "Type my name"
    assert sign.mentee.type.isChecked() and sign.mentee.pad.is_typed()
    alt(qtbot, "P")  # Em&ployer (optional)
    assert sign.employer.signs()
    tab(qtbot)
    assert focused() is sign.employer.name and sign.employer.name.text() == "Grace Obi"
    tab(qtbot)
    key(qtbot, Qt.Key.Key_Right)
    assert sign.employer.type.isChecked()
    alt(qtbot, "T")  # Men&tor
    assert sign.mentor.isAncestorOf(focused())
    while focused() is not sign.mentor.draw:
        tab(qtbot)
    key(qtbot, Qt.Key.Key_Right)
    assert sign.mentor.type.isChecked()
    alt(qtbot, "S")  # &Sign and agree
    assert wizard.signed_contract_id is not None, sign.error.text()
    cid = wizard.signed_contract_id

    with vault.session() as db:
        c = contracts.get(db, cid)
        m = mentees.get(db, c.mentee_id)
        assert (m.full_name, m.start_date, m.otj_hours_target) == ("Priya Patel", TODAY, 278)
        draft, _ = contracts.load(db, cid)
        assert draft.starting_point == "Experienced nurse, new to mentoring"
        assert [(r.mentee, r.mentor) for r in draft.ratings[:3]] == [(0, 1), (2, 3), (4, 0)]
        assert (draft.ratings[-1].mentee, draft.ratings[-1].mentor) == (68 % 5, None)
        assert len(db.scalars(select(KsbRating).where(KsbRating.contract_id == cid)).all()) == 69
        [goal] = draft.goals
        assert goal.title == "Plan sessions with a model" and goal.ksb_codes == ["K3"]
        assert goal.target_date == TODAY + timedelta(weeks=24)
        assert [(p.name, p.email, p.consent, p.what_is_shared) for p in draft.stakeholders] == [
            ("Grace Obi", "grace@example.org", True, "Progress reviews"),
            ("Tom Reid", "", False, ""),
        ]
        signed = {
            s.signer_role.value: (s.signer_name, s.method.value)
            for s in db.scalars(select(Signature).where(Signature.contract_id == cid))
        }
    assert signed == {
        "mentee": ("Priya Patel", "typed"),
        "employer": ("Grace Obi", "typed"),
        "mentor": ("Test Mentor", "typed"),
    }


def test_digits_rate_without_opening_the_list(vault, qtbot, ops):
    """A digit sets the focused rating at once (no type-ahead search, no pop-up list);
    digits off the scale change nothing; Delete leaves it to rate later."""
    wizard = ContractWizard(ops)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    type_text(qtbot, "Ama Boateng")
    tab(qtbot)
    type_text(qtbot, "ST0148")
    next_page(qtbot, wizard, "starting_point")
    scan = wizard.currentPage()
    first = focused()
    assert isinstance(first, QComboBox) and first.accessibleName() == "K1 mentee rating"
    assert first.currentText() == "Not rated"
    key(qtbot, "7")
    assert first.currentData() is None
    key(qtbot, "3")
    key(qtbot, "2")  # quickly after: the last digit counts
    assert first.currentData() == 2 and first.currentText() == "2 Developing"
    assert not first.view().isVisible() and focused() is first
    assert scan.counter.text().startswith(f"{2 * len(scan.grid.boxes) - 1} rating")
    key(qtbot, Qt.Key.Key_Delete)
    assert first.currentData() is None
    tab(qtbot)
    assert focused().accessibleName() == "K1 mentor rating"
    tab(qtbot)
    assert focused().accessibleName() == "K2 mentee rating"
    key(qtbot, Qt.Key.Key_Tab, SHIFT)
    key(qtbot, Qt.Key.Key_Tab, SHIFT)
    assert focused() is first

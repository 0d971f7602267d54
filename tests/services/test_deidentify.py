"""The de-identification check finds names, dates of birth, ULNs and phone numbers, and
leaves ordinary words, this year's dates, session lengths and KSB codes alone."""

from datetime import date

import pytest

from mentordesk.services.deidentify import Finding, find, uln_check_digit_ok

TODAY = date(2026, 11, 24)
VAULT = {
    "Violet Evans": "mentee",
    "Will Jones": "line manager",
    "Mark Okafor": "mentee",
    "Grace Hall": "mentee",
    "May Lee": "mentee",
    "Jo Li": "mentee",
}


def found(text: str, **extra) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find(text, names=VAULT, today=TODAY, **extra)]


def test_finds_a_name_a_date_of_birth_a_uln_and_a_phone_number():
    text = (
        "Met Violet Evans today. Her DOB is 03/04/1990, ULN 9276308686; "
        "she asked me to ring her on 07700 900123."
    )
    findings = find(text, names=VAULT, today=TODAY)
    assert [(f.kind, f.text) for f in findings] == [
        ("name", "Violet Evans"),
        ("date_of_birth", "03/04/1990"),
        ("uln", "9276308686"),
        ("phone", "07700 900123"),
    ]
    for f in findings:
        assert text[f.start : f.end] == f.text
        assert f.reason and "\n" not in f.reason
    assert findings[0].reason == "Names a mentee held in the vault: Violet Evans"
    assert "DOB" in findings[1].reason
    assert "valid check digit" in findings[2].reason
    assert "mobile" in findings[3].reason


def test_names_whole_words_in_any_case_and_spacing_and_parts_of_names():
    assert found("VIOLET   evans came late") == [("name", "VIOLET   evans")]
    assert found("Evans's manager, and okafor too") == [("name", "Evans"), ("name", "okafor")]
    assert found("Evansville and Markham are places") == []
    # A name given as a plain list of names is "a person".
    (f,) = find("I met Okafor", names=["Mark Okafor"], today=TODAY)
    assert f.reason == "Could name a person, Mark Okafor, held in the vault"
    # A word of fewer than 3 letters counts alone only with its capital; the full name in
    # any case.
    assert found("Jo said Li was there; Jo Li agreed") == [
        ("name", "Jo"),
        ("name", "Li"),
        ("name", "Jo Li"),
    ]
    assert found("I go to jo; li po; jo li") == [("name", "jo li")]


def test_names_that_are_ordinary_words_count_only_with_a_capital():
    ordinary = "I will mark it before the grace period ends; you may hope so."
    assert found(ordinary) == []
    assert found("Will said he would try, and I asked Grace and Mark.") == [
        ("name", "Will"),
        ("name", "Grace"),
        ("name", "Mark"),
    ]
    (will,) = find("Will said so", names=VAULT, today=TODAY)
    assert "Will Jones" in will.reason and "ordinary word" in will.reason
    # Without such a person in the vault, a capital is only a capital.
    assert find("Will said so", names=["Violet Evans"], today=TODAY) == []


def test_dates_of_birth_in_the_common_uk_forms():
    for written in (
        "03/04/1990",
        "3.4.1990",
        "3-4-1990",
        "1990-04-03",
        "3 April 1990",
        "3rd April 1990",
        "3rd of Apr. 1990",
        "April 3, 1990",
    ):
        assert found(f"It was {written}, I think.") == [("date_of_birth", written)], written
    # Any full date next to a word for birth, however recent, and two-digit years there.
    assert found("born on 1 June 2020") == [("date_of_birth", "1 June 2020")]
    assert found("D.O.B. 03/04/12") == [("date_of_birth", "03/04/12")]
    assert found("date of birth: 3/4/90") == [("date_of_birth", "3/4/90")]
    # Not a real date, not a full date, or too recent to be someone's of 14 or over.
    assert found("31/02/1990, April 1990, 3 April, 12/2012, 1 Dec 2012") == []
    # 14 years ago to the day counts; a day later does not.
    assert found("24/11/2012") == [("date_of_birth", "24/11/2012")]
    assert found("25/11/2012") == []


def test_ordinary_dates_lengths_numbers_and_ksb_codes_are_left_alone():
    text = (
        "On 24 Nov 2026 we met for 60 minutes (1.5 hours last time) and went through K12, "
        "S13 and B5 over 12 weeks in 2026; next session 01/12/2026 at 10:30, room 0.12, "
        "version 2.3.1, score 45/60. A one-hour call on the 0800 123 4567 helpline was born "
        "of need. Born in 2001."
    )
    assert found(text) == []


def test_ulns_with_spaces_and_a_wrong_check_digit():
    assert uln_check_digit_ok("9276308686")
    assert not uln_check_digit_ok("9276308687")
    assert not uln_check_digit_ok("0276308686")
    assert found("ULN 92763 08686.") == [("uln", "92763 08686")]
    (wrong,) = find("ULN 1234567890", names=(), today=TODAY)
    assert wrong.kind == "uln" and "check digit is wrong" in wrong.reason
    # Nine or eleven digits, or ten inside a longer code, are not ULNs.
    assert found("ref 123456789, 12345678901, AB1234567890") == []


def test_uk_phone_numbers_in_their_usual_forms():
    for written in (
        "07700 900123",
        "07700-900-123",
        "07700900123",
        "+44 7700 900123",
        "+447700900123",
        "+44 (0)7700 900123",
        "0044 7700 900123",
        "(01632) 960123",
        "01632 960123",
        "020 7946 0018",
        "+44 20 7946 0018",
    ):
        assert found(f"Call {written} today") == [("phone", written)], written
    # Too short, too long, not UK personal numbers, or dates written with dashes.
    assert found("Call 07700 9001 or 020 7946 00181 or 0800 123 4567, 01-02-2026") == []


def test_accepted_findings_are_not_reported_again():
    text = "Will said Violet Evans would call 07700 900123."
    assert len(found(text)) == 3
    assert found(text, accepted=["will", "07700  900123"]) == [("name", "Violet Evans")]
    # Accepting a full name does not bring up its parts instead.
    assert found("Violet Evans", accepted=["Violet Evans"]) == []


def test_a_date_is_a_date_even_with_a_name_in_it_and_findings_do_not_overlap():
    findings = find("On 3 May 1990 May Lee was born.", names=VAULT, today=TODAY)
    assert [(f.kind, f.text) for f in findings] == [
        ("date_of_birth", "3 May 1990"),
        ("name", "May Lee"),
    ]
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:], strict=False))


def test_findings_are_frozen():
    (f,) = find("Violet Evans", names=VAULT, today=TODAY)
    assert isinstance(f, Finding)
    with pytest.raises(AttributeError):
        f.text = "x"  # type: ignore[misc]


def test_names_are_found_whatever_their_accents_apostrophes_and_hyphens():
    names = {"Siobhán O'Neill": "mentee", "Mary-Jane Smith": "mentee", "Jo Read": "mentee"}
    text = "Siobhan met O’Neill's manager; Mary Jane and mary-jane smith; Jo; I will read it."
    found = [f.text for f in find(text, names=names, today=date(2026, 11, 24))]
    assert found == ["Siobhan", "O’Neill", "Mary", "Jane", "mary-jane smith", "Jo"]


def test_a_date_of_birth_written_day_month_year_with_hyphens_is_found():
    (f,) = find("DOB 03-Apr-1990.", names=[], today=date(2026, 11, 24))
    assert (f.kind, f.text) == ("date_of_birth", "03-Apr-1990")

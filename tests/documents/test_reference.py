"""How records name themselves, their programme and their dates."""

from datetime import UTC, date, datetime

import pytest

from mentordesk.documents.reference import human_ref, long_date, long_time, programme_name


def test_human_reference_per_kind_of_record():
    assert human_ref("contract", 9) == "MD-C-0009"
    assert human_ref("review", 9) == "MD-R-0009"
    assert human_ref("contract", 12345) == "MD-C-12345"  # grows, never cut
    with pytest.raises(ValueError, match="not a kind of printed record"):
        human_ref("session", 1)


def test_programme_name_carries_code_level_and_version():
    assert programme_name("Learning mentor", "ST0148", 3) == "Learning mentor (ST0148, level 3)"
    assert (
        programme_name("Learning and skills mentor", "ST1379", 4, "1.0")
        == "Learning and skills mentor (ST1379, level 4, version 1.0)"
    )
    assert programme_name("Imported standard", "ST9999", None) == "Imported standard (ST9999)"


def test_dates_in_words():
    assert long_date(date(2026, 9, 1)) == "1 September 2026"
    assert long_date(None) == "—"
    moment = datetime(2026, 9, 1, 10, 30, tzinfo=UTC)
    local = moment.astimezone()
    assert long_time(moment) == f"{local.day} {local:%B %Y}, {local:%H:%M}"

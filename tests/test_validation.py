import pytest

from mentordesk.validation import is_email


@pytest.mark.parametrize(
    "text",
    ["tom.nowak@example.nhs.uk", "t+mentor@example.org", " ana@sub.example-trust.co.uk "],
)
def test_real_addresses_pass(text):
    assert is_email(text)


@pytest.mark.parametrize(
    "text",
    [
        "tom@",
        "@example.org",
        "tom@nhs",
        "tom nowak@example.org",
        "tom@@x.org",
        "tom@.org",
        "tom@example.org;",
        "Tom <tom@example.org>",
    ],
)
def test_what_is_not_an_address_is_refused(text):
    assert not is_email(text)

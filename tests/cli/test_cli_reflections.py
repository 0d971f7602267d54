"""``mentordesk export reflections``: final reflections of a period as signed reflective
accounts, with what still names someone listed on the error stream."""

from __future__ import annotations

import stat
from datetime import date

import pytest

from mentordesk import cli
from mentordesk.cli import main
from mentordesk.services import mentees, reflections
from mentordesk.services.reflections import ReflectionDraft
from mentordesk.vault import Vault
from tests.conftest import NOW, PASSPHRASE, fixed_clock
from tests.documents.pdftext import text


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def written(vault_dir, with_passphrase, monkeypatch):
    monkeypatch.setattr(cli, "CLOCK", fixed_clock())
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault, vault.transaction() as db:
        for day, title, words, final in [
            (date(2026, 2, 3), "Feedback that landed badly", "In a corridor, in a hurry.", True),
            (date(2026, 9, 8), "Noticing my assumptions", "Zofia Brenner said no to it.", True),
            (date(2026, 10, 1), "An unfinished draft", "Half a thought.", False),
        ]:
            draft = ReflectionDraft(title, day, "driscoll", {"what": words})
            rid = reflections.save_draft(db, draft, today=day)
            if final:
                reflections.finalise(db, rid, draft, now=NOW)
        mentees.create(db, mentees.MenteeData("Zofia Brenner"))  # came later
    return ("--vault", str(vault_dir))


def test_export_reflections_holds_final_ones_and_warns_of_names(written, tmp_path, capsys):
    out = tmp_path / "accounts.pdf"
    code, printed, err = run(capsys, "export", "reflections", *written, "--out", str(out))
    assert code == 0
    assert printed.strip() == f"2 final reflections signed and written to {out}"
    assert err.count("Check before sharing") == 1
    assert "Noticing my assumptions" in err and "Zofia Brenner" in err
    words = text(out.read_bytes())
    assert "Feedback that landed badly" in words and "An unfinished draft" not in words
    assert "MD-A-0001" in words and stat.S_IMODE(out.stat().st_mode) == 0o600


def test_export_reflections_over_a_period(written, tmp_path, capsys):
    out = tmp_path / "spring.pdf"
    code, printed, err = run(
        capsys, "export", "reflections", *written, "--from", "2026-01-01", "--to", "2026-06-30",
        "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert printed.startswith("1 final reflection signed")
    assert "Noticing my assumptions" not in text(out.read_bytes())


def test_a_period_that_ends_before_it_starts_is_refused(written, tmp_path, capsys):
    out = tmp_path / "none.pdf"
    code, _printed, err = run(
        capsys, "export", "reflections", *written, "--from", "2026-06-01", "--to", "2026-01-01",
        "--out", str(out),
    )  # fmt: skip
    assert code == 1 and "ends" in err and not out.exists()

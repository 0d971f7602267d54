"""``mentordesk export cpd`` from the command line: the signed CPD record over a period."""

from __future__ import annotations

import stat
from datetime import date

import pytest

from mentordesk import cli
from mentordesk.cli import main
from mentordesk.services import cpd
from mentordesk.services.cpd import CpdDraft
from mentordesk.vault import Vault
from mentordesk.vault.enums import CpdKind
from tests.conftest import PASSPHRASE, fixed_clock
from tests.documents.pdftext import text


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def logged(vault_dir, with_passphrase, monkeypatch):
    monkeypatch.setattr(cli, "CLOCK", fixed_clock())  # today: 23 November 2026
    with Vault.open_with_passphrase(vault_dir, PASSPHRASE) as vault, vault.transaction() as db:
        for day, title, hours, together in [
            (date(2023, 11, 23), "Before the three years", 5.0, False),
            (date(2023, 11, 24), "Conference on mentoring", 6.0, True),
            (date(2026, 3, 2), "Coaching webinar", 1.5, False),
        ]:
            cpd.create(
                db, CpdDraft(day, title, CpdKind.CONFERENCE.value, hours, participatory=together)
            )
    return ("--vault", str(vault_dir))


def test_export_cpd_defaults_to_the_three_years_ending_today(logged, tmp_path, capsys):
    out = tmp_path / "cpd.pdf"
    code, printed, err = run(capsys, "export", "cpd", *logged, "--out", str(out))
    assert (code, err) == (0, "")
    assert printed.strip() == (
        "CPD record of 24 November 2023 to 23 November 2026 (2 activities, 7.5 hours, "
        f"6 participatory) signed and written to {out}"
    )
    words = text(out.read_bytes())
    assert "Conference on mentoring" in words and "Before the three years" not in words
    assert "MD-P-0001" in words and stat.S_IMODE(out.stat().st_mode) == 0o600


def test_export_cpd_over_a_chosen_period(logged, tmp_path, capsys):
    out = tmp_path / "2026.pdf"
    code, printed, _ = run(
        capsys, "export", "cpd", *logged, "--from", "2026-01-01", "--to", "2026-12-31",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0 and "1 January 2026 to 31 December 2026 (1 activities" in printed
    words = text(out.read_bytes())
    assert "Coaching webinar" in words and "Conference on mentoring" not in words
    code, printed, _ = run(capsys, "export", "cpd", *logged, "--to", "2023-12-31",
                           "--out", str(tmp_path / "old.pdf"))  # fmt: skip
    assert code == 0 and "of 1 January 2021 to 31 December 2023 (2 activities" in printed


def test_export_cpd_refusals_are_one_line(logged, tmp_path, capsys):
    code, _, err = run(capsys, "export", "cpd", *logged, "--from", "2026-02-01",
                       "--to", "2026-01-01", "--out", str(tmp_path / "x.pdf"))  # fmt: skip
    assert code == 1 and err == (
        "mentordesk: The period starts on 1 February 2026, after its end on 1 January 2026; "
        "choose an end on or after the start.\n"
    )
    code, _, err = run(capsys, "export", "cpd", *logged, "--out", str(tmp_path))
    assert code == 1 and err.strip().endswith("is a folder; give a file name ending in .pdf.")
    with pytest.raises(SystemExit) as usage:
        main(["export", "cpd", *logged, "--from", "2026-02-30", "--out", str(tmp_path / "x.pdf")])
    err = capsys.readouterr().err
    assert usage.value.code == 2 and "'2026-02-30' is not a date like 2026-11-23" in err
    assert not list(tmp_path.glob("*.pdf")) and "Traceback" not in err

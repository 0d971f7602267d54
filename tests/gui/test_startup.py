"""`mentordesk gui --exit-after-load` in a fresh process, as a smoke run and benchmark use it.

The first screen is built without the ORM (the dashboard reads with plain SQL); these tests
run the real command line in a child process and look at what it loaded.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE, snapshot

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from mentordesk.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(m for m in sys.modules if m.startswith(
    ("sqlalchemy", "alembic", "reportlab", "zxcvbn", "mentordesk.ui.mentees_page", "pyhanko",
     "pypdfium2")))}))
"""


def run_gui(vault_dir: Path, *args: str, passphrase: str = PASSPHRASE) -> tuple[dict, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MENTORDESK_PASSPHRASE=passphrase)
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, "gui", "--vault", str(vault_dir), "--exit-after-load", *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1]), proc.stderr


def test_dashboard_is_shown_without_loading_the_orm(vault_dir):
    result, _ = run_gui(vault_dir)
    assert result == {"code": 0, "modules": []}


def test_visiting_every_page_loads_what_each_needs(vault_dir):
    result, _ = run_gui(vault_dir, "--visit-all")
    assert result["code"] == 0
    assert "sqlalchemy.orm" in result["modules"]
    assert "mentordesk.ui.mentees_page" in result["modules"]
    assert "reportlab" not in result["modules"]  # only when a PDF is made
    assert not [m for m in result["modules"] if m.startswith(("pyhanko", "pypdfium2"))]


def test_wrong_passphrase_fails_without_waiting_on_a_dialog(vault_dir):
    before = snapshot(vault_dir)
    result, stderr = run_gui(vault_dir, passphrase="not the passphrase at all")
    assert result["code"] == 1
    assert "passphrase is not right" in stderr
    assert snapshot(vault_dir) == before


def test_missing_vault_fails_with_a_message(tmp_path):
    result, stderr = run_gui(tmp_path / "nothing-here")
    assert result["code"] == 1
    assert "There is no vault in" in stderr
    assert not (tmp_path / "nothing-here").exists()

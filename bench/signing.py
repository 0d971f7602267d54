"""Signing and verifying a progress review PDF: cold (a fresh interpreter, pyHanko's lazy
import included) and warm, against the 0.5 s targets; and that starting the app imports
neither pyHanko nor ReportLab.

    PYTHONPATH=. python bench/signing.py
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 0.5
RUNS = 5

CHILD = r"""
import json, sys, time
from datetime import UTC, datetime
from mentordesk.documents.layout import Layout, build_pdf
from mentordesk.documents.model import Section
from mentordesk.documents.signing import make_identity
now = datetime(2026, 11, 24, 14, 2, tzinfo=UTC)
rows = [(f"K{n}", "Plans and delivers a session with a recognised model " * 3) for n in range(60)]
built = build_pdf(Layout(heading="Progress review", reference="MD-R-0004",
    intro=["Priya Patel, reviewed with Jane Doe."], sections=[Section("KSBs", rows)],
    signatures=[], sign_statement="We agree.", footer="Progress review", title="t",
    author="Jane Doe", subject="Progress review"))
identity = make_identity("Jane Doe", "St Mary's Hospital", now)
assert "pyhanko" not in sys.modules
figures = {"pages": built.data.count(b"/Type /Page\n")}
t = time.perf_counter()
from mentordesk.documents.signing import sign_record
signed = sign_record(built, identity, reference="MD-R-0004", now=now)
figures["sign_cold"] = time.perf_counter() - t
t = time.perf_counter()
signed = sign_record(built, identity, reference="MD-R-0004", now=now)
figures["sign_warm"] = time.perf_counter() - t
mode = sys.argv[1]
if mode == "verify":
    # a fresh interpreter for the cold verify: pyHanko's import counted again
    open(sys.argv[2], "wb").write(signed)
    open(sys.argv[3], "wb").write(identity.cert_der)
print(json.dumps(figures))
"""

VERIFY = r"""
import json, sys, time
from datetime import UTC, datetime
data = open(sys.argv[1], "rb").read(); cert = open(sys.argv[2], "rb").read()
now = datetime(2026, 11, 24, 15, tzinfo=UTC)
t = time.perf_counter()
from mentordesk.documents.verify import verify_pdf
verdict = verify_pdf(data, [cert], now)
cold = time.perf_counter() - t
t = time.perf_counter()
verify_pdf(data, [cert], now)
warm = time.perf_counter() - t
assert verdict.ok, verdict.headline
print(json.dumps({"verify_cold": cold, "verify_warm": warm, "kib": len(data) / 1024}))
"""

START = r"""
import json, sys
import mentordesk.ui.app, mentordesk.ui.main_window
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("pyhanko", "reportlab")))))
"""


def child(code: str, *args: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    import tempfile

    signs, verifies = [], []
    with tempfile.TemporaryDirectory() as tmp:
        pdf, cert = str(Path(tmp) / "review.pdf"), str(Path(tmp) / "cert.der")
        for _ in range(RUNS):
            signs.append(child(CHILD, "verify", pdf, cert))
            verifies.append(child(VERIFY, pdf, cert))
    start = child(START)

    def best(rows: list[dict], key: str) -> float:
        return sorted(r[key] for r in rows)[len(rows) // 2]  # the median of the runs

    rows = [
        ("sign, cold (pyHanko imported)", best(signs, "sign_cold")),
        ("sign, warm", best(signs, "sign_warm")),
        ("verify, cold (pyHanko imported)", best(verifies, "verify_cold")),
        ("verify, warm", best(verifies, "verify_warm")),
    ]
    print(
        f"Signing a {signs[0]['pages']}-page review ({verifies[0]['kib']:.0f} KiB signed), "
        f"median of {RUNS} fresh interpreters"
    )
    for name, seconds in rows:
        verdict = "ok" if seconds < TARGET_S else "MISSED"
        ratio = seconds / TARGET_S
        print(
            f"  {name:<34} {seconds * 1000:7.0f} ms  {ratio:4.2f} of the {TARGET_S}s target  "
            f"{verdict}"
        )
    print(
        f"  start path imports of pyHanko/ReportLab: {start or 'none'}  "
        f"{'ok' if not start else 'MISSED'}"
    )


if __name__ == "__main__":
    main()

"""The command line given broken or hostile calendar and standards files: one line on
stderr, exit 1, no traceback, and the vault's files as they were."""

import json
import stat

import pytest

from mentordesk.cli import main
from mentordesk.services.sessions import ics
from mentordesk.standards.shipped import shipped_files
from tests.conftest import snapshot


def refused(capsys, vault_dir, *argv) -> str:
    before = snapshot(vault_dir)
    code = main([*argv, "--vault", str(vault_dir)])
    out, err = capsys.readouterr()
    assert code == 1 and out == "", (code, out, err)
    assert err.startswith("mentordesk: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and len(err) < 400 and err.strip().isprintable(), err
    assert snapshot(vault_dir) == before
    return err.strip()


EVENT = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Catch-up\r\n"
    b"DTSTART:20270615T100000Z\r\n%s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)

CALENDARS = [
    ("two DTEND", EVENT % b"DTEND:20270615T110000Z\r\nDTEND:20270615T120000Z",
     "mentordesk: “Catch-up” has 2 end times; an invitation has one."),
    ("DURATION garbage", EVENT % b"DURATION:garbage",
     "mentordesk: “Catch-up” has a duration that cannot be read: garbage"),
    ("binary", bytes(range(256)) * 40,
     "mentordesk: This is not a calendar file: it holds binary data (NUL bytes)."),
    ("UTF-16 without a mark", (EVENT % b"X:1").decode().encode("utf-16-le"),
     "mentordesk: The calendar file is UTF-16 text without a byte-order mark; "
     "save it from your calendar again as UTF-8."),
]  # fmt: skip


@pytest.mark.parametrize("data, line", [c[1:] for c in CALENDARS], ids=[c[0] for c in CALENDARS])
def test_import_ics_refuses_in_one_line(vault_dir, with_passphrase, capsys, tmp_path, data, line):
    path = tmp_path / "in.ics"
    path.write_bytes(data)
    assert refused(capsys, vault_dir, "import", "ics", str(path)) == line


def test_import_ics_refuses_a_huge_file_by_name(vault_dir, with_passphrase, capsys, tmp_path):
    path = tmp_path / "huge.ics"
    with open(path, "wb") as fh:
        fh.truncate(ics.MAX_BYTES + 1)
    line = refused(capsys, vault_dir, "import", "ics", str(path))
    assert line.startswith(f"mentordesk: {path} is larger than 10 MiB")


def test_standards_import_of_deeply_nested_json(vault_dir, with_passphrase, capsys, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    line = refused(capsys, vault_dir, "standards", "import", str(path))
    assert (
        line
        == f"mentordesk: {path}: nests lists or objects more than 16 deep, which no standard does"
    )


def test_standards_import_of_another_standard_asks_for_replace(
    vault_dir, with_passphrase, capsys, tmp_path
):
    [st0148] = [p for p in shipped_files() if p.name.startswith("ST0148")]
    impostor = json.loads(st0148.read_text("utf-8")) | {"referenceNumber": "ST1379"}
    path = tmp_path / "ST1379.json"
    path.write_text(json.dumps(impostor))
    line = refused(capsys, vault_dir, "standards", "import", str(path))
    assert line.startswith("mentordesk: ST1379 v1.0 in the vault is “Learning and skills mentor”")
    assert line.endswith("import again with --replace.")

    code = main(["standards", "import", str(path), "--replace", "--vault", str(vault_dir)])
    out, _ = capsys.readouterr()
    assert code == 0 and out == "ST1379 v1.0 updated\n"
    main(["standards", "list", "--vault", str(vault_dir)])
    listed = capsys.readouterr().out
    assert f"ST1379\tv1.0\t{impostor['title']}\t" in listed


def test_export_ics_writes_a_private_file(vault_dir, with_passphrase, capsys, tmp_path):
    out = tmp_path / "out.ics"
    assert main(["export", "ics", "--out", str(out), "--vault", str(vault_dir)]) == 0
    assert capsys.readouterr().out == f"0 planned sessions written to {out}\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")

"""The translation pipeline: extract every visible string, keep the English plurals, compile.

    python packaging/i18n.py update    # pyside6-lupdate over mentordesk/ -> resources/i18n/*.ts
    python packaging/i18n.py release   # pyside6-lrelease: every .ts -> its .qm
    python packaging/i18n.py check     # exit 1 if the committed .ts lacks a string (as CI does)

``update`` keeps the translations already in the ``.ts`` files and drops strings no longer
in the code (``-no-obsolete``). In ``mentordesk_en.ts`` it fills the English plural forms
of new ``%n`` strings written as ``"%n day(s)"`` / ``"%n clash(es)"`` (others are listed, to
fill by hand, e.g. with pyside6-linguist). Commit the ``.ts`` and the ``.qm`` files: the app
loads the ``.qm`` as they are, with no build step.

A string is extracted when it is a literal in ``self.tr("...")``,
``QCoreApplication.translate("context", "...")`` or ``QT_TRANSLATE_NOOP("context", "...")``.
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mentordesk"
FOLDER = ROOT / "resources" / "i18n"
NAME = "mentordesk"
SOURCE_LANGUAGE = "en"
ENGLISH_TS = FOLDER / f"{NAME}_{SOURCE_LANGUAGE}.ts"


def tool(name: str) -> str:
    """``pyside6-<name>``: beside this Python first (a virtual environment), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, language: str = SOURCE_LANGUAGE) -> str:
    """Extract every string of the package into ``ts`` (kept translations; no obsolete ones)."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    result = subprocess.run(
        [
            tool("lupdate"),
            *files,
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            language,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


def lrelease(ts: Path, qm: Path) -> str:
    result = subprocess.run(
        [tool("lrelease"), str(ts), "-qm", str(qm)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


# -- reading a .ts ---------------------------------------------------------------------------
_CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
_MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)


def messages(ts: Path) -> set[tuple[str, str, str]]:
    """Every (context, source, disambiguation) in ``ts``."""
    out = set()
    for context in _CONTEXT.finditer(ts.read_text(encoding="utf-8")):
        name = html.unescape(context.group(1))
        for message in _MESSAGE.finditer(context.group(2)):
            body = message.group(2)
            comment = _COMMENT.search(body)
            out.add(
                (
                    name,
                    html.unescape(_SOURCE.search(body).group(1)),
                    html.unescape(comment.group(1)) if comment else "",
                )
            )
    return out


def extracted() -> set[tuple[str, str, str]]:
    """What lupdate finds in the code now."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / f"{NAME}_{SOURCE_LANGUAGE}.ts"
        lupdate(ts)
        return messages(ts)


# -- English plural forms --------------------------------------------------------------------
_PLURAL = re.compile(r"\((e?s)\)")
_UNFINISHED_NUMERUS = re.compile(
    # Every part stays inside one <message>: a lazy ".*?" would otherwise run on from a
    # finished message into the next one's source, and fill the wrong message.
    r"(<message numerus=\"yes\">\s*(?:<comment>(?:(?!</message>).)*?</comment>\s*)?"
    r"<source>((?:(?!</message>).)*?)</source>"
    r"(?:(?!</message>).)*?)"
    r"<translation type=\"unfinished\">(\s*)((?:<numerusform></numerusform>\s*)+)</translation>",
    re.S,
)


def english_forms(source: str) -> tuple[str, str] | None:
    """``"%n day(s)"`` → (``"%n day"``, ``"%n days"``); None when the source has no ``(s)``."""
    if not _PLURAL.search(source):
        return None
    return _PLURAL.sub("", source), _PLURAL.sub(r"\1", source)


def fill_english_plurals(ts: Path) -> list[str]:
    """Give new ``%n`` strings their English forms; returns the sources left without."""
    missing: list[str] = []

    def fill(match: re.Match) -> str:
        forms = english_forms(html.unescape(match.group(2)))
        if forms is None:
            missing.append(html.unescape(match.group(2)))
            return match.group(0)
        indent = match.group(3)
        inner = "".join(
            f"{indent}<numerusform>{html.escape(f, quote=False)}</numerusform>" for f in forms
        )
        closing = indent[: len(indent) - 4] if indent.endswith("    ") else indent
        return f"{match.group(1)}<translation>{inner}{closing}</translation>"

    text = ts.read_text(encoding="utf-8")
    ts.write_text(_UNFINISHED_NUMERUS.sub(fill, text), encoding="utf-8")
    return missing


# -- commands --------------------------------------------------------------------------------
def update() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = sorted(FOLDER.glob(f"{NAME}_*.ts")) or [ENGLISH_TS]
    for ts in files:
        language = ts.stem[len(NAME) + 1 :]
        print(lupdate(ts, language).strip())
        if language == SOURCE_LANGUAGE:
            for source in fill_english_plurals(ts):
                print(f"  no English plural forms yet for {source!r}: add them by hand")
    print(f"{len(messages(ENGLISH_TS))} strings in {ENGLISH_TS.relative_to(ROOT)}")
    return 0


def release() -> int:
    for ts in sorted(FOLDER.glob(f"{NAME}_*.ts")):
        print(lrelease(ts, ts.with_suffix(".qm")).strip())
    return 0


def check() -> int:
    now, committed = extracted(), messages(ENGLISH_TS)
    for context, source, _ in sorted(now - committed):
        print(f"not in {ENGLISH_TS.name}: [{context}] {source!r}")
    for context, source, _ in sorted(committed - now):
        print(f"no longer in the code: [{context}] {source!r}")
    if now != committed:
        print("run: python packaging/i18n.py update && python packaging/i18n.py release")
        return 1
    print(f"{len(now)} strings, all in {ENGLISH_TS.relative_to(ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    args = parser.parse_args(argv)
    return {"update": update, "release": release, "check": check}[args.command]()


if __name__ == "__main__":
    sys.exit(main())

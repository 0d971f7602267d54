"""The committed translation files are up to date with the code: every string lupdate finds
is in resources/i18n/mentordesk_en.ts, and the .qm is that .ts compiled."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def pipeline():
    spec = importlib.util.spec_from_file_location("i18n_pipeline", ROOT / "packaging" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    try:
        module.tool("lupdate")
    except SystemExit as exc:
        pytest.fail(str(exc))
    yield module
    del sys.modules[spec.name]


def test_every_string_in_the_code_is_in_the_committed_ts(pipeline):
    found = pipeline.extracted()
    committed = pipeline.messages(pipeline.ENGLISH_TS)
    missing = sorted(found - committed)
    stale = sorted(committed - found)
    report = [f"not in mentordesk_en.ts: [{c}] {s!r}" for c, s, _ in missing]
    report += [f"no longer in the code: [{c}] {s!r}" for c, s, _ in stale]
    report.append("run: python packaging/i18n.py update && python packaging/i18n.py release")
    assert not (missing or stale), "\n".join(report)
    assert len(found) >= 500  # 542 when this test was written; fewer means lost strings
    print(f"lupdate extracts {len(found)} strings")


def test_the_english_plural_forms_are_filled(pipeline):
    text = pipeline.ENGLISH_TS.read_text(encoding="utf-8")
    assert 'numerus="yes"' in text
    assert "<numerusform></numerusform>" not in text, "English plural forms to fill by hand"


def test_the_committed_qm_is_the_ts_compiled(pipeline, tmp_path):
    for ts in sorted(pipeline.FOLDER.glob("mentordesk_*.ts")):
        built = tmp_path / ts.with_suffix(".qm").name
        pipeline.lrelease(ts, built)
        committed = ts.with_suffix(".qm")
        assert committed.is_file(), f"{committed.name} is missing: python packaging/i18n.py release"
        assert committed.read_bytes() == built.read_bytes(), (
            f"{committed.name} is older than {ts.name}: python packaging/i18n.py release"
        )


def test_english_forms_from_the_source(pipeline):
    assert pipeline.english_forms("%n day(s) overdue") == ("%n day overdue", "%n days overdue")
    assert pipeline.english_forms("{0}; %n clash(es)") == ("{0}; %n clash", "{0}; %n clashes")
    assert pipeline.english_forms("+%n more") is None


def test_every_english_plural_form_is_its_own_sources(pipeline):
    """Each message's forms are made from its own source, never from a neighbour's."""
    import html
    import re

    text = pipeline.ENGLISH_TS.read_text(encoding="utf-8")
    numerus = re.findall(
        r'<message numerus="yes">\s*<source>(.*?)</source>\s*<translation>(.*?)</translation>',
        text,
        re.S,
    )
    assert numerus
    for source, translation in numerus:
        forms = [
            html.unescape(f)
            for f in re.findall(r"<numerusform>(.*?)</numerusform>", translation, re.S)
        ]
        assert tuple(forms) == pipeline.english_forms(html.unescape(source)), source


def test_filling_keeps_to_each_message(pipeline, tmp_path):
    """A finished plural followed by an unfinished one with markup: each gets its own forms."""
    ts = tmp_path / "x.ts"
    ts.write_text(
        """<TS><context><name>A</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Too short&lt;/b&gt; %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context></TS>""",
        encoding="utf-8",
    )
    assert pipeline.fill_english_plurals(ts) == []
    text = ts.read_text(encoding="utf-8")
    assert text.count("<numerusform>%n change</numerusform>") == 1
    assert "<numerusform>&lt;b&gt;Too short&lt;/b&gt; %n characters.</numerusform>" in text
    assert "&lt;/source&gt;" not in text

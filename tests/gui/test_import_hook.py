"""PySide6 checks each module imported after it for the word "PySide6"; MentorDesk makes
that check keep nothing, so the ORM and services do not sit in memory twice."""

import linecache
import sys


def test_a_module_imported_after_qt_is_not_kept_as_source(tmp_path, monkeypatch):
    import mentordesk.ui  # noqa: F401 - the package adjusts the hook when first imported

    plain = tmp_path / "late_plain_module.py"
    plain.write_text("VALUE = 1\n" * 500)
    qt = tmp_path / "late_qt_module.py"
    qt.write_text("from PySide6.QtCore import Qt\nVALUE = Qt.AlignmentFlag.AlignLeft\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("late_plain_module", "late_qt_module"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # as an import statement does (importlib skips the hook)
    assert str(plain) not in linecache.cache and str(qt) not in linecache.cache
    # PySide6 still tells the two apart, as it did by reading the source.
    seen = sys.modules["PySide6.support.feature"].pyside_feature_dict
    assert seen["late_plain_module"] == -1
    assert seen["late_qt_module"] == 0

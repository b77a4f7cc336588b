"""Start-up guards: one window per database, languages, the no-display message."""

from PySide6.QtCore import QLockFile, QSettings

from ui.app import choose_language, lock_database
from ui.launch import display_problem


def test_second_instance_is_told_who_holds_the_database(app, db_path):
    first = lock_database(db_path)
    assert isinstance(first, QLockFile)
    try:
        second = lock_database(db_path)
        assert isinstance(second, str)
        assert str(db_path) in second
        assert "already open" in second
    finally:
        first.unlock()
    third = lock_database(db_path)
    assert isinstance(third, QLockFile)
    third.unlock()


def test_language_french_by_default_and_remembered(app, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert choose_language(None, settings) == "fr"
    assert choose_language("en", settings) == "en"
    assert choose_language(None, settings) == "en"


def test_display_problem_names_the_missing_screen():
    assert display_problem({}) and "Aucun écran" in display_problem({})
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None

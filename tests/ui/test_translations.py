"""Every string of the interface has a French translation, and French is the default."""

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import translations  # noqa: E402


@pytest.mark.parametrize("module", translations.ui_modules(), ids=lambda p: p.name)
def test_every_ui_string_is_translated(module, tmp_path):
    """Run lupdate on the module afresh and compare with the committed .ts file."""
    committed = translations.ts_path(module)
    assert committed.exists(), f"run: python packaging/translations.py update ({committed.name})"
    fresh = translations.update([module], tmp_path)[0]
    sources = {m for m in _sources(fresh)}
    translated = {m for m in _sources(committed)} - set(translations.untranslated(committed))
    missing = sorted(sources - translated)
    assert not missing, f"untranslated in {committed.name}: {missing[:10]}"


def _sources(ts: Path):
    import xml.etree.ElementTree as ET

    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message.findtext("source", "")


def test_window_speaks_french_by_default(app, store, settings, qtbot, tmp_path):
    from workbench.paths import translations_dir

    qm_dir = translations_dir() / "fr"
    if not list(qm_dir.glob("*.qm")):
        subprocess.run(["make", "-C", str(REPO), "translations"], check=True, capture_output=True)
    from ui.app import install_translations
    from ui.main_window import MainWindow

    translators = install_translations(app, "fr")
    try:
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        menus = [a.text() for a in window.menuBar().actions() if a.isVisible()]
        assert menus[:3] == ["&Fichier", "É&dition", "&Affichage"]
        assert window.welcome.create_button.text() == "Créer une publication…"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def test_stored_codes_are_named_from_one_table_in_the_interface_language(app):
    """The interface names a status as the core does (one table), capitalised, in French
    once the French translation is installed and in English without it."""
    from ui.app import install_translations
    from ui.labels import issue_status_label, slot_label, status_label

    assert status_label("redaction") == "Drafting"
    translators = install_translations(app, "fr")
    try:
        assert status_label("redaction") == "En rédaction"
        assert issue_status_label("closed") == "Bouclé (parti à l’imprimeur)"
        assert slot_label("careers") == "Pages carrières"
        assert status_label("unknown-code") == "unknown-code"
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    assert issue_status_label("closed") == "Closed (sent to print)"

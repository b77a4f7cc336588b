"""Spelling in the editor: underline ranges, context menu suggestions, dictionary, ignore."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from ui.editor.spell import SpellSupport, personal_word_list_path
from ui.editor.textops import document_text
from workbench.text.spelling import SpellChecker


class Underliner(QSyntaxHighlighter):
    """What the editor's highlighter does with SpellSupport."""

    def __init__(self, document, spell: SpellSupport) -> None:
        super().__init__(document)
        self.spell = spell
        self.calls = 0

    def highlightBlock(self, text: str) -> None:
        self.calls += 1
        if text.startswith("Une"):
            bold = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
            self.setFormat(0, 8, bold)  # « Une exp » in bold, across a misspelt word
        self.spell.underline(self, text)


@pytest.fixture
def spell(app, tmp_path):
    checker = SpellChecker(tmp_path / "mots.txt")
    if not checker.available:
        pytest.skip(checker.unavailable_reason)
    return SpellSupport(checker)


@pytest.fixture
def edit(app, qtbot):
    widget = QPlainTextEdit()
    qtbot.addWidget(widget)
    widget.setPlainText("Une expérinece client réussie.\n\nLe Zorglubien parle.")
    return widget


def menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions()]


def test_ranges_are_cached_per_block(spell):
    text = "Une expérinece client réussie."
    assert spell.misspelled_ranges(text) == [(4, 14)]
    assert spell.misspelled_ranges(text) is spell.misspelled_ranges(text)


def test_ranges_are_qt_positions_after_an_emoji(spell):
    assert spell.misspelled_ranges("😀 expérinece") == [(3, 13)]


def test_underline_keeps_the_highlighters_formats(spell, edit):
    Underliner(edit.document(), spell).rehighlight()
    block = edit.document().firstBlock()
    wavy = QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    formats = [
        (
            r.start,
            r.length,
            r.format.fontWeight() == QFont.Weight.Bold,
            r.format.underlineStyle() == wavy,
        )
        for r in block.layout().formats()
    ]
    # « Une » bold, « expé » bold and wavy, « rinece » wavy only.
    assert formats == [(0, 4, True, False), (4, 4, True, True), (8, 6, False, True)]
    second = block.next().next()
    assert [(r.start, r.length) for r in second.layout().formats()] == [(3, 10)]  # Zorglubien


def test_context_menu_suggests_and_replaces_in_one_undo_step(spell, edit):
    menu = QMenu()
    menu.addAction("Couper")
    assert spell.context_actions(menu, edit, 6)
    texts = menu_texts(menu)
    assert texts[0] == "expérience"
    assert "Add to dictionary" in texts and "Ignore" in texts
    assert texts[-1] == "Couper"
    assert len([t for t in texts[: texts.index("")] if t]) <= 6
    menu.actions()[0].trigger()
    assert document_text(edit).startswith("Une expérience client réussie.")
    edit.undo()
    assert document_text(edit).startswith("Une expérinece client")
    assert not edit.document().isUndoAvailable()


def test_nothing_added_on_a_correct_word(spell, edit):
    menu = QMenu()
    assert not spell.context_actions(menu, edit, 1)
    assert menu.actions() == []


def test_add_to_dictionary_and_ignore(spell, edit, tmp_path):
    highlighter = Underliner(edit.document(), spell)
    position = document_text(edit).index("Zorglubien") + 2
    menu = QMenu()
    assert spell.context_actions(menu, edit, position)
    calls = highlighter.calls
    next(a for a in menu.actions() if a.text() == "Add to dictionary").trigger()
    assert "Zorglubien" in (tmp_path / "mots.txt").read_text(encoding="utf-8")
    assert highlighter.calls > calls  # re-highlighted: the underline goes away
    assert spell.misspelled_ranges("Le Zorglubien parle.") == []
    assert not spell.context_actions(QMenu(), edit, position)

    menu = QMenu()
    assert spell.context_actions(menu, edit, 6)
    next(a for a in menu.actions() if a.text() == "Ignore").trigger()
    assert spell.misspelled_ranges("Une expérinece client réussie.") == []
    assert "expérinece" not in (tmp_path / "mots.txt").read_text(encoding="utf-8")


def test_unavailable_spelling_underlines_nothing_and_says_so_once(app, tmp_path, qtbot):
    class Missing:
        available = False
        unavailable_reason = "Correcteur orthographique indisponible : aucun dictionnaire."

    spell = SpellSupport(Missing())
    messages: list[str] = []
    spell.statusMessage.connect(messages.append)
    assert spell.misspelled_ranges("Une expérinece") == []
    assert spell.misspelled_ranges("Une autre erreurr") == []
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText("Une expérinece")
    assert not spell.context_actions(QMenu(), edit, 6)
    assert messages == [Missing.unavailable_reason]


def test_personal_dictionary_lives_in_the_user_data_folder():
    path = personal_word_list_path()
    assert path.name == "dictionnaire-personnel.txt"
    assert path.parent.name == "Workbench"

"""One count: the editor, the overview, the chemin de fer, the checklist and the manifest
give the same signes for the same piece (chapô, body and notes; not the title)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QLocale

from ui.editor.piece_editor import PieceEditor
from ui.main_window import MainWindow
from workbench import catalog, pieces
from workbench.export.bundle import export_issue
from workbench.flatplan import changes
from workbench.flatplan.rules import issue_warnings
from workbench.text.counting import count_piece

pytestmark = pytest.mark.usefixtures("app")

TITLE = "Un titre qui ne compte pas"
STANDFIRST = "Un chapô *en italique* et **en gras**."
STANDFIRST_PRINTED = "Un chapô en italique et en gras."
PARAGRAPH = "Une phrase du corps, assez longue pour remplir la page avec des mots du papier. "
PARAGRAPHS = [PARAGRAPH * 6 + f"Fin du paragraphe {n}." for n in range(12)]
BODY = (
    "## Un intertitre\n\n"
    "**Une question ?**\n\n"
    + "\n\n".join(PARAGRAPHS)
    + "[^1]\n\n[^1]: Le texte de la note, qui compte."
)
EXPECTED = (
    len(STANDFIRST_PRINTED)
    + len("Un intertitre")
    + len("Une question ?")
    + sum(len(p) for p in PARAGRAPHS)
    + len("Le texte de la note, qui compte.")
)


def thousands(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")


def test_the_rule_chapo_body_and_notes_not_the_title():
    assert count_piece(BODY, STANDFIRST).signs == EXPECTED
    assert EXPECTED > 4500 * 1.05  # one page is too little: every alert names the count


def test_a_note_called_from_the_chapo_counts_once_and_its_marker_not_at_all():
    counts = count_piece("Corps.\n\n[^1]: La note.", standfirst="Chapô[^1].")
    assert counts.signs == len("Chapô.") + len("Corps.") + len("La note.")


def test_every_place_gives_the_same_signs(store, publication, issue82, settings, qtbot, tmp_path):
    piece_id = pieces.create_piece(
        store,
        publication,
        "interview",
        TITLE,
        issue_id=issue82,
        contributors=[("Jeanne Martin", "author")],
        standfirst=STANDFIRST,
        body=BODY,
        status="valide",
    )
    changes.place_piece(store, piece_id, issue82, 3, 1)

    # 1. The editor's counts bar.
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.refresh()
    assert window.open_piece(piece_id)
    editor = window.workspace.currentWidget()
    assert isinstance(editor, PieceEditor)
    bar = window.editor.counts_bar
    bar.update_now()
    assert QLocale().toString(EXPECTED) in bar.signs.text()

    # 2. The overview.
    window.overview.show_piece(pieces.get_piece(store, piece_id))
    shown = window.overview.toPlainText()  # no-break spaces come back as spaces
    assert f" · {EXPECTED:,} ".replace(",", " ") in shown

    # 3. The chemin de fer: the entry's count (fit badge) and the alert.
    plan = changes.load_flatplan(store, issue82)
    assert plan.piece(piece_id).signs == EXPECTED
    issue = catalog.get_issue(store, issue82)
    overflows = [w for w in issue_warnings(issue, plan, date(2014, 9, 1)) if w.code == "overflows"]
    assert len(overflows) == 1 and f" {EXPECTED} signes" in overflows[0].message

    # 4 and 5. The export's checklist and manifest.
    export_issue(store, issue82, tmp_path / "out")
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pieces"][0]["signs"] == EXPECTED
    over = [f for f in manifest["checklist"] if f["code"] == "over_pages"]
    assert len(over) == 1 and f"{thousands(EXPECTED)} signes" in over[0]["message"]
    checklist = (tmp_path / "out" / "checklist.txt").read_text(encoding="utf-8")
    assert f"{thousands(EXPECTED)} signes" in checklist

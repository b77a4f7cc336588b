"""The count of open comment threads on the chemin de fer's blocks (issue 15): a badge on
each piece's first block and a line in its tooltip, read in one query per refresh."""

from __future__ import annotations

import sys

import pytest

from workbench import comments, pieces
from workbench.flatplan import changes

pytestmark = pytest.mark.usefixtures("app")


def first_block(panel, piece_id):
    return panel.scene.blocks_of(("piece", piece_id))[0]


def test_blocks_show_their_open_comment_threads(
    window, store, publication, issue82, qtbot, monkeypatch
):
    def piece(title, page, count=1):
        piece_id = pieces.create_piece(
            store, publication, "reportage", title, issue_id=issue82, body="Un texte."
        )
        changes.place_piece(store, piece_id, issue82, page, count)
        return piece_id

    spread, quiet = piece("Le BPO au Maroc", 3, 3), piece("Édito", 2)  # 3–5: two spreads
    first = comments.add_comment(store, spread, "Vérifier les chiffres.")
    comments.add_comment(store, spread, "Une source ?", start=0, end=2)
    comments.add_comment(store, spread, "Oui, l'INSEE.", parent_id=first.id)  # a reply
    done = comments.add_comment(store, spread, "Titre trop long.")
    comments.resolve(store, done.id)
    window.refresh()

    reads = []  # the chemin de fer's reads of the counts (the tree has its own)
    real = comments.open_counts

    def counted(s):
        if "flatplan" in sys._getframe(1).f_code.co_filename:
            reads.append(1)
        return real(s)

    monkeypatch.setattr(comments, "open_counts", counted)
    panel = window.planner.controller.open_flatplan(issue82)
    assert len(reads) == 1  # one query for the whole chemin de fer

    blocks = panel.scene.blocks_of(("piece", spread))
    assert len(blocks) == 2
    assert [b.comments for b in blocks] == [2, 2] and blocks[0].first and not blocks[1].first
    assert "Open comments: 2" in blocks[0].toolTip()
    assert first_block(panel, quiet).comments == 0
    assert "Open comments" not in first_block(panel, quiet).toolTip()

    # Resolving a thread (anywhere) lowers the count at the next refresh.
    comments.resolve(store, first.id)
    window.refresh()
    assert first_block(panel, spread).comments == 1
    assert "Open comments: 1" in first_block(panel, spread).toolTip()
    assert len(reads) == 2

    # The badge is drawn: the block's corner turns the badge's colour.
    from PySide6.QtGui import QColor

    from ui.planner.flatplan_scene import COMMENT_COLOR

    block = first_block(panel, spread)
    view = panel.view
    image = view.grab().toImage()
    corner = view.mapFromScene(block.rect.topRight()) + type(view.pos())(-6, 5)
    pixel = QColor(image.pixel(corner.x(), corner.y()))
    badge = QColor(COMMENT_COLOR)
    assert abs(pixel.red() - badge.red()) + abs(pixel.blue() - badge.blue()) < 90

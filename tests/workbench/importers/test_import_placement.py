"""Where pieces imported by a drop on the tree end up (workbench.importers.placement)."""

from __future__ import annotations

from workbench.catalog import IssueFields, create_issue
from workbench.importers.placement import drop_destination, place_dropped
from workbench.importers.report import CREATED, DUPLICATE, REFUSED, FileResult, ImportReport
from workbench.importers.service import import_paths
from workbench.pieces import POOL, TRASH, get_piece


def test_destination_rule():
    plain = FileResult("a.md", CREATED, piece_id=1)
    numbered = FileResult("b.md", CREATED, piece_id=2, issue=82)
    assert drop_destination(plain, 7) == 7
    assert drop_destination(plain, POOL) is None  # the importer already put it au marbre
    assert drop_destination(plain, TRASH) is None
    assert drop_destination(plain, None) is None
    assert drop_destination(numbered, 7) is None  # the file's own numéro wins
    assert drop_destination(FileResult("c.md", DUPLICATE, piece_id=3), 7) is None
    assert drop_destination(FileResult("d.bin", REFUSED), 7) is None


def test_pieces_dropped_on_an_issue_are_moved_into_it(store, publication, issue82, tmp_path):
    other = create_issue(store, publication, IssueFields(90))
    (tmp_path / "sans-numero.md").write_text("# Un papier sans numéro\n\nDu texte.\n")
    (tmp_path / "avec-numero.md").write_text(
        "---\ntitle: Un papier du 82\nissue: 82\n---\n\nDu texte.\n"
    )
    report = import_paths(store, [tmp_path], publication)
    moved = place_dropped(store, report, other)
    by_name = {f.path.rsplit("/", 1)[-1]: f for f in report.files}
    plain, numbered = by_name["sans-numero.md"], by_name["avec-numero.md"]
    assert moved == {plain.piece_id: 90}
    assert plain.issue == 90
    assert get_piece(store, plain.piece_id).issue_number == 90
    assert get_piece(store, numbered.piece_id).issue_number == 82


def test_nothing_moves_for_an_empty_report(store):
    assert place_dropped(store, ImportReport(), 1) == {}

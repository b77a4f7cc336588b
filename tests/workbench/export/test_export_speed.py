"""Exporting a full numéro (80 pieces of real length) takes seconds."""

from __future__ import annotations

from export_seeds import edito, interview, reportage

from workbench.export.bundle import export_issue
from workbench.pieces import create_piece


def test_eighty_pieces_export_in_seconds(store, publication, issue82, tmp_path, page_set) -> None:
    seeds = [edito(page_set), interview(page_set), reportage(page_set)]
    for number in range(80):
        fields = dict(seeds[number % 3])
        fields.pop("edito_number", None)
        kind, title = fields.pop("kind"), fields.pop("title")
        fields["first_page"] = 3 + number
        fields["page_count"] = 1
        create_piece(
            store,
            publication,
            kind,
            f"{title} {number}",
            issue_id=issue82,
            status="valide",
            **fields,
        )
    result = export_issue(store, issue82, tmp_path / "out")  # how fast: the benchmark's export
    assert result.piece_count == 80
    assert len(list((tmp_path / "out" / "icml").iterdir())) == 80

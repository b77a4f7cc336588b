"""Export → re-import into another database → export: the same manifest, byte for byte."""

from __future__ import annotations

import json

import pytest
from export_seeds import build_issue

from workbench.catalog import find_issue, trash_issue
from workbench.export.bundle import export_issue
from workbench.export.reimport import BundleError, import_bundle
from workbench.pieces import all_pieces
from workbench.store import Store


@pytest.fixture
def seeded(store, publication, issue82, page_set):
    from db.models import FlatplanSlot

    build_issue(store, publication, issue82, pages=page_set)
    with store.session() as session:
        session.add(FlatplanSlot(issue_id=issue82, kind="ad", label="Pub <Webhelp>", first_page=2))
    return issue82


def fields(store) -> list[dict]:
    from workbench.piecejson import piece_to_dict

    result = []
    for piece in all_pieces(store):
        data = piece_to_dict(piece, with_body=True)
        data.pop("id")
        result.append(data)
    return sorted(result, key=lambda d: d["title"])


@pytest.mark.parametrize("as_zip", [False, True])
def test_round_trip_into_another_database(store, seeded, tmp_path, as_zip, page_set) -> None:
    first = export_issue(store, seeded, tmp_path / "first", zip=as_zip)
    with Store.open(tmp_path / "other.sqlite") as other:
        result = import_bundle(other, first.path)
        assert result.number == 82 and len(result.piece_ids) == 3
        assert fields(other) == fields(store)
        again = export_issue(other, result.issue_id, tmp_path / "again", zip=as_zip)
        slots = other.query("SELECT kind, label, first_page FROM flatplan_slot")
        assert [tuple(r) for r in slots] == [("ad", "Pub <Webhelp>", 2)]
        assets = other.query("SELECT filename, caption, credit, length(data) FROM asset")
        assert [tuple(r) for r in assets] == [
            ("Salons Hoche.PNG", "Les salons Hoche, <b>14h20</b>", page_set.report_author, 72)
        ]
    assert again.manifest == first.manifest
    if as_zip:
        assert again.path.read_bytes() == first.path.read_bytes()
    else:
        assert (tmp_path / "again" / "manifest.json").read_bytes() == (
            tmp_path / "first" / "manifest.json"
        ).read_bytes()


def test_restore_into_the_same_database_after_an_accident(
    store, publication, seeded, tmp_path
) -> None:
    before = fields(store)
    export_issue(store, seeded, tmp_path / "b")
    with pytest.raises(BundleError, match="existe déjà"):
        import_bundle(store, tmp_path / "b")
    trash_issue(store, seeded)  # the accident: the numéro and its pieces are gone from it
    store.query("DELETE FROM piece")  # and the pieces were purged
    result = import_bundle(store, tmp_path / "b")
    assert find_issue(store, publication, 82).id == result.issue_id
    assert fields(store) == before


def test_a_tampered_bundle_is_refused_and_the_store_left_as_it_was(store, seeded, tmp_path) -> None:
    export_issue(store, seeded, tmp_path / "b")
    markdown = sorted((tmp_path / "b" / "markdown").iterdir())[1]
    markdown.write_text(markdown.read_text(encoding="utf-8") + "ajout", encoding="utf-8")
    with Store.open(tmp_path / "other.sqlite") as other:
        with pytest.raises(BundleError, match="somme de contrôle"):
            import_bundle(other, tmp_path / "b")
        assert other.scalar("SELECT count(*) FROM piece") == 0
        assert other.scalar("SELECT count(*) FROM issue") == 0


def test_what_is_not_a_bundle_is_named(tmp_path) -> None:
    with Store.open(tmp_path / "db.sqlite") as store:
        (tmp_path / "empty").mkdir()
        with pytest.raises(BundleError, match="manifest.json"):
            import_bundle(store, tmp_path / "empty")
        (tmp_path / "x.zip").write_bytes(b"not a zip")
        with pytest.raises(BundleError, match="zip"):
            import_bundle(store, tmp_path / "x.zip")
        (tmp_path / "m").mkdir()
        (tmp_path / "m" / "manifest.json").write_text(json.dumps({"format": "autre"}))
        with pytest.raises(BundleError, match="pas un export Workbench"):
            import_bundle(store, tmp_path / "m")

"""The sample publication: what it loads, and that its text is our own."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from conftest import DATA

from workbench.sample import (
    SAMPLE_DIR,
    SampleError,
    SampleExistsError,
    find_sample,
    load_sample,
    parse_piece,
    read_sample,
)
from workbench.text.counting import count_footnotes, count_signs


def _pieces(store, publication_id: int) -> dict[str, dict]:
    from workbench.piecejson import piece_to_dict
    from workbench.pieces import all_pieces

    return {
        p.kind: piece_to_dict(p, with_body=True)
        for p in all_pieces(store)
        if p.publication_id == publication_id
    }


def test_load_sample(store):
    from workbench.catalog import get_publication, list_issues

    publication_id = load_sample(store)
    assert get_publication(store, publication_id).name == "Le Combiné (exemple)"
    issues = list_issues(store, publication_id)
    assert len(issues) == 1
    issue = issues[0]
    assert (issue.number, issue.page_count, issue.status) == (47, 68, "in_progress")
    assert issue.theme and issue.closing_date < issue.release_date
    assert issue.piece_count == 3

    pieces = _pieces(store, publication_id)
    assert set(pieces) == {"edito", "interview", "reportage", "chronique", "breve"}
    placed = {k for k, p in pieces.items() if p["issue"] == 47}
    assert placed == {"edito", "interview", "reportage"}
    assert len({p["status"] for p in pieces.values()}) >= 4

    edito = pieces["edito"]
    assert edito["edito_number"] == 47
    assert edito["signature_note"].startswith("Édito rédigé en ")
    assert edito["footnotes"] == count_footnotes(edito["body"]) == 1
    assert [c["role"] for c in edito["contributors"]] == ["author"]

    interview = pieces["interview"]
    assert {c["role"] for c in interview["contributors"]} == {"author", "interviewee"}
    assert interview["standfirst"]
    assert count_footnotes(interview["body"]) == 1
    questions = [
        b for b in interview["body"].split("\n\n") if b.startswith("**") and b.endswith("**")
    ]
    assert 4 <= len(questions) <= 5
    assert "\n## " in interview["body"] and "::: exergue" in interview["body"]

    reportage = pieces["reportage"]
    assert "envoyé spécial" in reportage["signature_note"]
    assert count_footnotes(reportage["body"]) == 2
    assert "\n> " in reportage["body"] and "\n## " in reportage["body"]
    assert {c["role"] for c in reportage["contributors"]} >= {"author", "photographer"}


def test_realistic_lengths(store):
    pieces = _pieces(store, load_sample(store))
    assert 2600 <= count_signs(pieces["edito"]["body"]) <= 3500
    assert 5200 <= count_signs(pieces["interview"]["body"]) <= 7000
    assert 6000 <= count_signs(pieces["reportage"]["body"]) <= 8000


def test_flatplan_within_issue(store):
    publication_id = load_sample(store)
    issue_id = store.scalar("SELECT id FROM issue WHERE publication_id = ?", (publication_id,))
    rows = store.query(
        "SELECT first_page, page_count FROM piece WHERE issue_id = ? AND first_page IS NOT NULL "
        "UNION ALL SELECT first_page, page_count FROM flatplan_slot WHERE issue_id = ?",
        (issue_id, issue_id),
    )
    pages = [p for r in rows for p in range(r[0], r[0] + r[1])]
    assert len(pages) == len(set(pages)) and all(1 <= p <= 68 for p in pages)
    assert (
        store.scalar(
            "SELECT count(*) FROM piece WHERE publication_id = ? AND issue_id IS NULL AND first_page IS NOT NULL",
            (publication_id,),
        )
        == 0
    )


def test_second_load_refused_and_nothing_added(store):
    publication_id = load_sample(store)
    assert find_sample(store) == publication_id
    before = store.scalar("SELECT count(*) FROM piece")
    with pytest.raises(SampleExistsError, match="existe déjà"):
        load_sample(store)
    assert store.scalar("SELECT count(*) FROM piece") == before


def test_find_sample_none(store):
    assert find_sample(store) is None


def test_load_is_all_or_nothing(store, tmp_path):
    import shutil

    folder = tmp_path / "sample"
    shutil.copytree(SAMPLE_DIR, folder)
    (folder / "99-bad.md").write_text(
        "---\ntitle: Rien\nkind: roman\n---\nTexte.\n", encoding="utf-8"
    )
    with pytest.raises(SampleError, match="99-bad.md"):
        load_sample(store, folder)
    assert store.scalar("SELECT count(*) FROM publication") == 0


def test_shared_contributor_reused(store, publication):
    from workbench.pieces import create_piece

    create_piece(
        store, publication, "breve", "Ailleurs", contributors=[("Bastien Roussel", "author")]
    )
    load_sample(store)
    assert store.scalar("SELECT count(*) FROM contributor WHERE name = 'Bastien Roussel'") == 1


def test_parse_piece_errors():
    with pytest.raises(SampleError, match="x.md"):
        parse_piece("pas d'en-tête", "x.md")
    with pytest.raises(SampleError, match="inconnus"):
        parse_piece("---\ntitle: T\nkind: breve\nauteur: moi\n---\n", "x.md")
    with pytest.raises(SampleError, match="date"):
        parse_piece("---\ntitle: T\nkind: breve\ndue_date: demain\n---\n", "x.md")
    piece = parse_piece("---\ntitle: T\nkind: breve\n---\nCorps.\n", "x.md")
    assert piece.body == "Corps.\n" and piece.issue is None and piece.contributors == ()


def test_front_matter_uses_list_json_names(store):
    content = read_sample()
    keys = {
        "title",
        "kind",
        "status",
        "issue",
        "contributors",
        "published_at",
        "standfirst",
        "signature_note",
        "edito_number",
        "target_signs",
        "due_date",
        "first_page",
        "page_count",
    }
    import yaml

    for path in sorted(SAMPLE_DIR.glob("*.md")):
        header = yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])
        assert set(header) == keys, path.name
    assert len(content.pieces) == 5


def test_french_typography():
    for path in sorted(SAMPLE_DIR.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        assert "'" not in text, path.name
        assert "« " not in text and " »" not in text, path.name
        assert not re.search(r" [;:!?](\s|$)", text), path.name
        assert "«\u00a0" in text or "«" not in text


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"[*#>\[\]^«»\"]", " ", text)
    return re.sub(r"\s+", " ", text)


def _longest_shared_chunk(ours: str, theirs: str, size: int) -> str | None:
    chunks = {theirs[i : i + size] for i in range(len(theirs) - size + 1)}
    for i in range(len(ours) - size + 1):
        if ours[i : i + size] in chunks:
            return ours[i : i + size]
    return None


def _assert_nothing_shared(ours: dict[str, str], seeds: Path) -> None:
    found = sorted(seeds.glob("*.txt"))
    assert found
    for seed in found:
        theirs = _normalise(seed.read_text(encoding="utf-8", errors="replace"))
        for name, text in ours.items():
            shared = _longest_shared_chunk(_normalise(text), theirs, 32)
            assert shared is None, f"{name} shares « {shared} » with {seed.name}"


def test_no_text_from_the_seeds(seeds):
    ours = [p for p in sorted(SAMPLE_DIR.iterdir()) if p.suffix in (".md", ".yaml")]
    _assert_nothing_shared({p.name: p.read_text(encoding="utf-8") for p in ours}, seeds)


def test_no_text_from_the_seeds_in_the_invented_pages(seeds):
    """The pages in tests/data are written for Workbench: shaped like the seeds, not copied."""
    from workbench.importers.textfile import read_text

    ours = {p.relative_to(DATA).as_posix(): read_text(p).text for p in sorted(DATA.rglob("*.txt"))}
    assert len(ours) >= 4
    _assert_nothing_shared(ours, seeds)

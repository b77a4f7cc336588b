"""The bundle of a numéro built from the seed pieces (or the invented ones): layout, manifest, safety, sameness."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from export_seeds import INVENTED_PAGES, PNG, SEED_PAGES, build_issue
from lxml import etree

from workbench.export.bundle import ExportError, ExportRefused, export_issue
from workbench.export.markdown import read_markdown
from workbench.export.names import UnsafePathError, check_relative, inside, piece_basename, slugify
from workbench.piecejson import piece_to_dict
from workbench.pieces import all_pieces

KEYS = [
    "p003-a-vous-de-jouer",
    "p012-de-retour-de-singapour-bluffe-charles-emmanuel-berc-doer-de",
    "p020-les-liens-qui-unissent-forum-davos-2013-de-la-relation",
]


@dataclass(frozen=True)
class Expected:
    """What the bundle of one set of pages holds (the same checks run on both sets)."""

    keys: list[str]
    sommaire_edito: str
    interview_contributors: list[dict]
    credit: str
    questions: int
    notes: tuple[str, ...]
    interview_signs: int  # at least


EXPECTED = {
    SEED_PAGES: Expected(
        KEYS,
        "p. 3\tÉdito\tÀ vous de jouer !\tManuel Jacquinet",
        [
            {"name": "Manuel Jacquinet", "role": "author"},
            {"name": "Charles-Emmanuel Berc", "role": "interviewee"},
        ],
        "H Caufield",
        3,
        ("Stabulation libre", "forum Davos"),
        3000,
    ),
    INVENTED_PAGES: Expected(
        [
            "p003-decrochez-on-vous-ecoute",
            "p012-on-ne-fidelise-pas-un-client-avec-un-script-elise-marchand",
            "p020-les-plateaux-qui-tiennent-rencontres-2025-du-service-client",
        ],
        "p. 3\tÉdito\tDécrochez, on vous écoute !\tSophie Delaunay",
        [
            {"name": "Sophie Delaunay", "role": "author"},
            {"name": "Élise Marchand", "role": "interviewee"},
        ],
        "Camille Royer",
        4,
        ("Effet cocon", "Rencontres du service client réunissent"),
        1500,
    ),
}


@pytest.fixture
def seeded(store, publication, issue82, page_set):
    build_issue(store, publication, issue82, pages=page_set)
    return issue82


@pytest.fixture
def expected(page_set) -> Expected:
    return EXPECTED[page_set]


def read_tree(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_bundle_layout_in_flatplan_order(store, seeded, expected, tmp_path) -> None:
    keys = expected.keys
    calls = []
    result = export_issue(store, seeded, tmp_path / "out", progress=lambda *a: calls.append(a))
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [p["key"] for p in manifest["pieces"]] == keys
    for key in keys:
        for folder, suffix in (
            ("icml", "icml"),
            ("docx", "docx"),
            ("html", "html"),
            ("markdown", "md"),
        ):
            assert (tmp_path / "out" / folder / f"{key}.{suffix}").is_file()
    for name in (
        "checklist.txt",
        "sommaire.txt",
        "html/index.html",
        "images/" + keys[2] + "-01.png",
    ):
        assert (tmp_path / "out" / name).is_file(), name
    assert (tmp_path / "out" / "images" / f"{keys[2]}-01.png").read_bytes() == PNG
    assert calls[-1][0] == calls[-1][1] and [c[0] for c in calls] == list(range(1, len(calls) + 1))
    assert result.piece_count == 3
    sommaire = (tmp_path / "out" / "sommaire.txt").read_text(encoding="utf-8").splitlines()
    assert sommaire[0] == "En-Contact — N°82 — La relation client"
    assert sommaire[3].startswith(expected.sommaire_edito)


def test_manifest_lists_every_file_with_its_checksum(store, seeded, expected, tmp_path) -> None:
    result = export_issue(store, seeded, tmp_path / "out")
    root = tmp_path / "out"
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    on_disk = read_tree(root)
    listed = {f["path"]: f["sha256"] for f in manifest["files"]}
    assert set(listed) == set(on_disk) - {"manifest.json"}
    for path, digest in listed.items():
        assert hashlib.sha256(on_disk[path]).hexdigest() == digest
    assert manifest["issue"] == {
        "number": 82,
        "theme": "La relation client",
        "page_count": 68,
        "closing_date": "2014-10-01",
        "release_date": "2014-10-20",
        "status": "planned",
    }
    interview = manifest["pieces"][1]
    assert interview["pages"] == [12, 13]
    assert interview["contributors"] == expected.interview_contributors
    assert interview["signs"] > expected.interview_signs and interview["section"] == "Interview"
    assert interview["files"]["icml"]["sha256"] == listed[interview["files"]["icml"]["path"]]
    davos = manifest["pieces"][2]
    assert davos["assets"][0]["caption"] == "Les salons Hoche, <b>14h20</b>"
    assert davos["assets"][0]["credit"] == expected.credit
    # the chemin de fer as PDF, listed and checksummed like every file
    assert manifest["flatplan"]["pdf"] == "chemin-de-fer.pdf"
    assert on_disk["chemin-de-fer.pdf"].startswith(b"%PDF")
    assert "no_flatplan_pdf" not in {f["code"] for f in manifest["checklist"]}
    assert result.files == tuple(sorted(on_disk))


def test_without_a_flatplan_renderer_the_bundle_says_so(store, seeded, tmp_path, monkeypatch):
    import workbench.export.bundle as bundle

    monkeypatch.setattr(bundle, "FLATPLAN_FUNCTION", "no_such_renderer")
    export_issue(store, seeded, tmp_path / "out")
    root = tmp_path / "out"
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["flatplan"]["pdf"] is None
    assert "no_flatplan_pdf" in {f["code"] for f in manifest["checklist"]}
    assert "chemin de fer" in (root / "checklist.txt").read_text(encoding="utf-8")


def test_markdown_front_matter_uses_the_list_json_names(store, seeded, tmp_path) -> None:
    export_issue(store, seeded, tmp_path / "out")
    stored = {p.title: p for p in all_pieces(store)}
    for path in sorted((tmp_path / "out" / "markdown").iterdir()):
        meta, body = read_markdown(path.read_text(encoding="utf-8"))
        piece = stored[meta["title"]]
        assert body == piece.body
        public = piece_to_dict(piece, with_body=True)
        assert set(meta) <= set(public)
        for key, value in meta.items():
            assert public[key] == value, key


def test_icml_and_docx_of_the_seeds(store, seeded, expected, tmp_path) -> None:
    keys = expected.keys
    export_issue(store, seeded, tmp_path / "out")
    root = etree.parse(str(tmp_path / "out" / "icml" / f"{keys[1]}.icml")).getroot()
    styles = [
        p.get("AppliedParagraphStyle").split("/", 1)[1] for p in root.iter("ParagraphStyleRange")
    ]
    assert styles[:4] == ["Titre", "Chapô", "Question", "Réponse"]
    assert styles.count("Question") == expected.questions and styles[-1] == "Note"
    assert styles[-2] == "Signature"
    edito = etree.parse(str(tmp_path / "out" / "icml" / f"{keys[0]}.icml")).getroot()
    edito_styles = [
        p.get("AppliedParagraphStyle").split("/", 1)[1] for p in edito.iter("ParagraphStyleRange")
    ]
    assert edito_styles[:2] == ["Surtitre", "Titre"]
    assert {"Citation", "Exergue"} <= set(edito_styles)
    assert edito_styles[-2:] == ["Signature", "Signature"]
    davos = docx.Document(str(tmp_path / "out" / "docx" / f"{keys[2]}.docx"))
    assert "Intertitre" in {p.style.name for p in davos.paragraphs}
    package = zipfile.ZipFile(tmp_path / "out" / "docx" / f"{keys[2]}.docx")
    notes = package.read("word/footnotes.xml").decode()
    assert all(note in notes for note in expected.notes)


def test_html_escapes_what_comes_from_a_piece(store, publication, issue82, tmp_path) -> None:
    from workbench.pieces import create_piece

    create_piece(
        store,
        publication,
        "reportage",
        "<script>alert(1)</script>",
        issue_id=issue82,
        status="valide",
        first_page=5,
        body="<script>alert(2)</script>",
        contributors=[("<b>X</b>", "author")],
    )
    export_issue(store, issue82, tmp_path / "out", include_drafts=True)
    for path in (tmp_path / "out" / "html").iterdir():
        text = path.read_text(encoding="utf-8")
        assert "<script" not in text and "&lt;script&gt;" in text
        assert "<b>X</b>" not in text


def test_export_twice_gives_the_same_bytes(store, seeded, tmp_path) -> None:
    export_issue(store, seeded, tmp_path / "a")
    export_issue(store, seeded, tmp_path / "b")
    assert read_tree(tmp_path / "a") == read_tree(tmp_path / "b")
    first = export_issue(store, seeded, tmp_path / "a.zip", zip=True).path.read_bytes()
    second = export_issue(store, seeded, tmp_path / "b.zip", zip=True).path.read_bytes()
    assert first == second
    archive = zipfile.ZipFile(io.BytesIO(first))
    names = archive.namelist()
    assert names == sorted(names) and all(n.startswith("en-contact-n082/") for n in names)
    assert {i.date_time for i in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    assert (
        archive.read("en-contact-n082/manifest.json")
        == (tmp_path / "a" / "manifest.json").read_bytes()
    )


def test_errors_refuse_the_export_unless_drafts_are_included(
    store, publication, issue82, tmp_path, page_set
) -> None:
    build_issue(store, publication, issue82, status="redaction", pages=page_set)
    with pytest.raises(ExportRefused) as refused:
        export_issue(store, issue82, tmp_path / "out")
    assert {f.code for f in refused.value.findings} >= {"not_validated"}
    assert not (tmp_path / "out").exists()
    result = export_issue(store, issue82, tmp_path / "out", include_drafts=True)
    assert len(result.errors) == 3
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["include_drafts"] is True
    assert [f["code"] for f in manifest["checklist"]].count("not_validated") == 3


def test_a_folder_that_is_not_empty_is_refused_unless_forced(store, seeded, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("à garder")
    with pytest.raises(ExportError, match="n'est pas vide"):
        export_issue(store, seeded, out)
    export_issue(store, seeded, out, force=True)
    export_issue(store, seeded, out, force=True)
    assert (out / "notes.txt").read_text() == "à garder"
    (tmp_path / "x.zip").write_bytes(b"old")
    with pytest.raises(ExportError):
        export_issue(store, seeded, tmp_path / "x", zip=True)


def test_a_symlink_in_the_output_cannot_send_files_outside(store, seeded, tmp_path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "icml").symlink_to(outside, target_is_directory=True)
    # The bundle is built beside the folder and renamed into place: the link is never
    # followed, and does not survive the replacement.
    export_issue(store, seeded, out, force=True)
    assert list(outside.iterdir()) == []
    assert not (out / "icml").is_symlink()
    assert (out / "manifest.json").is_file()


def test_the_flatplan_pdf_is_a_pluggable_step(store, seeded, tmp_path) -> None:
    seen = []

    def render(store_, issue_id) -> bytes:
        seen.append(issue_id)
        return b"%PDF-1.4 chemin de fer"

    result = export_issue(store, seeded, tmp_path / "out", flatplan_pdf=render)
    assert seen == [seeded]
    assert (tmp_path / "out" / "chemin-de-fer.pdf").read_bytes() == b"%PDF-1.4 chemin de fer"
    assert result.manifest["flatplan"]["pdf"] == "chemin-de-fer.pdf"
    assert "no_flatplan_pdf" not in {f.code for f in result.findings}

    def broken(store_, issue_id) -> bytes:
        raise RuntimeError("police absente")

    result = export_issue(store, seeded, tmp_path / "out2", flatplan_pdf=broken)
    assert any("police absente" in f.message for f in result.warnings)


def test_names_are_ascii_slugs_unique_and_inside(tmp_path) -> None:
    assert slugify("À vous de jouer !") == "a-vous-de-jouer"
    assert slugify("Cœur ../../etc/passwd") == "coeur-etc-passwd"
    assert slugify("«»") == "papier"
    assert slugify("mot " * 30) == "-".join(["mot"] * 15)
    taken: set[str] = set()
    assert piece_basename(12, "Même titre", taken) == "p012-meme-titre"
    assert piece_basename(12, "Meme titre", taken) == "p012-meme-titre-2"
    assert piece_basename(None, "X", taken) == "hors-page-x"
    for bad in ("../x", "/etc/passwd", "a/../../b", "a\\b", "", "a//b"):
        with pytest.raises(UnsafePathError):
            check_relative(bad)
    assert inside(tmp_path, "icml/a.icml") == tmp_path / "icml" / "a.icml"

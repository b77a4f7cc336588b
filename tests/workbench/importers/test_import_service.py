"""Importing into the store: what is created, duplicates, refusals, publications, speed."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from tests.conftest import PAGES, WINDOWS_1252
from workbench.catalog import create_publication, list_issues, list_publications
from workbench.importers.service import (
    CREATED,
    DEFAULT_PUBLICATION,
    DUPLICATE,
    REFUSED,
    collect_files,
    format_report,
    import_paths,
)
from workbench.pieces import all_pieces, get_piece
from workbench.search import index_is_in_sync, search
from workbench.store import StoreError


def _snapshot(store) -> tuple:
    return tuple(
        store.scalar(f"SELECT count(*) FROM {table}")
        for table in (
            "publication",
            "issue",
            "piece",
            "contributor",
            "piece_contributor",
            "section",
        )
    )


def test_seeds_import_into_an_empty_store(store, seeds):
    report = import_paths(store, [seeds])
    assert [f.status for f in report.files] == [CREATED] * 3
    assert [f.path.rsplit("/", 1)[-1] for f in report.files] == [
        "edito-82.txt",
        "interview-berc.txt",
        "report-davos-2013.txt",
    ]
    (publication,) = list_publications(store)
    assert publication.name == "En-Contact"
    assert store.scalar("SELECT tagline FROM publication").startswith("Le magazine indépendant")
    (issue,) = list_issues(store, publication.id)
    assert issue.number == 82

    edito = get_piece(store, report.files[0].piece_id)
    assert (edito.kind, edito.issue_number, edito.edito_number) == ("edito", 82, 82)
    assert edito.title == "À vous de jouer !"
    assert edito.published_at == datetime(2014, 10, 26, 18, 23)
    assert edito.signature_note == "Édito rédigé en octobre 2014"
    assert [(c.name, c.role) for c in edito.contributors] == [("Manuel Jacquinet", "author")]
    assert edito.status == "remis"
    assert (
        store.scalar(
            "SELECT s.name FROM section s JOIN piece p ON p.section_id = s.id WHERE p.id = ?",
            (edito.id,),
        )
        == "Édito"
    )
    assert report.files[0].created == [
        f"papier {edito.id}",
        "publication « En-Contact »",
        "numéro 82",
        "contributeur « Manuel Jacquinet »",
    ]

    interview = get_piece(store, report.files[1].piece_id)
    assert interview.kind == "interview" and interview.issue_id is None
    assert interview.standfirst.startswith("Posteurs")
    assert [(c.name, c.role) for c in interview.contributors] == [
        ("Charles-Emmanuel Berc", "interviewee")
    ]
    assert store.scalar(
        "SELECT bio FROM contributor WHERE name = 'Charles-Emmanuel Berc'"
    ).startswith("Charles-Emmanuel Berc est fondateur")
    assert report.files[1].undetermined == ["auteur : aucune signature trouvée"]

    davos = get_piece(store, report.files[2].piece_id)
    assert davos.kind == "reportage" and report.files[2].guessed["kind"] == "reportage"
    assert [(c.name, c.role) for c in davos.contributors] == [("H Caufield", "author")]
    assert store.scalar("SELECT count(DISTINCT source_hash) FROM piece") == 3
    assert index_is_in_sync(store)
    assert [h.piece_id for h in search(store, "stabulation")] == [davos.id]


def test_importing_twice_creates_no_duplicate(store, tmp_path, seeds):
    import_paths(store, [seeds])
    before = _snapshot(store)
    # Same text in another encoding is the same piece.
    copy = tmp_path / "copie-1252.txt"
    copy.write_bytes((seeds / "edito-82.txt").read_text(encoding="utf-8").encode("cp1252"))
    report = import_paths(store, [seeds, copy])
    assert [f.status for f in report.files] == [DUPLICATE] * 4
    assert report.ok
    assert "déjà importé : papier 1 « À vous de jouer ! »" in report.files[0].reasons[0]
    assert _snapshot(store) == before


def test_duplicate_found_inside_the_transaction(store, publication, tmp_path, monkeypatch):
    import workbench.importers.service as service

    path = tmp_path / "a.md"
    path.write_text("# A\n\nTexte\n", encoding="utf-8")
    (first,) = import_paths(store, [path]).files
    # Simulate a race: the quick check before the transaction misses the piece.
    real = service._report_duplicate
    calls = []

    def blind_first(store, digest, result):
        calls.append(digest)
        return False if len(calls) == 1 else real(store, digest, result)

    monkeypatch.setattr(service, "_report_duplicate", blind_first)
    before = _snapshot(store)
    (again,) = import_paths(store, [path]).files
    assert len(calls) == 2
    assert (again.status, again.piece_id, again.created) == (DUPLICATE, first.piece_id, [])
    assert _snapshot(store) == before


def test_refused_files_change_nothing(store, publication, tmp_path):
    (tmp_path / "vide.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (tmp_path / "faux.docx").write_bytes(b"pas un zip")
    (tmp_path / "mauvais.md").write_text("---\nkind: poeme\n---\nTexte\n", encoding="utf-8")
    (tmp_path / "titre-vide.md").write_text(
        "---\ntitle: '   '\npage_count: 0\n---\nTexte\n", encoding="utf-8"
    )
    (tmp_path / "nul.txt").write_bytes("日本語のテキストです。".encode("shift_jis") * 5)
    before = _snapshot(store)
    (tmp_path / "papier.pdf").write_bytes(b"%PDF-1.4\n")
    report = import_paths(store, [tmp_path, tmp_path / "absent.txt", tmp_path / "papier.pdf"])
    assert [f.status for f in report.files] == [REFUSED] * 8
    reasons = {f.path.rsplit("/", 1)[-1]: f.reasons[0] for f in report.files}
    assert reasons["vide.txt"] == "le fichier est vide"
    assert "pas un fichier texte" in reasons["image.txt"]
    assert "pas un document Word" in reasons["faux.docx"]
    assert "genre inconnu" in reasons["mauvais.md"]
    assert "au moins une page" in reasons["titre-vide.md"]
    assert "encodage non reconnu" in reasons["nul.txt"]
    assert reasons["absent.txt"] == "fichier introuvable"
    assert reasons["papier.pdf"].startswith("format non pris en charge (.pdf)")
    assert not report.ok
    assert _snapshot(store) == before


def test_a_failure_while_storing_rolls_back_that_file_only(
    store, publication, tmp_path, monkeypatch
):
    (tmp_path / "a.md").write_text(
        "---\ntitle: A\nissue: 12\ncontributors: [Zoé]\n---\nTexte A\n", encoding="utf-8"
    )
    (tmp_path / "b.md").write_text("---\ntitle: B\n---\nTexte B\n", encoding="utf-8")
    import workbench.pieces as pieces

    real = pieces.replace_contributors

    def failing(session, piece_id, contributors):
        real(session, piece_id, contributors)
        if contributors:
            raise StoreError("panne simulée")

    monkeypatch.setattr("workbench.importers.service.replace_contributors", failing)
    before = _snapshot(store)
    report = import_paths(store, [tmp_path])
    assert [f.status for f in report.files] == [REFUSED, CREATED]
    assert report.files[0].reasons == ["panne simulée"]
    assert report.files[0].created == []
    # a.md's numéro 12, contributor and piece were all rolled back; b.md is there.
    assert store.scalar("SELECT count(*) FROM issue WHERE number = 12") == 0
    assert store.scalar("SELECT count(*) FROM contributor WHERE name = 'Zoé'") == 0
    assert _snapshot(store)[2] == before[2] + 1
    assert index_is_in_sync(store)


def test_markdown_and_docx_import(store, publication, tmp_path):
    import docx

    document = docx.Document()
    document.add_heading("Un document Word", level=1)
    document.add_paragraph("Le texte du document.")
    document.save(tmp_path / "piece.docx")
    (tmp_path / "sous" / "dossier").mkdir(parents=True)
    (tmp_path / "sous" / "dossier" / "piece.markdown").write_text(
        "---\ntitle: Du Markdown\nkind: chronique\nissue: 91\ncontributors:\n"
        "  - {name: Anne Martin, role: author}\n  - {name: Paul Roux, role: photographer}\n---\n"
        "Texte *souligné*.\n",
        encoding="utf-8",
    )
    (tmp_path / "ignore.pdf").write_bytes(b"%PDF")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "cache.md").write_text("# caché\n", encoding="utf-8")
    report = import_paths(store, [tmp_path])
    assert [f.path.rsplit("/", 1)[-1] for f in report.files] == ["piece.docx", "piece.markdown"]
    assert [f.status for f in report.files] == [CREATED, CREATED]
    word = get_piece(store, report.files[0].piece_id)
    assert (word.title, word.body, word.kind) == (
        "Un document Word",
        "Le texte du document.\n",
        "reportage",
    )
    md = get_piece(store, report.files[1].piece_id)
    assert (md.title, md.kind, md.issue_number, md.body) == (
        "Du Markdown",
        "chronique",
        91,
        "Texte *souligné*.\n",
    )
    assert [(c.name, c.role) for c in md.contributors] == [
        ("Anne Martin", "author"),
        ("Paul Roux", "photographer"),
    ]
    assert md.publication_id == publication


def test_markdown_without_title_takes_file_name(store, publication, tmp_path):
    (tmp_path / "mon_papier.md").write_text("Juste du texte.\n", encoding="utf-8")
    (result,) = import_paths(store, [tmp_path]).files
    assert result.title == "mon papier"
    assert result.guessed["title"] == "mon papier"
    assert "titre : pris du nom du fichier" in result.undetermined


# Which publication -------------------------------------------------------------------


def test_given_publication_wins(store, tmp_path, seeds):
    first = create_publication(store, "En-Contact")
    other = create_publication(store, "Autre")
    (result,) = import_paths(store, [seeds / "edito-82.txt"], publication_id=other).files
    assert get_piece(store, result.piece_id).publication_id == other
    assert first != other


def test_named_publication_is_matched_ignoring_case_and_accents(store, seeds):
    create_publication(store, "Autre")
    wanted = create_publication(store, "EN-CONTACT")
    (result,) = import_paths(store, [seeds / "edito-82.txt"]).files
    assert get_piece(store, result.piece_id).publication_id == wanted


def test_only_publication_is_used(store, tmp_path, seeds):
    only = create_publication(store, "Le Mag")
    (result,) = import_paths(store, [seeds / "edito-82.txt"]).files
    assert get_piece(store, result.piece_id).publication_id == only
    assert "publication" not in " ".join(result.created)


def test_default_publication_when_nothing_is_named(store, tmp_path):
    create_publication(store, "Un")
    create_publication(store, "Deux")
    (tmp_path / "a.md").write_text("# A\n\nTexte\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# B\n\nAutre texte\n", encoding="utf-8")
    report = import_paths(store, [tmp_path])
    assert report.files[0].created[1] == f"publication « {DEFAULT_PUBLICATION} »"
    assert all(f.publication == DEFAULT_PUBLICATION for f in report.files)
    assert (
        store.scalar("SELECT count(*) FROM publication WHERE name = ?", (DEFAULT_PUBLICATION,)) == 1
    )


def test_unknown_publication_id_is_an_error(store, seeds):
    with pytest.raises(StoreError, match="identifiant 99"):
        import_paths(store, [seeds], publication_id=99)


def test_existing_issue_is_reused(store, publication, issue82, seeds):
    (result,) = import_paths(store, [seeds / "edito-82.txt"]).files
    assert get_piece(store, result.piece_id).issue_id == issue82
    assert "numéro 82" not in result.created


# Files and report ------------------------------------------------------------------


def test_collect_files_sorted_and_recursive(tmp_path):
    for name in ("b/2.txt", "a/1.md", "a/z.docx", "c.TXT", "d.png"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    names = [p.relative_to(tmp_path).as_posix() for p in collect_files([tmp_path])]
    assert names == ["a/1.md", "a/z.docx", "b/2.txt", "c.TXT"]


def test_report_text_and_json(store, tmp_path, seeds):
    (tmp_path / "vide.txt").write_bytes(b"")
    report = import_paths(store, [seeds / "edito-82.txt", tmp_path / "vide.txt"])
    lines = format_report(report)
    assert lines[0].startswith("✓ ") and "« À vous de jouer ! »" in lines[0]
    assert any(line.startswith("    reconnu : ") and "numéro : 82" in line for line in lines)
    assert any("deviné : statut : remis" in line for line in lines)
    assert any(line.startswith("✗ ") and "le fichier est vide" in line for line in lines)
    assert lines[-1] == "Bilan : 1 importé(s), 0 déjà présent(s), 1 refusé(s)."
    data = report.to_dict()
    assert (data["created"], data["duplicates"], data["refused"]) == (1, 0, 1)
    assert data["files"][0]["recognised"]["published_at"] == "2014-10-26T18:23:00"


def test_import_many_files_is_fast(store, publication, tmp_path, seeds):
    source = (seeds / "report-davos-2013.txt").read_text(encoding="utf-8")
    for n in range(200):
        (tmp_path / f"{n:04d}.txt").write_text(
            source.replace("Davos", f"Davos {n}"), encoding="utf-8"
        )
    report = import_paths(store, [tmp_path])  # how fast: the benchmark's import rows
    assert report.count(CREATED) == 200
    assert len(all_pieces(store)) == 200


def test_seed_folder_copy_with_windows_encoding(store, tmp_path, seeds):
    target = tmp_path / "pages"
    shutil.copytree(seeds, target)
    path = target / "interview-berc.txt"
    path.write_bytes(path.read_text(encoding="utf-8").replace("\n", "\r\n").encode("cp1252"))
    report = import_paths(store, [target / "interview-berc.txt"])
    (result,) = report.files
    assert result.status == CREATED and result.encoding == "cp1252"
    piece = get_piece(store, result.piece_id)
    assert piece.title.startswith("«De retour de Singapour, bluffé»")
    assert "l’expérience client" in piece.body


# The invented pages (tests/data): the same paths on a bare clone --------------------

OUR_EDITO = PAGES / "edito-47.txt"
OUR_INTERVIEW_1252 = WINDOWS_1252 / "interview-marchand-1252.txt"


def test_invented_pages_import_into_an_empty_store(store):
    report = import_paths(store, [PAGES])
    assert [f.status for f in report.files] == [CREATED] * 3
    assert [f.path.rsplit("/", 1)[-1] for f in report.files] == [
        "edito-47.txt",
        "interview-marchand.txt",
        "reportage-rencontres-2025.txt",
    ]
    (publication,) = list_publications(store)
    assert publication.name == "Ligne Directe"
    assert store.scalar("SELECT tagline FROM publication").startswith(
        "Le magazine des centres de contact"
    )
    (issue,) = list_issues(store, publication.id)
    assert issue.number == 47

    edito = get_piece(store, report.files[0].piece_id)
    assert (edito.kind, edito.issue_number, edito.edito_number) == ("edito", 47, 47)
    assert edito.title == "Décrochez, on vous écoute !"
    assert edito.published_at == datetime(2025, 3, 14, 8, 30)
    assert edito.signature_note == "Édito rédigé en mars 2025"
    assert [(c.name, c.role) for c in edito.contributors] == [("Sophie Delaunay", "author")]
    assert edito.status == "remis"
    assert (
        store.scalar(
            "SELECT s.name FROM section s JOIN piece p ON p.section_id = s.id WHERE p.id = ?",
            (edito.id,),
        )
        == "Édito"
    )
    assert report.files[0].created == [
        f"papier {edito.id}",
        "publication « Ligne Directe »",
        "numéro 47",
        "contributeur « Sophie Delaunay »",
    ]

    interview = get_piece(store, report.files[1].piece_id)
    assert interview.kind == "interview" and interview.issue_id is None
    assert interview.standfirst.startswith("Promesses affichées")
    assert [(c.name, c.role) for c in interview.contributors] == [("Élise Marchand", "interviewee")]
    assert store.scalar("SELECT bio FROM contributor WHERE name = 'Élise Marchand'").startswith(
        "Élise Marchand est directrice"
    )
    assert report.files[1].undetermined == ["auteur : aucune signature trouvée"]

    report_piece = get_piece(store, report.files[2].piece_id)
    assert report_piece.kind == "reportage" and report.files[2].guessed["kind"] == "reportage"
    assert [(c.name, c.role) for c in report_piece.contributors] == [("Camille Royer", "author")]
    assert store.scalar("SELECT count(DISTINCT source_hash) FROM piece") == 3
    assert index_is_in_sync(store)
    assert [h.piece_id for h in search(store, "cocon")] == [report_piece.id]


def test_invented_pages_twice_and_in_windows_1252_create_no_duplicate(store, tmp_path):
    import_paths(store, [PAGES])
    before = _snapshot(store)
    # Same text in another encoding is the same piece: the committed cp1252 file, and
    # the édito re-encoded here.
    copy = tmp_path / "copie-1252.txt"
    copy.write_bytes(OUR_EDITO.read_text(encoding="utf-8").encode("cp1252"))
    report = import_paths(store, [PAGES, copy, OUR_INTERVIEW_1252])
    assert [f.status for f in report.files] == [DUPLICATE] * 5
    assert report.ok
    assert "déjà importé : papier 1 « Décrochez, on vous écoute ! »" in report.files[0].reasons[0]
    assert report.files[-1].encoding == "cp1252"
    assert "déjà importé : papier 2" in report.files[-1].reasons[0]
    assert _snapshot(store) == before


def test_invented_edito_named_publication_is_matched(store):
    create_publication(store, "Autre")
    wanted = create_publication(store, "LIGNE DIRECTE")
    (result,) = import_paths(store, [OUR_EDITO]).files
    assert get_piece(store, result.piece_id).publication_id == wanted
    assert "numéro 47" in result.created


def test_invented_edito_goes_into_its_existing_issue(store, publication):
    from datetime import date

    from workbench.catalog import IssueFields, create_issue

    issue47 = create_issue(
        store, publication, IssueFields(47, "Le plateau", 68, date(2025, 3, 1), date(2025, 3, 20))
    )
    (result,) = import_paths(store, [OUR_EDITO]).files
    assert get_piece(store, result.piece_id).issue_id == issue47
    assert "numéro 47" not in result.created


def test_invented_report_text_and_json(store, tmp_path):
    (tmp_path / "vide.txt").write_bytes(b"")
    report = import_paths(store, [OUR_EDITO, tmp_path / "vide.txt"])
    lines = format_report(report)
    assert lines[0].startswith("✓ ") and "« Décrochez, on vous écoute ! »" in lines[0]
    assert any(line.startswith("    reconnu : ") and "numéro : 47" in line for line in lines)
    assert any("deviné : statut : remis" in line for line in lines)
    assert any(line.startswith("✗ ") and "le fichier est vide" in line for line in lines)
    assert lines[-1] == "Bilan : 1 importé(s), 0 déjà présent(s), 1 refusé(s)."
    data = report.to_dict()
    assert (data["created"], data["duplicates"], data["refused"]) == (1, 0, 1)
    assert data["files"][0]["recognised"]["published_at"] == "2025-03-14T08:30:00"


def test_import_many_invented_files_is_fast(store, publication, tmp_path):
    source = (PAGES / "reportage-rencontres-2025.txt").read_text(encoding="utf-8")
    for n in range(200):
        (tmp_path / f"{n:04d}.txt").write_text(
            source.replace("Rencontres", f"Rencontres {n}"), encoding="utf-8"
        )
    report = import_paths(store, [tmp_path])
    assert report.count(CREATED) == 200
    assert len(all_pieces(store)) == 200


def test_invented_folder_copy_with_windows_encoding(store, tmp_path):
    target = tmp_path / "pages"
    shutil.copytree(PAGES, target)
    path = target / "interview-marchand.txt"
    path.write_bytes(OUR_INTERVIEW_1252.read_bytes())
    report = import_paths(store, [target])
    assert [f.status for f in report.files] == [CREATED] * 3
    result = report.files[1]
    assert result.encoding == "cp1252"
    piece = get_piece(store, result.piece_id)
    assert piece.title.startswith("«On ne fidélise pas un client avec un script»")
    assert "l’historique" in piece.body

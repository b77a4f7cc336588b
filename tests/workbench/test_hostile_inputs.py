"""Hostile files, made by the tests themselves: each is refused in one line that names the
problem, before anything is stored (the database's content is unchanged)."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from planner_data import big_issue

from workbench import catalog, pieces
from workbench.catalog import IssueFields, ValidationError
from workbench.export.bundle import export_issue
from workbench.export.reimport import BundleError, import_bundle
from workbench.importers.service import REFUSED, import_paths
from workbench.importers.textfile import RefusedFile, decode
from workbench.limits import MAX_TITLE_CHARS, LimitError, check_archive, load_front_matter
from workbench.store import Store


def content(store) -> list[tuple]:
    """What the store holds, to compare before and after a refusal."""
    tables = ("publication", "issue", "piece", "contributor", "flatplan_slot", "asset")
    return [tuple(store.query(f"SELECT * FROM {table} ORDER BY id")) for table in tables]


def only_refusal(store, path: Path) -> str:
    before = content(store)
    report = import_paths(store, [path])
    assert [f.status for f in report.files] == [REFUSED]
    assert content(store) == before
    (reason,) = report.files[0].reasons
    assert "\n" not in reason
    return reason


# Import ------------------------------------------------------------------------------------

ALIAS_BOMB = """---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
title: *h
---
Texte.
"""


def test_a_yaml_alias_bomb_is_refused_without_expanding(store, tmp_path):
    bomb = tmp_path / "bombe.md"
    bomb.write_text(ALIAS_BOMB, encoding="utf-8")
    assert "alias" in only_refusal(store, bomb)


def test_front_matter_without_aliases_still_reads():
    assert load_front_matter("title: Un titre\ncontributors: [Ana, Léo]\n") == {
        "title": "Un titre",
        "contributors": ["Ana", "Léo"],
    }
    with pytest.raises(LimitError, match="trop long"):
        load_front_matter("title: " + "x" * 70_000)


def test_a_folder_link_out_of_the_folder_is_not_followed(store, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("clé privée\n", encoding="utf-8")
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "papier.md").write_text("# Un papier\n\nDu texte.\n", encoding="utf-8")
    (folder / "lien.txt").symlink_to(secret)
    (folder / "interne.md").symlink_to(folder / "papier.md")  # inside: read (a duplicate)
    report = import_paths(store, [folder])
    by_name = {Path(f.path).name: f for f in report.files}
    assert by_name["lien.txt"].status == REFUSED
    assert "lien symbolique" in by_name["lien.txt"].reasons[0]
    assert {by_name["papier.md"].status, by_name["interne.md"].status} == {"created", "duplicate"}
    assert not store.query("SELECT id FROM piece WHERE body LIKE '%clé privée%'")


def _docx_bytes(tmp_path: Path) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Un titre", level=1)
    document.add_paragraph("Un paragraphe.")
    path = tmp_path / "base.docx"
    document.save(str(path))
    return path.read_bytes()


def _rewrite_zip(data: bytes, replace: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename not in replace:
                target.writestr(info, source.read(info))
        for name, payload in replace.items():
            target.writestr(name, payload, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_a_docx_zip_bomb_is_refused(store, tmp_path):
    bomb = tmp_path / "bombe.docx"
    bomb.write_bytes(_rewrite_zip(_docx_bytes(tmp_path), {"word/media/vide.bin": bytes(30 << 20)}))
    assert bomb.stat().st_size < 200_000
    reason = only_refusal(store, bomb)
    assert "bombe de décompression" in reason and "vide.bin" in reason


def test_a_docx_with_xml_entities_is_refused(store, tmp_path):
    data = _docx_bytes(tmp_path)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml")
    evil = xml.replace(
        b"?>",
        b'?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        1,
    )
    xxe = tmp_path / "xxe.docx"
    xxe.write_bytes(_rewrite_zip(data, {"word/document.xml": evil}))
    assert "entités XML" in only_refusal(store, xxe)


def test_one_bad_byte_in_a_utf8_file_is_reported_not_reread(store, tmp_path):
    text = "Ça commence à l’été, à Paris.\nDeuxième ligne « citée ».\n".encode()
    damaged = tmp_path / "abime.txt"
    damaged.write_bytes(text.replace("Deuxième".encode(), b"Deuxi\xe8me"))
    reason = only_refusal(store, damaged)
    assert reason.startswith("octet invalide en UTF-8 (0xE8, ligne 2, colonne 6)")


def test_real_windows_1252_is_still_read():
    assert decode("Le café « bien » été".encode("cp1252")).encoding == "cp1252"


def test_a_title_of_a_million_characters_is_refused(store, tmp_path):
    page = tmp_path / "titre.md"
    page.write_text("# " + "Titre " * 200_000 + "\n\nTexte.\n", encoding="utf-8")
    assert "le titre est trop long" in only_refusal(store, page)


def test_a_five_million_character_one_line_title_is_refused(store, tmp_path):
    """One line, no space: under the file size limit, over the title's."""
    page = tmp_path / "une-ligne.txt"
    page.write_text("T" * 5_000_000 + "\n", encoding="utf-8")
    reason = only_refusal(store, page)
    assert reason.startswith("le titre est trop long") and len(reason) < 120


def test_a_50_mb_text_is_refused_by_its_size(store, tmp_path):
    page = tmp_path / "enorme.txt"
    with page.open("w", encoding="utf-8") as out:
        line = "Un paragraphe ordinaire, répété jusqu'à cinquante mégaoctets.\n\n"
        for _ in range(50 * 1024 * 1024 // len(line.encode()) + 1):
            out.write(line)
    assert page.stat().st_size > 50 * 1024 * 1024
    assert "trop volumineux" in only_refusal(store, page)  # read no further than the limit


def test_too_many_notes_are_refused(store, tmp_path):
    page = tmp_path / "notes.md"
    calls = "".join(f"mot[^{n}] " for n in range(600))
    notes = "\n".join(f"[^{n}]: note {n}" for n in range(600))
    page.write_text(f"# Notes\n\n{calls}\n\n{notes}\n", encoding="utf-8")
    assert "trop de notes" in only_refusal(store, page)


def test_limits_do_not_refuse_real_work(store, publication):
    long_but_real = "T" * 290
    piece = pieces.create_piece(store, publication, "reportage", long_but_real)
    assert pieces.get_piece(store, piece).title == long_but_real
    with pytest.raises(ValidationError, match="Le titre est trop long"):
        pieces.create_piece(store, publication, "reportage", "T" * (MAX_TITLE_CHARS + 1))


def test_absurd_numero_values_are_refused(store, publication):
    with pytest.raises(ValidationError, match="ne peut pas dépasser"):
        catalog.create_issue(store, publication, IssueFields(10**12))
    with pytest.raises(ValidationError, match="au plus 1000 pages"):
        catalog.create_issue(store, publication, IssueFields(5, page_count=1_000_000))


# Bundles -----------------------------------------------------------------------------------


@pytest.fixture
def bundle(store, publication, tmp_path) -> Path:
    issue = big_issue(store, publication, number=120, pieces_count=3)
    return export_issue(store, issue, tmp_path / "export", include_drafts=True).path


def _tampered(bundle: Path, target: Path, change) -> Path:
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    change(manifest)
    target.mkdir()
    for path in bundle.rglob("*"):
        if path.is_file():
            copy = target / path.relative_to(bundle)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(path.read_bytes())
    (target / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return target


def _set(*keys_and_value):
    *keys, value = keys_and_value

    def change(manifest):
        node = manifest
        for key in keys[:-1]:
            node = node[key]
        node[keys[-1]] = value

    return change


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (_set("flatplan", "slots", 0, "page_count", 1_000_000), "flatplan.slots[0].page_count"),
        (_set("issue", "page_count", "beaucoup"), "issue.page_count"),
        (_set("pieces", 0, "version", "abc"), "pieces[0].version"),
        (_set("pieces", 0, "first_page", -3), "pieces[0].first_page"),
        (_set("pieces", 1, "status", "publié-partout"), "Statut inconnu"),
        (_set("issue", "status", "fini"), "Statut de numéro inconnu"),
        (_set("issue", "number", 10**30), "issue.number"),
        (_set("pieces", 2, "title", "x" * 600), "pieces[2] : le titre est trop long"),
    ],
)
def test_a_manifest_value_the_dialogs_would_refuse_is_refused(tmp_path, bundle, change, named):
    tampered = _tampered(bundle, tmp_path / "tampered", change)
    with Store.open(tmp_path / "other.sqlite") as other:
        before = content(other)
        with pytest.raises(BundleError) as refused:
            import_bundle(other, tampered)
        assert content(other) == before
    message = str(refused.value)
    assert named in message and "\n" not in message


def test_a_bundle_zip_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bombe.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("numero/manifest.json", json.dumps({"format": "x"}))
        archive.writestr("numero/images/vide.jpg", bytes(40 << 20))
    with Store.open(tmp_path / "other.sqlite") as other, pytest.raises(BundleError) as refused:
        import_bundle(other, bomb)
    assert "bombe de décompression" in str(refused.value)


def test_archive_rules(tmp_path):
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for n in range(3):
            archive.writestr(f"f{n}.txt", "texte " * 100)
        archive.writestr("dedans.zip", b"PK")
    with zipfile.ZipFile(path) as archive:
        with pytest.raises(LimitError, match="archive dans l'archive"):
            check_archive(archive, max_total=1 << 20)
        with pytest.raises(LimitError, match="trop volumineuse"):
            check_archive(archive, max_total=1000, allow_nested=(".zip",))
        check_archive(archive, max_total=1 << 20, allow_nested=(".zip",))


def test_refused_file_messages_are_one_line():
    with pytest.raises(RefusedFile) as refused:
        decode(b"\x00\x01binary")
    assert "\n" not in str(refused.value)


@pytest.mark.sqlite_only  # PostgreSQL's typed columns refuse « abc » as a version
def test_check_finds_values_only_a_script_can_store(store, publication):
    import sqlite3

    from workbench.integrity import check_store

    issue = catalog.create_issue(store, publication, IssueFields(7, page_count=12))
    piece = pieces.create_piece(store, publication, "breve", "Brève", issue_id=issue)
    with sqlite3.connect(store.path) as raw:
        raw.execute("UPDATE piece SET version = 'abc', first_page = -3 WHERE id = ?", (piece,))
        raw.execute(
            "INSERT INTO flatplan_slot (issue_id, kind, label, first_page, page_count) "
            "VALUES (?, 'ad', 'Pub géante', 1, 1000000)",
            (issue,),
        )
        raw.execute("UPDATE issue SET status = 'fini' WHERE id = ?", (issue,))
    messages = [f.message for f in check_store(store) if f.severity == "error"]
    assert any("version invalide" in m for m in messages)
    assert any("Brève" in m and "pages qui n'existent pas" in m for m in messages)
    assert any("Pub géante" in m for m in messages)
    assert any("statut invalide" in m for m in messages)


def test_control_and_bidi_characters_leave_an_imported_title(store, tmp_path):
    page = tmp_path / "titre.md"
    page.write_text(
        '---\ntitle: "Titre\\e]0;pwned\\a \\u202eexe.cod"\n---\nUn texte\x07 propre.\n',
        encoding="utf-8",
    )
    report = import_paths(store, [page])
    (result,) = report.files
    assert result.status == "created", result.reasons
    stored = store.query_one("SELECT title, body FROM piece")
    assert stored["title"] == "Titre]0;pwned exe.cod"
    assert stored["body"].strip() == "Un texte propre."
    assert any("caractère(s) de contrôle retiré(s) du titre" in w for w in result.warnings)

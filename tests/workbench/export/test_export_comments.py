"""Editorial comments in an export only when asked (``--with-comments``): Word comments
on their passage in a proofreading DOCX, the threads in the manifest, and brought back
identical by ``import-bundle``."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from lxml import etree

from workbench.comments import add_comment, list_comments, resolve
from workbench.export.bundle import export_issue
from workbench.export.reimport import import_bundle
from workbench.pieces import create_piece
from workbench.store import Store

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BODY = "Le centre de contacts a changé de **prestataire** en juin.\n\nLes conseillers suivent."


@pytest.fixture
def commented(store, publication, issue82) -> tuple[int, int]:
    piece = create_piece(
        store, publication, "reportage", "Le grand déménagement", issue_id=issue82,
        body=BODY, first_page=4, page_count=2, status="valide",
    )  # fmt: skip
    start = BODY.index("**prestataire** en juin")
    thread = add_comment(
        store, piece, "Lequel ?", start=start, end=start + len("**prestataire** en juin")
    )
    add_comment(store, piece, "Celui de Lille.", parent_id=thread.id)
    add_comment(store, piece, "Titre trop long.")
    done = add_comment(store, piece, "Coquille corrigée.")
    resolve(store, done.id)
    return issue82, piece


def _docx_parts(folder, name: str) -> dict[str, bytes]:
    (path,) = (folder / "docx").glob("*.docx")
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if name in n}


def test_comments_stay_out_of_an_export_unless_asked(store, commented, tmp_path):
    issue, _ = commented
    result = export_issue(store, issue, tmp_path / "plain", include_drafts=True)
    manifest = json.loads((result.path / "manifest.json").read_text())
    assert all("comments" not in piece for piece in manifest["pieces"])
    assert _docx_parts(result.path, "comments") == {}
    for path in result.path.rglob("*"):
        if path.is_file():
            assert b"Lequel ?" not in path.read_bytes(), path


def test_a_proofreading_docx_has_word_comments_on_their_passages(store, commented, tmp_path):
    issue, _ = commented
    result = export_issue(store, issue, tmp_path / "proof", include_drafts=True, with_comments=True)
    parts = _docx_parts(result.path, "word/")
    comments = etree.fromstring(parts["word/comments.xml"])
    texts = [
        "\n".join("".join(t.text or "" for t in p.iter(f"{W}t")) for p in c.iter(f"{W}p"))
        for c in comments.iter(f"{W}comment")
    ]
    author = store.user or ""
    assert texts == [
        f"Lequel ?\n{author} : Celui de Lille.",
        "Titre trop long.",
    ]  # not the resolved
    document = etree.fromstring(parts["word/document.xml"])
    covered = []
    for paragraph in document.iter(f"{W}p"):
        inside = False
        words = ""
        for node in paragraph:
            if node.tag == f"{W}commentRangeStart" and node.get(f"{W}id") == "0":
                inside = True
            elif node.tag == f"{W}commentRangeEnd" and node.get(f"{W}id") == "0":
                inside = False
            elif inside and node.tag == f"{W}r":
                words += "".join(t.text or "" for t in node.iter(f"{W}t"))
        if words:
            covered.append(words)
    assert covered == ["prestataire en juin"]


@pytest.mark.parametrize("as_zip", [False, True])
def test_import_bundle_brings_the_comments_back(store, commented, tmp_path, as_zip):
    issue, piece = commented
    result = export_issue(
        store, issue, tmp_path / "out", include_drafts=True, with_comments=True, zip=as_zip
    )
    with Store.open(tmp_path / "other.sqlite") as other:
        imported = import_bundle(other, result.path)
        (copy,) = imported.piece_ids

        def shape(target, piece_id):
            return [
                (c.author, c.body, c.resolved, c.anchor, c.created_at, c.is_reply)
                for c in list_comments(target, piece_id)
            ]

        assert shape(other, copy) == shape(store, piece)
        body = other.scalar("SELECT body FROM piece WHERE id = ?", (copy,))
        anchor = list_comments(other, copy)[0].anchor
        assert body[anchor.start : anchor.end] == "**prestataire** en juin"


def test_a_bundle_with_bad_comments_is_refused_whole(store, commented, tmp_path):
    from workbench.export.reimport import BundleError

    issue, _ = commented
    result = export_issue(store, issue, tmp_path / "out", include_drafts=True, with_comments=True)
    manifest_path = result.path / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["pieces"][0]["comments"][1]["parent"] = 999
    manifest_path.write_text(json.dumps(manifest))
    with Store.open(tmp_path / "other.sqlite") as other:
        with pytest.raises(BundleError, match="parent"):
            import_bundle(other, result.path)
        assert other.scalar("SELECT count(*) FROM piece") == 0
        assert other.scalar("SELECT count(*) FROM comment") == 0


def test_word_reads_the_proofreading_docx(store, commented, tmp_path):
    """python-docx reads the comments back, as Word would list them."""
    import docx

    issue, _ = commented
    result = export_issue(store, issue, tmp_path / "proof", include_drafts=True, with_comments=True)
    (path,) = (result.path / "docx").glob("*.docx")
    document = docx.Document(io.BytesIO(path.read_bytes()))
    assert [c.text.split("\n")[0] for c in document.comments] == ["Lequel ?", "Titre trop long."]

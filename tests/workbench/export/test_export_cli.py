"""``workbench export`` and ``workbench import-bundle`` from the command line."""

from __future__ import annotations

import json

from export_seeds import build_issue

from workbench.cli import main


def test_export_then_import_bundle(
    store, publication, issue82, db_path, tmp_path, capsys, page_set
) -> None:
    build_issue(store, publication, issue82, pages=page_set)
    out = tmp_path / "bundle"
    assert main(["--db", str(db_path), "export", "--issue", "82", "--out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["pieces"] == 3 and "manifest.json" in report["files"]
    assert main(["--db", str(db_path), "export", "--issue", "82", "--out", str(out)]) == 1
    assert "n'est pas vide" in capsys.readouterr().err
    assert main(["--db", str(db_path), "export", "--issue", "82", "--out", str(out), "--zip"]) == 0
    assert (tmp_path / "bundle.zip").is_file()
    capsys.readouterr()
    other = tmp_path / "other.sqlite"
    assert main(["--db", str(other), "import-bundle", str(tmp_path / "bundle.zip")]) == 0
    assert "Numéro 82 réimporté : 3 papier(s)." in capsys.readouterr().out
    assert main(["--db", str(other), "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 3


def test_errors_are_one_french_line(
    store, publication, issue82, db_path, tmp_path, capsys, page_set
) -> None:
    build_issue(store, publication, issue82, status="redaction", pages=page_set)
    assert (
        main(["--db", str(db_path), "export", "--issue", "99", "--out", str(tmp_path / "o")]) == 1
    )
    assert capsys.readouterr().err.strip() == "workbench : Aucun numéro 99 dans cette base."
    assert (
        main(["--db", str(db_path), "export", "--issue", "82", "--out", str(tmp_path / "o")]) == 1
    )
    err = capsys.readouterr().err
    assert "ERREUR :" in err and err.splitlines()[-1].startswith("workbench : Export refusé")
    assert (
        main(
            [
                "--db",
                str(db_path),
                "export",
                "--issue",
                "82",
                "--out",
                str(tmp_path / "o"),
                "--include-drafts",
            ]
        )
        == 0
    )
    assert main(["--db", str(db_path), "import-bundle", str(tmp_path / "nowhere")]) == 1
    assert "n'existe pas" in capsys.readouterr().err

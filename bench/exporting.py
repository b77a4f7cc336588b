"""Export: one numéro of 80 pieces to ICML (vs pandoc), and to the whole bundle.

ICML, ours: what the bundle does for its ``icml/`` folder — the numéro read from the
store (:func:`workbench.export.source.load_issue`), each piece through the shared
tokenizer and :func:`workbench.export.icml.write_icml`, files written. Baseline: one
``pandoc -f markdown -t icml`` process over the same pieces' markdown (title, chapô,
body), from the Debian package; null, with a note, when pandoc is not installed.
Bundle: :func:`workbench.export.bundle.export_issue` (every format, chemin de fer PDF,
manifest), in seconds.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bench.stats import median, ratio, scenario

EXPORT_RATIO = 1.0


def icml_ours(db: Path, issue_id: int, out: Path) -> int:
    from workbench.export.icml import write_icml
    from workbench.export.names import piece_basename
    from workbench.export.source import load_issue
    from workbench.export.tokens import build_document
    from workbench.store import Store

    with Store.open(db) as store:
        data = load_issue(store, issue_id)
        style = data.publication["footnote_style"]
        taken: set[str] = set()
        out.mkdir(parents=True, exist_ok=True)
        for piece in data.pieces:
            name = piece_basename(piece.first_page, piece.title, taken)
            document = build_document(piece, style)
            (out / f"{name}.icml").write_bytes(
                write_icml(document, footnote_style=style, title=piece.title)
            )
        return len(data.pieces)


def pieces_markdown(db: Path, issue_id: int) -> str:
    from workbench.export.source import load_issue
    from workbench.store import Store

    with Store.open(db) as store:
        data = load_issue(store, issue_id)
    parts = []
    for piece in data.pieces:
        parts.append(f"# {piece.title}\n")
        if piece.standfirst:
            parts.append(f"**{piece.standfirst}**\n")
        parts.append(piece.body.strip() + "\n")
    return "\n".join(parts)


def scenarios(db: Path, issue_id: int, runs: int, bundle_runs: int) -> dict[str, dict]:
    from workbench.export.bundle import export_issue
    from workbench.store import Store

    pandoc = shutil.which("pandoc")
    with tempfile.TemporaryDirectory(prefix="workbench-bench-export-") as tmp:
        folder = Path(tmp)
        source = folder / "numero.md"
        source.write_text(pieces_markdown(db, issue_id), encoding="utf-8")
        ours, base = [], []
        count = 0
        for run in range(runs):
            started = time.perf_counter()
            count = icml_ours(db, issue_id, folder / f"icml-{run}")
            ours.append(time.perf_counter() - started)
            if pandoc:
                started = time.perf_counter()
                subprocess.run(
                    [
                        pandoc,
                        "-f",
                        "markdown",
                        "-t",
                        "icml",
                        "-o",
                        str(folder / "p.icml"),
                        str(source),
                    ],
                    check=True,
                    capture_output=True,
                )
                base.append(time.perf_counter() - started)
        bundle = []
        files = 0
        with Store.open(db) as store:
            for run in range(bundle_runs):
                started = time.perf_counter()
                result = export_issue(
                    store, issue_id, folder / f"bundle-{run}", include_drafts=True, force=True
                )
                bundle.append(time.perf_counter() - started)
                files = len(result.files)
    ours_s, base_s = median(ours), median(base)
    export_ratio = ratio(ours_s, base_s)
    return {
        "export": scenario(
            ours_s,
            base_s,
            runs,
            unit="s",
            target=f"ratio ≤ {EXPORT_RATIO:g}",
            ok=None if export_ratio is None else export_ratio <= EXPORT_RATIO,
            note="" if pandoc else "pandoc is not installed: no baseline (make bench installs it)",
            pieces=count,
        ),
        "bundle": scenario(
            median(bundle),
            None,
            bundle_runs,
            unit="s",
            target="reported",
            ok=None,
            pieces=count,
            files=files,
        ),
    }

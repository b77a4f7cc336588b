"""The table printed at the end of a run, and bench.json."""

from __future__ import annotations

import json
from pathlib import Path

ORDER = (
    "startup",
    "memory",
    "search",
    "team_search",
    "team_startup",
    "team_change",
    "team_rights",
    "open_piece",
    "typing",
    "export",
    "bundle",
    "import",
    "growth",
    "hostile",
    "list_json",
    "check",
)
LABELS = {
    "startup": "start-up",
    "memory": "memory",
    "search": "search",
    "team_search": "search (PostgreSQL)",
    "team_startup": "start-up (PostgreSQL)",
    "team_change": "change seen elsewhere",
    "team_rights": "save under the rules (PostgreSQL)",
    "open_piece": "open a piece",
    "typing": "typing",
    "export": "export ICML",
    "bundle": "bundle",
    "import": "import",
    "growth": "growth",
    "hostile": "hostile files",
    "list_json": "list --json, largest archive",
    "check": "check, largest archive",
}


def _number(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        if abs(value) >= 100:
            return f"{value:.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        if abs(value) >= 0.1:
            return f"{value:.2f}"
        return f"{value:.4f}"
    return str(value)


def _ours(entry: dict) -> str:
    text = _number(entry["ours"])
    if entry.get("p95") is not None:
        text += f" (p95 {_number(entry['p95'])})"
    return text


def table(scenarios: dict[str, dict]) -> str:
    rows = [("scenario", "ours", "baseline", "ratio", "unit", "target", "ok?")]
    for name in ORDER:
        entry = scenarios.get(name)
        if entry is None:
            continue
        ok = {True: "yes", False: "NO", None: "—"}[entry.get("ok")]
        baseline = _number(entry["baseline"])
        if entry.get("baseline_p95") is not None:
            baseline += f" (p95 {_number(entry['baseline_p95'])})"
        ratio = _number(entry["ratio"])
        if name == "memory" and entry.get("delta_mb") is not None:
            ratio += f" (+{entry['delta_mb']:.0f} MB)"
        rows.append(
            (LABELS[name], _ours(entry), baseline, ratio, entry["unit"], entry["target"], ok)
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    notes = [
        f"{LABELS[name]}: {scenarios[name]['note']}"
        for name in ORDER
        if name in scenarios and scenarios[name].get("note")
    ]
    return "\n".join(lines + ([""] + notes if notes else []))


def write(path: Path, result: dict) -> None:
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

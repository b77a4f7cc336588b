"""In ui/, an import of the project's own modules inside a function is the exception, and
says why.

Deferred imports keep the window's first paint fast and break the odd import cycle;
elsewhere an import belongs at the top of its module, where a reader sees what the module
depends on. The core (db/, workbench/) is held to the same rule by ruff's PLC0415, with the
reason in its ``noqa`` comment; ui/ imports Qt in functions on purpose, so there the rule
looks at the project's own modules only.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PROJECT = ("db", "workbench", "ui", "bench")
# Modules that load a heavy library on import: deferring them needs no comment.
HEAVY = {
    "db.models": "SQLModel and SQLAlchemy: loaded on the first write, never for the first paint",
    "db.backups": "only when a backup is taken or listed",
}


def _explained(lines: list[str], first: int, last: int) -> bool:
    """A comment on the import's lines, or above the block of imports it belongs to."""
    if any("#" in line for line in lines[first - 1 : last]):
        return True
    above = first - 1
    while above >= 1 and lines[above - 1].strip().startswith(("from ", "import ", ")")):
        above -= 1
    return above >= 1 and lines[above - 1].strip().startswith("#")


def unexplained_imports(source: str) -> list[tuple[int, str]]:
    """(line, module) of the project imports inside functions with no comment saying why,
    on the import's line or the line above."""
    lines = source.splitlines()
    found = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                module = node.module
            elif isinstance(node, ast.Import):
                module = node.names[0].name
            else:
                continue
            if module.split(".")[0] not in PROJECT or module in HEAVY:
                continue
            if _explained(lines, node.lineno, node.end_lineno or node.lineno):
                continue
            found.append((node.lineno, module))
    return sorted(set(found))


def test_the_rule_wants_a_reason():
    source = (
        "def f():\n"
        "    from workbench.catalog import get_issue\n"
        "    from db.models import Piece\n"
        "    from workbench.pieces import get_piece  # cycle: pieces imports this module\n"
        "    # the PDF needs Qt's painter: loaded only to draw\n"
        "    from workbench.flatplan.pdf import paint\n"
        "    import json\n"
        "    # features load after the first paint\n"
        "    from ui.editor.feature import EditorFeature\n"
        "    from ui.search.feature import SearchFeature\n"
    )
    assert unexplained_imports(source) == [(2, "workbench.catalog")]


@pytest.mark.parametrize("package", ["ui"])
def test_every_deferred_import_of_the_interface_says_why(package):
    offenders = [
        f"{path.relative_to(REPO)}:{line} {module}"
        for path in sorted((REPO / package).rglob("*.py"))
        for line, module in unexplained_imports(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], "import at the top, or say why on the line (# start-up, # cycle…)"

"""The layers hold: imports go ``ui → workbench → db``; ``db`` and ``workbench`` never import
``ui`` nor Qt's widgets, not even inside a function or through importlib, so every editorial
rule runs headless; and nothing of the product imports ``bench`` (the benchmark and its demo
archives sit on top, apart)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FORBIDDEN = ("ui", "PySide6.QtWidgets", "bench")
# What each layer of the product may not import.
LAYERS: dict[str, tuple[str, ...]] = {
    "db": ("workbench", *FORBIDDEN),
    "workbench": FORBIDDEN,
    "ui": ("bench",),
}


def _forbidden(name: str, banned_names: tuple[str, ...]) -> bool:
    return any(name == banned or name.startswith(banned + ".") for banned in banned_names)


def forbidden_imports(source: str, banned: tuple[str, ...] = FORBIDDEN) -> list[tuple[int, str]]:
    """(line, module) of every import of a forbidden module in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (
                (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
                or (
                    isinstance(node.func, ast.Name)
                    and node.func.id in ("__import__", "import_module")
                )
            )
        ):
            names = [node.args[0].value]
        found += [(node.lineno, name) for name in names if _forbidden(name, banned)]
    return found


@pytest.mark.parametrize(
    "source",
    [
        "import ui.app",
        "from ui import app",
        "from PySide6.QtWidgets import QWidget",
        "from PySide6 import QtWidgets",
        "def f():\n    from ui.launch import main\n",
        "import importlib\nimportlib.import_module('ui.main_window')",
        "__import__('PySide6.QtWidgets')",
        "from bench.demo import build_demo_archive",
    ],
)
def test_the_guard_sees_every_way_of_importing(source):
    assert forbidden_imports(source), source


def test_the_guard_lets_the_core_use_qtcore_and_qtgui():
    assert forbidden_imports("from PySide6.QtGui import QPdfWriter\nimport uikit") == []


@pytest.mark.parametrize("package", sorted(LAYERS))
def test_each_layer_imports_only_the_layers_below(package):
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {name}"
        for path in sorted((REPO / package).rglob("*.py"))
        for line, name in forbidden_imports(path.read_text(encoding="utf-8"), LAYERS[package])
    ]
    assert offenders == []

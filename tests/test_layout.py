"""tests/ mirrors the package tree: a test of ``workbench/text/counting.py`` lives in
``tests/workbench/text/``, so a reader finds the tests of a module where the module is."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
# Folders of tests/ that are not packages: the invented pages and files tests read.
NOT_PACKAGES = {"data"}
# Checks of the whole project, kept at the top of tests/.
PROJECT_WIDE = {
    "test_layers.py",
    "test_layout.py",
    "test_wheel.py",
    "test_typecheck.py",
    "test_deferred_imports.py",
}


def test_every_test_folder_is_a_package_folder():
    strays = [
        str(folder.relative_to(TESTS))
        for folder in TESTS.rglob("*")
        if folder.is_dir()
        and folder.name != "__pycache__"
        and folder.relative_to(TESTS).parts[0] not in NOT_PACKAGES
        and not (REPO / folder.relative_to(TESTS) / "__init__.py").is_file()
    ]
    assert strays == [], f"tests/ folders with no package of the same path: {strays}"


def test_only_project_wide_checks_sit_at_the_top():
    top = sorted(p.name for p in TESTS.glob("test_*.py"))
    assert set(top) <= PROJECT_WIDE, f"move into the folder of the module they test: {top}"


def test_test_file_names_are_unique():
    """pytest imports test files by their name (no __init__.py in tests/)."""
    names = [p.name for p in TESTS.rglob("test_*.py")]
    assert len(names) == len(set(names))

"""Every path comes from workbench/paths.py: the shipped files are found as package data, the
user's folders are platformdirs' (the same folders and names as before), and no other module
of the product computes one of them."""

from __future__ import annotations

import ast
from pathlib import Path

import platformdirs
import pytest

from workbench import paths

REPO = Path(__file__).resolve().parents[2]


def test_shipped_files_are_found_as_package_data():
    import resources

    assert paths.resource_root() == Path(resources.__file__).parent
    assert paths.app_icon_path().read_text(encoding="utf-8").lstrip().startswith("<")
    assert (paths.sample_dir() / "publication.yaml").is_file()
    assert sorted(paths.translations_dir().glob("*/*.ts"))
    assert paths.resource("icons", "workbench.svg") == paths.app_icon_path()


def test_user_folders_are_platformdirs_ones(monkeypatch, tmp_path):
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    assert paths.data_dir() == platformdirs.user_data_path("Workbench", appauthor=False)
    assert paths.data_dir() == tmp_path / "xdg_data_home" / "Workbench"
    assert paths.default_database() == paths.data_dir() / "workbench.sqlite"
    assert paths.log_dir() == platformdirs.user_log_path("Workbench", appauthor=False)
    assert paths.cache_dir() == platformdirs.user_cache_path("Workbench", appauthor=False)


@pytest.mark.parametrize("value", ["", "   "])
def test_cache_folder_without_xdg_cache_home_is_the_home_one(monkeypatch, value):
    monkeypatch.setenv("XDG_CACHE_HOME", value)
    assert paths.cache_dir() == platformdirs.user_cache_path("Workbench", appauthor=False)


def test_backups_sit_beside_their_database(tmp_path):
    from db.backups import backup_folder

    db_path = tmp_path / "revue.sqlite"
    assert paths.backup_dir(db_path) == backup_folder(db_path) == tmp_path / "revue.sqlite.backups"


def _path_computations(source: str) -> list[tuple[int, str]]:
    """(line, what) of each platformdirs import and each ``"resources"`` string literal."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            modules = [node.module or ""]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        else:
            modules = []
        if any(name.split(".")[0] == "platformdirs" for name in modules):
            found.append((node.lineno, "platformdirs"))
        elif isinstance(node, ast.Constant) and node.value == "resources":
            found.append((node.lineno, '"resources"'))
    return found


def test_no_other_module_computes_these_paths():
    offenders = []
    for layer in ("db", "workbench", "ui"):
        for module in sorted((REPO / layer).rglob("*.py")):
            if module == REPO / "workbench" / "paths.py":
                continue
            for line, what in _path_computations(module.read_text(encoding="utf-8")):
                offenders.append(f"{module.relative_to(REPO)}:{line} {what}")
    assert not offenders, "use workbench.paths: " + ", ".join(offenders)

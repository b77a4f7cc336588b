"""The wheel is the whole program: built from a copy of the sources, installed in a fresh
virtual environment that cannot see the source tree, it lists pieces, opens its window and
finds its icon, sample publication and French translations.

No network: the wheel is built without build isolation (setuptools of the project's
environment) and installed with ``--no-index``; the fresh environment borrows the project
environment's already installed dependencies through a ``.pth`` file.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHIPPED = ("pyproject.toml", "README.md", "db", "workbench", "ui", "resources")
JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build", "dist")

# Run by the installed copy: every path through workbench.paths, every file loaded.
CHECK_INSTALLED = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication
import db, resources, ui, workbench
from workbench import paths
from workbench.sample import read_sample
from ui.app import install_translations

app = QApplication([])
icon = QIcon(str(paths.app_icon_path()))
qm = sorted((paths.translations_dir() / "fr").glob("*.qm"))
loaded = [q.name for q in qm if QTranslator().load(str(q))]
print(json.dumps({
    "modules": [m.__file__ for m in (db, resources, ui, workbench)],
    "prefix": sys.prefix,
    "icon": not icon.isNull() and bool(icon.availableSizes() or icon.pixmap(32).width()),
    "qm": [q.name for q in qm],
    "loaded": loaded,
    "installed": len(install_translations(app, "fr")),
    "sample": read_sample(paths.sample_dir()).name,
    "sample_pieces": len(list(paths.sample_dir().glob("*.md"))),
}))
"""


def _can_build_wheels() -> bool:
    """setuptools 70.1 and later has bdist_wheel; before, the wheel package provides it
    (looked up without importing setuptools, which patches distutils)."""
    try:
        major, minor = (int(part) for part in version("setuptools").split(".")[:2])
    except (PackageNotFoundError, ValueError):
        return False
    return (major, minor) >= (70, 1) or importlib.util.find_spec("wheel") is not None


def _dependency_folders() -> list[str]:
    """The folders this interpreter imports installed packages from (its site-packages,
    and those a .pth file of it adds): never the source tree, which an editable install
    reaches through an import hook, not through sys.path."""
    return [
        entry
        for entry in dict.fromkeys(sys.path)
        if Path(entry).name in ("site-packages", "dist-packages")
        and Path(entry).is_dir()
        and Path(entry).resolve() != REPO
    ]


def _run(command: list[str], *, cwd: Path, env: dict[str, str], timeout: float = 120):
    result = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, (
        f"{command[0]} … exited {result.returncode}\n{result.stdout[-3000:]}\n"
        f"{result.stderr[-3000:]}"
    )
    return result


def _sources(target: Path) -> Path:
    """A copy of what the wheel is built from, with the .qm built where missing (as
    ``make translations`` does), so the build writes nothing into the repository."""
    target.mkdir()
    for name in SHIPPED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=JUNK)
        else:
            shutil.copy2(source, target / name)
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    for ts in sorted((target / "resources" / "translations").glob("*/*.ts")):
        if not ts.with_suffix(".qm").exists():
            subprocess.run(
                [lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
            )
    return target


@pytest.mark.skipif(
    not _can_build_wheels(),
    reason="setuptools>=70.1 needed to build the wheel offline (make installs the dev extra)",
)
def test_installed_wheel_runs_the_command_line_and_the_window(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    elsewhere = tmp_path / "elsewhere"  # the working folder: no source tree in sight
    elsewhere.mkdir()

    # 1. The wheel, built from a copy of the sources.
    sources = _sources(tmp_path / "src")
    dist = tmp_path / "dist"
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(dist),
            str(sources),
        ],
        cwd=elsewhere,
        env=env,
    )
    (wheel,) = dist.glob("workbench-*.whl")

    # 2. A fresh environment, the project environment's dependencies borrowed by a .pth file.
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=elsewhere, env=env)
    python = venv / "bin" / "python"
    purelib = _run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        cwd=elsewhere,
        env=env,
    ).stdout.strip()
    borrowed = "\n".join(_dependency_folders())
    (Path(purelib) / "workbench-test-dependencies.pth").write_text(borrowed + "\n")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ],
        cwd=elsewhere,
        env=env,
    )
    command = venv / "bin" / "workbench"
    assert command.exists()

    # 3. The installed copy, and only it, with its files.
    found = json.loads(_run([str(python), "-c", CHECK_INSTALLED], cwd=elsewhere, env=env).stdout)
    for module in found["modules"]:
        assert Path(module).is_relative_to(venv), module
    assert found["icon"]
    assert found["qm"] and found["loaded"] == found["qm"]
    assert "ui.main_window.qm" in found["qm"]
    assert found["installed"] >= len(found["qm"])
    assert found["sample"] and found["sample_pieces"] == len(
        list((REPO / "resources" / "sample").glob("*.md"))
    )

    # 4. The command line and the window, from the installed command.
    listed = _run(
        [str(command), "--db", str(tmp_path / "list.sqlite"), "list", "--json"],
        cwd=elsewhere,
        env=env,
    )
    assert json.loads(listed.stdout) == []
    shown = _run(
        [str(command), "--db", str(tmp_path / "window.sqlite")],
        cwd=elsewhere,
        env={**env, "WORKBENCH_BENCH_STARTUP": "1"},
    )
    (line,) = [line for line in shown.stdout.splitlines() if line.startswith("{")]
    assert {"shown", "ready", "tree_rows"} <= set(json.loads(line))

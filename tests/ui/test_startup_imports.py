"""What the window loads: the heavy libraries wait for the first use of what needs them,
even once the features are installed after the first paint (start-up time, memory)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Loaded on first use only: SQLModel and Alembic on the first write or upgrade, the
# exporters' and importers' libraries on the first export or import, the spell checker when
# a piece is checked.
HEAVY = ("sqlmodel", "alembic", "docx", "yaml", "lxml", "markdown_it", "enchant")

SCRIPT = """
import json, sys
from pathlib import Path
from ui.app import make_application
from workbench.store import Store
app = make_application(["workbench"])
from ui.main_window import MainWindow
window = MainWindow(Store.open(Path(sys.argv[1])))
window.install_features()
print(json.dumps(sorted({{m.split(".")[0] for m in sys.modules}} & {heavy})))
"""


def test_the_window_with_its_features_loads_no_heavy_library(store, tmp_path):
    store.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(heavy=repr(set(HEAVY))), str(store.path)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout.strip().splitlines()[-1])
    assert loaded == [], f"loaded with the window: {loaded}"

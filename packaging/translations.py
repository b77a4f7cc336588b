"""Translation sources: one ``resources/translations/fr/<module>.ts`` per ui module.

    python packaging/translations.py update   # run lupdate on every ui module (keeps translations)
    python packaging/translations.py check    # list strings still without a French translation

Source strings are English; French is the default interface language. One file per module
lets several people translate at once without conflicts.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

# The sources in this checkout, not workbench.paths: that may find an installed copy, and
# the .ts files it would write belong in the repository.
REPO = Path(__file__).resolve().parent.parent
UI = REPO / "ui"
TS_DIR = REPO / "resources" / "translations" / "fr"


def ui_modules() -> list[Path]:
    """ui modules that hold translatable strings."""
    return sorted(p for p in UI.rglob("*.py") if re.search(r"\btr\(|\btranslate\(", p.read_text()))


def ts_path(module: Path) -> Path:
    dotted = ".".join(module.relative_to(REPO).with_suffix("").parts)
    return TS_DIR / f"{dotted}.ts"


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return found


def update(modules: list[Path] | None = None, ts_dir: Path = TS_DIR) -> list[Path]:
    ts_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for module in modules or ui_modules():
        target = ts_dir / ts_path(module).name
        subprocess.run(
            [
                lupdate(),
                "-silent",
                "-no-obsolete",
                "-target-language",
                "fr_FR",
                str(module),
                "-ts",
                str(target),
            ],
            check=True,
        )
        written.append(target)
    return written


def untranslated(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) pairs of a .ts file with no finished French translation."""
    missing = []
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or "").strip()
            ):
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append((name, message.findtext("source", "")))
    return missing


def check() -> int:
    problems = 0
    for module in ui_modules():
        ts = ts_path(module)
        if not ts.exists():
            print(f"{module.relative_to(REPO)}: no {ts.relative_to(REPO)}")
            problems += 1
            continue
        for context, source in untranslated(ts):
            print(f"{ts.name}: [{context}] {source!r}")
            problems += 1
    return 1 if problems else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        for path in update():
            print(path.relative_to(REPO))
    else:
        sys.exit(check())

"""Starting the GUI from the command line: checks that a screen exists first."""

from __future__ import annotations

import glob
import os
import sys
from pathlib import Path

# Libraries Qt 6's xcb platform plugin loads, by the Debian package that ships each.
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
}
LIBRARY_DIRS = ("/usr/lib/*-linux-gnu", "/lib/*-linux-gnu", "/usr/lib64", "/usr/lib", "/lib")


def _has_library(name: str) -> bool:
    """Whether a shared library is in the system's usual places (no ldconfig: start-up path)."""
    return any(glob.glob(os.path.join(pattern, name)) for pattern in LIBRARY_DIRS)


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """Why no window can be shown, in one line; None when a screen is there."""
    env = os.environ if environ is None else environ
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None
    if sys.platform != "linux":
        return None
    if not platform and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return (
            "Aucun écran disponible (ni DISPLAY ni WAYLAND_DISPLAY) : Workbench a besoin d'une "
            "session graphique. Les sous-commandes (workbench --help) marchent sans écran."
        )
    missing = [pkg for lib, pkg in XCB_LIBRARIES.items() if not _has_library(lib)]
    if missing:
        return (
            "Bibliothèques manquantes pour afficher une fenêtre : installez les paquets Debian "
            + " ".join(missing)
            + " (make run le fait)."
        )
    return None


def start_gui(db_path: Path, open_piece: int | None, lang: str | None) -> int:
    problem = display_problem()
    if problem:
        print(f"workbench : {problem}", file=sys.stderr)
        return 2
    from ui.app import run

    return run(db_path, open_piece_id=open_piece, lang=lang)

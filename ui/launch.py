"""The ``workbench`` command: the window, or a subcommand of the command line.

The console script lands here, outside the headless core: a plain window start (``workbench
[--db PATH] [--open N] [--lang fr|en]``) is read without building the full parser, checks
that a screen exists, and opens the window; anything else goes to :func:`workbench.cli.main`,
which is handed :func:`start_gui` for the window it cannot open itself (``db`` and
``workbench`` never import ``ui``).
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Sequence
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


def main(argv: Sequence[str] | None = None) -> int:
    from workbench.cli import gui_arguments  # each path below loads only what it needs

    arguments = list(sys.argv[1:] if argv is None else argv)
    window = gui_arguments(arguments)
    if window is not None:
        from workbench.paths import default_database  # the window's path only

        db, open_piece, lang = window
        return start_gui(db if db is not None else default_database(), open_piece, lang)
    from workbench.cli import main as command_line  # the command line's path only

    return command_line(arguments, start_window=start_gui)


def start_gui(db_path: Path | str, open_piece: int | None, lang: str | None) -> int:
    problem = display_problem()
    if problem:
        print(f"workbench : {problem}", file=sys.stderr)
        return 2
    from ui.app import run  # Qt's widgets load only when a window is wanted

    return run(db_path, open_piece_id=open_piece, lang=lang)

"""Every path Workbench reads or writes outside a database the user names, in one place.

What the program ships (the application icon, the sample publication, the compiled
translations) is package data of the top-level ``resources`` package, found through
:mod:`importlib.resources`: the same call works in a source checkout, an editable install,
a wheel and an installed copy.

What belongs to the user follows the platform's rules (platformdirs; on Linux the XDG
variables):

* :func:`data_dir`: the default database (``workbench.sqlite``) and the personal word list;
* :func:`log_dir`: the rotating ``workbench.log``;
* :func:`cache_dir`: what can be rebuilt, such as the icons rendered once as PNG files;
* the settings are Qt's (``QSettings``, named after the application in ``ui/app.py``);
* :func:`backup_dir`: backups sit beside their database; the rule is ``db.backups``' own,
  since the store takes a backup itself before a migration and ``db`` imports nothing
  from ``workbench``.

Start-up stays fast: platformdirs and importlib.resources are imported on first use.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "Workbench"
DATABASE_NAME = "workbench.sqlite"


@cache
def resource_root() -> Path:
    """The folder of the ``resources`` package, wherever it is installed."""
    from importlib.resources import files  # noqa: PLC0415 - start-up: see the module's docstring

    root = files("resources")
    if not isinstance(root, Path):  # a zipped install: Qt reads its files by name
        raise RuntimeError(f"Workbench's resources are not a folder on disk: {root}")
    return root


def resource(*parts: str) -> Path:
    """A file or folder shipped with Workbench, e.g. ``resource("icons", "workbench.svg")``."""
    return resource_root().joinpath(*parts)


def translations_dir() -> Path:
    """The compiled translations, one folder per language (``fr/*.qm``)."""
    return resource("translations")


def sample_dir() -> Path:
    """The sample publication: ``publication.yaml`` and one Markdown file per piece."""
    return resource("sample")


def app_icon_path() -> Path:
    return resource("icons", "workbench.svg")


def data_dir() -> Path:
    """The user's data folder (``~/.local/share/Workbench`` on Linux)."""
    from platformdirs import user_data_path  # noqa: PLC0415 - start-up: see the module's docstring

    return user_data_path(APP_NAME, appauthor=False)


def default_database() -> Path:
    """The database used when none is named (``--db``)."""
    return data_dir() / DATABASE_NAME


def log_dir() -> Path:
    """The user's log folder (``~/.local/state/Workbench/log`` on Linux)."""
    from platformdirs import user_log_path  # noqa: PLC0415 - start-up: see the module's docstring

    return user_log_path(APP_NAME, appauthor=False)


def cache_dir() -> Path:
    """The user's cache folder: ``$XDG_CACHE_HOME/Workbench`` on Linux, computed here as
    platformdirs does because importing platformdirs costs more than the icon lookup that
    needs it at start-up; platformdirs elsewhere."""
    if sys.platform.startswith("linux"):
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.expanduser("~/.cache")
        return Path(base) / APP_NAME
    from platformdirs import user_cache_path  # noqa: PLC0415 - start-up: see the module's docstring

    return user_cache_path(APP_NAME, appauthor=False)


def backup_dir(db_path: Path) -> Path:
    """The folder of a database's backups: ``<database>.backups`` beside it."""
    from db.backups import backup_folder  # noqa: PLC0415 - start-up: the icon lookup needs no db

    return backup_folder(Path(db_path))

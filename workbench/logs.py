"""Where Workbench writes what went wrong: a rotating log file in the user's log folder.

Nothing is logged to the terminal by default: a person sees one line (CLI) or a dialog
(window); the traceback is kept in ``workbench.log`` (1 MB, five older files kept) for
whoever investigates.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from workbench.paths import log_dir

LOG_NAME = "workbench.log"
_installed: Path | None = None


def current_log_file() -> Path | None:
    """The file the project logs to, once :func:`setup_logging` has run (else None)."""
    return _installed


def setup_logging(folder: Path | None = None) -> Path | None:
    """Send the project's log records (INFO and above) to the rotating file; returns its
    path, None when the folder cannot be written (logging then stays off)."""
    global _installed
    if _installed is not None:
        return _installed

    target = (folder or log_dir()) / LOG_NAME
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:  # silent: no log folder, so nowhere to say it; logging stays off
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s")
    )
    for name in ("workbench", "ui", "db"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.INFO)
        logger.addHandler(handler)  # with a handler, Python's last-resort one stays quiet
    _installed = target
    return target

"""The command line: a subcommand on a database.

Each subcommand lives in its own module of this package with a ``register(subparsers)``
function. The ``workbench`` command itself is :func:`ui.launch.main`, which opens the
window or hands the arguments to :func:`main` here.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import WorkbenchError
from workbench.cli.common import EXIT_ERROR, EXIT_FAILED, EXIT_USAGE, CommandError
from workbench.paths import default_database

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    import argparse

COMMAND_MODULES = (
    "workbench.cli.cmd_list",
    "workbench.cli.cmd_check",
    "workbench.cli.cmd_import",
    "workbench.cli.cmd_search",
    "workbench.cli.cmd_plan",
    "workbench.cli.cmd_issue",
    "workbench.cli.cmd_export",
    "workbench.cli.cmd_backups",
    "workbench.cli.cmd_publication",
    "workbench.cli.cmd_piece",
    "workbench.cli.cmd_copy",
    "workbench.cli.cmd_team",
    "workbench.cli.cmd_comment",
    "workbench.cli.cmd_offline",
)


def build_parser() -> argparse.ArgumentParser:
    import argparse  # not on the window's start-up path (see gui_arguments)

    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Workbench, l'atelier éditorial du magazine. Sans sous-commande : "
        "ouvre la fenêtre.",
    )
    parser.add_argument(
        "--db",
        type=database_argument,
        default=None,
        help="base de données : un fichier SQLite, ou un serveur d'équipe "
        f"postgresql://utilisateur@serveur:port/base (par défaut : {default_database()})",
    )
    parser.add_argument(
        "--open", dest="open_piece", type=int, metavar="PIECE_ID", help="ouvre ce papier"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="langue de l'interface")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


LANGUAGES = ("fr", "en")

# A database as ``--db`` names it: a file's path, or a team store's address (a string,
# which Path would spoil: ``postgresql://`` would lose a slash).
Database = Path | str


def database_argument(text: str) -> Database:
    """``--db``'s value: an address (``scheme://…``, checked when opened) or a path."""
    return text if "://" in text else Path(text)


def describe_database(db: Database) -> str:
    """The database for a log line: a file's name, an address without its password."""
    if isinstance(db, Path):
        return db.name
    from db.location import safe_url

    return safe_url(db)


def gui_arguments(argv: Sequence[str]) -> tuple[Database | None, int | None, str | None] | None:
    """(db, open piece, language) of a plain window start — ``workbench [--db PATH]
    [--open N] [--lang fr|en]`` — read without building the full parser, which imports
    every subcommand's module (start-up is benchmarked). None for anything else (a
    subcommand, --help, a mistake): the full parser deals with it and its messages.
    """
    found: dict[str, str] = {}
    index = 0
    while index < len(argv):
        name, equals, value = argv[index].partition("=")
        if name not in ("--db", "--open", "--lang") or name in found:
            return None
        if not equals:
            if index + 1 >= len(argv):
                return None
            index += 1
            value = argv[index]
        if not value or value.startswith("-"):
            return None
        found[name] = value
        index += 1
    lang = found.get("--lang")
    if lang is not None and lang not in LANGUAGES:
        return None
    piece = found.get("--open")
    if piece is not None and not piece.isdigit():
        return None
    db = found.get("--db")
    return (database_argument(db) if db else None, int(piece) if piece else None, lang)


StartWindow = Callable[[Database, int | None, str | None], int]


def main(argv: Sequence[str] | None = None, *, start_window: StartWindow | None = None) -> int:
    """Run a subcommand. Without one, the window is wanted: ``start_window`` (given by the
    ``workbench`` command, :func:`ui.launch.main`) opens it; the core has none of its own."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(arguments)
    db_path: Database = args.db if args.db is not None else default_database()
    if args.command is None:
        if start_window is None:
            print(
                "workbench : indiquez une sous-commande (workbench --help) ; la fenêtre "
                "s'ouvre avec la commande workbench elle-même.",
                file=sys.stderr,
            )
            return EXIT_USAGE
        return start_window(db_path, args.open_piece, args.lang)
    from workbench.cli.terminal import SafeStream
    from workbench.logs import setup_logging

    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(stdout), SafeStream(stderr)  # type: ignore[assignment]
    setup_logging()  # every command leaves a trace in workbench.log
    log.info("command %s on %s", args.command, describe_database(db_path))
    try:
        return int(args.func(args, db_path) or 0)
    except CommandError as exc:
        print(f"workbench : {exc}", file=sys.stderr)
        return exc.exit_code
    except WorkbenchError as exc:  # foreseen by the core: its message is for people
        log.warning("command refused: %s", exc)
        print(f"workbench : {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:  # silent: the person stopped it
        return EXIT_USAGE
    except BrokenPipeError:  # silent: output piped into head & co.
        stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - one line for people, never a traceback
        return _unexpected(exc)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _unexpected(exc: Exception) -> int:
    """A failure no command foresaw (a full disk, a base locked too long…): one line on
    stderr, the traceback only in the log, exit code 2 (« failed »)."""
    from workbench.failures import explain
    from workbench.logs import setup_logging

    log_file = setup_logging()
    log.error("command failed: %s", sys.argv, exc_info=exc)
    where = f" (détails dans {log_file})" if log_file else ""
    print(f"workbench : échec : {explain(exc).reason}{where}.", file=sys.stderr)
    return EXIT_FAILED


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

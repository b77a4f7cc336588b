"""The ``workbench`` command: starts the GUI, or runs a subcommand on a database.

Each subcommand lives in its own module of this package with a ``register(subparsers)``
function; the GUI is imported only when it is started.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from workbench.cli.common import EXIT_USAGE, CommandError, default_db_path

COMMAND_MODULES = (
    "workbench.cli.cmd_list",
    "workbench.cli.cmd_check",
    "workbench.cli.cmd_demo",
    "workbench.cli.cmd_import",
    "workbench.cli.cmd_search",
    "workbench.cli.cmd_plan",
    "workbench.cli.cmd_issue",
    "workbench.cli.cmd_export",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Workbench, l'atelier éditorial du magazine. Sans sous-commande : "
        "ouvre la fenêtre.",
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"base de données à utiliser (par défaut : {default_db_path()})",
    )
    parser.add_argument(
        "--open", dest="open_piece", type=int, metavar="PIECE_ID", help="ouvre ce papier"
    )
    parser.add_argument("--lang", choices=("fr", "en"), help="langue de l'interface")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db_path: Path = args.db if args.db is not None else default_db_path()
    if args.command is None:
        from workbench.cli.gui import start_gui

        return start_gui(db_path, args.open_piece, args.lang)
    try:
        return int(args.func(args, db_path) or 0)
    except CommandError as exc:
        print(f"workbench : {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return EXIT_USAGE
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

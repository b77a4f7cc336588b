"""``workbench demo-archive``: a synthetic archive for demos and benchmarks."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from workbench.cli.common import EXIT_USAGE, CommandError, open_store


def register(subparsers: argparse._SubParsersAction) -> None:
    from workbench.demo import DEFAULT_PUBLICATION

    parser = subparsers.add_parser(
        "demo-archive", help="crée une archive de démonstration (numéros et papiers fictifs)"
    )
    parser.add_argument("--issues", type=int, required=True, metavar="N", help="nombre de numéros")
    parser.add_argument("--pieces", type=int, required=True, metavar="M", help="nombre de papiers")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="graine (défaut : 0)")
    parser.add_argument(
        "--publication",
        default=DEFAULT_PUBLICATION,
        metavar="NOM",
        help=f"nom de la publication (défaut : « {DEFAULT_PUBLICATION} »)",
    )
    parser.add_argument(
        "--with-long-interview",
        action="store_true",
        help="ajoute au marbre une interview d'environ 100 000 signes et affiche son identifiant",
    )
    parser.set_defaults(func=run_demo_archive)


def run_demo_archive(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.demo import add_long_interview, build_demo_archive

    if args.issues < 0 or args.pieces < 0:
        raise CommandError("--issues et --pieces doivent être positifs ou nuls.", EXIT_USAGE)
    started = time.perf_counter()
    with open_store(db_path, writes=True) as store:
        result = build_demo_archive(
            store, args.issues, args.pieces, seed=args.seed, publication=args.publication
        )
        long_id = (
            add_long_interview(store, result.publication_id, seed=args.seed)
            if args.with_long_interview
            else None
        )
    elapsed = time.perf_counter() - started
    print(
        f"Publication « {args.publication.strip()} » : {result.issues} numéros, "
        f"{result.pieces} papiers ({elapsed:.1f} s)."
    )
    if long_id is not None:
        print(f"Interview longue : papier {long_id}")
    return 0

"""``python -m bench.demo_archive --db PATH --issues N --pieces M``: a synthetic archive for
demos and benchmarks (not a command of the product: the demo generator lives with the bench)."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from workbench.cli.common import EXIT_USAGE, CommandError, open_store


def build_parser() -> argparse.ArgumentParser:
    from bench.demo import DEFAULT_PUBLICATION

    parser = argparse.ArgumentParser(
        prog="python -m bench.demo_archive",
        description="crée une archive de démonstration (numéros et papiers fictifs)",
    )
    parser.add_argument("--db", type=Path, required=True, metavar="FICHIER", help="base à remplir")
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
    return parser


def run_demo_archive(args: argparse.Namespace) -> int:
    from bench.demo import add_long_interview, build_demo_archive

    if args.issues < 0 or args.pieces < 0:
        raise CommandError("--issues et --pieces doivent être positifs ou nuls.", EXIT_USAGE)
    started = time.perf_counter()
    with open_store(args.db, writes=True) as store:
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


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run_demo_archive(args)
    except CommandError as exc:
        print(f"demo-archive : {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())

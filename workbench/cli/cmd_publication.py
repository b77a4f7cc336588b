"""``workbench publication new|set|list``: the publications and their house settings."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.cli.common import CommandError, open_store, print_json

if TYPE_CHECKING:
    from workbench.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("publication", help="crée ou règle une publication")
    actions = parser.add_subparsers(dest="publication_command", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="crée une publication (avec les rubriques habituelles)")
    new.add_argument("name", metavar="NOM")
    new.add_argument("--json", action="store_true", help="sortie JSON")
    new.set_defaults(func=run_new)
    change = actions.add_parser("set", help="règle une publication")
    change.add_argument("name", metavar="NOM")
    change.add_argument("--name", dest="new_name", metavar="NOUVEAU_NOM", help="la renomme")
    change.add_argument(
        "--footnotes", choices=("symbols", "numbers"), help="appels de note : * ** *** ou 1 2 3"
    )
    change.add_argument(
        "--signs-per-page",
        action="append",
        default=[],
        metavar="GENRE=N",
        help="signes par page pour un genre (edito=3500 …), répétable",
    )
    change.add_argument("--json", action="store_true", help="sortie JSON")
    change.set_defaults(func=run_set)
    listing = actions.add_parser("list", help="liste les publications et leurs réglages")
    listing.add_argument("--json", action="store_true", help="sortie JSON")
    listing.set_defaults(func=run_list)


def describe(store: Store, publication_id: int) -> dict:
    from workbench.catalog import get_publication, list_issues, signs_per_page_by_kind

    info = get_publication(store, publication_id)
    return {
        "id": info.id,
        "name": info.name,
        "footnotes": info.footnote_style,
        "signs_per_page": signs_per_page_by_kind(store, info.id),
        "issues": [i.number for i in list_issues(store, info.id)],
    }


def _print(data: dict, as_json: bool, verb: str) -> None:
    if as_json:
        print_json(data)
        return
    signs = ", ".join(f"{kind} {n}" for kind, n in data["signs_per_page"].items())
    print(
        f"Publication « {data['name']} » {verb} : notes en "
        f"{'symboles' if data['footnotes'] == 'symbols' else 'chiffres'}"
        + (f", signes par page : {signs}" if signs else "")
        + "."
    )


def run_new(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.catalog import create_publication

    with open_store(db_path, writes=True) as store:
        publication_id = create_publication(store, args.name)
        data = describe(store, publication_id)
    _print(data, args.json, "créée")
    return 0


def _signs(values: list[str]) -> list[tuple[str, int]]:
    settings = []
    for value in values:
        kind, equals, number = value.partition("=")
        if not equals or not number.strip().isdigit():
            raise CommandError(
                f"--signs-per-page : « {value} » n'est pas de la forme GENRE=NOMBRE "
                "(par exemple interview=4500)."
            )
        settings.append((kind.strip(), int(number)))
    return settings


def run_set(args: argparse.Namespace, db_path: Path) -> int:
    from workbench import catalog
    from workbench.cli.common import resolve_publication

    settings = _signs(args.signs_per_page)
    with open_store(db_path, writes=True) as store:
        publication = resolve_publication(store, args.name)
        # Every value is checked before the first is written: a refusal changes nothing.
        for kind, signs in settings:
            catalog.check_signs_per_page(kind, signs)
        if args.new_name is not None:
            catalog.rename_publication(store, publication.id, args.new_name)
        if args.footnotes is not None:
            catalog.set_footnote_style(store, publication.id, args.footnotes)
        for kind, signs in settings:
            catalog.set_signs_per_page(store, publication.id, kind, signs)
        data = describe(store, publication.id)
    _print(data, args.json, "réglée")
    return 0


def run_list(args: argparse.Namespace, db_path: Path) -> int:
    from workbench.catalog import list_publications

    with open_store(db_path) as store:
        data = [describe(store, p.id) for p in list_publications(store)]
    if args.json:
        print_json(data)
        return 0
    if not data:
        print("Aucune publication.")
    for entry in data:
        issues = ", ".join(f"N°{n}" for n in entry["issues"]) or "aucun numéro"
        print(f"{entry['name']} — {issues}")
    return 0

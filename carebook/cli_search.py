"""``carebook search TEXT``: the customers the app's search box would show, for scripts and checks."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from carebook.cli_targets import open_named_shop
from carebook.errors import CarebookError

Register = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_search(args: argparse.Namespace) -> int:
    from carebook.services.search import MAX_LIMIT, SEARCH_BOX_LIMIT, search

    limit = SEARCH_BOX_LIMIT if args.limit is None else args.limit
    if not 1 <= limit <= MAX_LIMIT:
        raise CarebookError(f"--limit must be between 1 and {MAX_LIMIT}")
    open_named_shop(args)
    hits = search(args.text, limit=limit)
    if args.json:
        rows = [
            {"id": hit.customer_id, "name": hit.name, "email": hit.email, "phone": hit.phone} for hit in hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        cells = (f"#{hit.customer_id}", hit.name, hit.email, hit.phone)
        print("\t".join(" ".join(cell.split()) for cell in cells))
    if not hits:
        print("no customers found")
    return 0


def add_commands(command: Register) -> None:
    found = command("search", cmd_search, "list the customers the app's search box would show for TEXT")
    found.add_argument("text", metavar="TEXT", help="a name, company, email, phone number, tag or words")
    found.add_argument("--json", action="store_true", help="print a JSON list of {id, name, email, phone}")
    found.add_argument("--limit", type=int, metavar="N", help="at most N customers (default: as the app, 12)")

"""What the search benchmark's 200 queries find, written as JSON, to compare two versions of the search.

    python -m tests.bench.search_results SHOP.sqlite3 OUT.json
    (then again with the other version, and diff the two files)

Each query is run with the search box's limit and with the default limit of 50; every result list is
written as [customer id, matched field] pairs. The shop is copied first (opening it may migrate it).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any


def results(shop: Path) -> list[dict[str, Any]]:
    from carebook.db import database
    from carebook.services.search import SEARCH_BOX_LIMIT, search
    from carebook.shop import close_shop, open_shop
    from tests.bench.search_bench import QUERIES, make_cases

    with tempfile.TemporaryDirectory() as work:
        os.environ.setdefault("CAREBOOK_DATA_DIR", str(Path(work) / "data"))
        copy = Path(work) / "shop.sqlite3"
        shutil.copyfile(shop, copy)
        open_shop(copy)
        try:
            select = "SELECT id, name, name_key, email, phone_e164 FROM customer"
            rows = database.execute_sql(select).fetchall()
            found = []
            for case in make_cases(rows, QUERIES):
                for limit in (SEARCH_BOX_LIMIT, 50):
                    hits = [[hit.customer_id, hit.matched] for hit in search(case.text, limit=limit)]
                    found.append({"kind": case.kind, "text": case.text, "limit": limit, "hits": hits})
        finally:
            close_shop()
    return found


if __name__ == "__main__":
    shop_file, out = Path(sys.argv[1]), Path(sys.argv[2])
    lists = results(shop_file)
    out.write_text(json.dumps(lists, ensure_ascii=False, indent=0) + "\n")
    print(f"{len(lists)} result lists, {sum(len(x['hits']) for x in lists)} hits -> {out}")

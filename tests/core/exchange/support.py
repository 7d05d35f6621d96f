"""Helpers for the CSV tests: writing files byte-exactly, fixture paths, database fingerprints."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

from carebook.db import database
from tests.core.sql_rows import rows

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "csv"


def write_csv(path: Path, text: str, *, bom: bool = False, crlf: bool = False) -> Path:
    """Write ``text`` (with ``\\n`` line ends) exactly, optionally with a BOM and CRLF line ends."""
    data = text.replace("\n", "\r\n") if crlf else text
    path.write_bytes((codecs.BOM_UTF8 if bom else b"") + data.encode("utf-8"))
    return path


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def count(table: str) -> int:
    return int(database.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def snapshot(skip_columns: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Every row of every table (search index included), to prove a failed import changed nothing;
    without the columns in ``skip_columns`` (``version`` only ever rises, an undo's too)."""
    names = database.get_tables()

    def columns(name: str) -> str:
        kept = [f'"{c.name}"' for c in database.get_columns(name) if c.name not in skip_columns]
        return ", ".join(kept) if skip_columns else "*"

    return {name: sorted(map(repr, rows(f'SELECT {columns(name)} FROM "{name}"'))) for name in names}


def shop_fingerprint(target: Path | str) -> str:
    """What a closed shop holds, to prove a command changed nothing: the SQLite file's hash, or every
    table's rows of a server database (the ``db`` fixture's target on either engine)."""
    if isinstance(target, Path):
        return file_hash(target)
    from carebook.shop import close_shop, open_shop

    open_shop(target, migrate=False)
    try:
        return repr(snapshot())
    finally:
        close_shop()

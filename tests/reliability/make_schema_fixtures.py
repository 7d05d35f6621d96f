"""Write ``tests/data/schemas/schema-vN.sqlite3``: a database as schema version N left it, for each N.

Each file is made by applying migrations 1..N to a fresh file through Carebook's connection (up to
schema 7 the search triggers need the SQL functions of ``carebook.legacy_search_functions``,
registered here as Carebook registered them then), then adding three rows to every table of that
version, in that version's shape (columns read from the file itself).
Run: ``python tests/reliability/make_schema_fixtures.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT = ROOT / "tests" / "data" / "schemas"
SKIP_PREFIXES = ("search_", "sqlite_", "schema_migration")
ROWS = 3
# Values that must be real vocabulary for the later migrations and services to make sense of them.
KNOWN = {
    "channel": ["phone", "email", "in_person"],
    "direction": ["inbound", "outbound", "inbound"],
    "reason": ["inquiry", "complaint", "other"],
    "status": ["open", "resolved", "open"],
    "role": ["owner", "staff", "staff"],
    "kind": ["csat", "nps", "ces"],
    "score": [5, 9, 6],
    "priority": ["normal", "high", "normal"],
    "origin": ["manual", "import", "manual"],
    "last_score_kind": ["csat", "nps", ""],
    "last_score": [4, 10, None],
    "preferred_channel": ["phone", "", "email"],
    "due_time": ["09:30:00", None, "16:00:00"],
    "table_name": ["customer", "interaction", "customer"],
    "action": ["created", "created", "updated"],
    "deleted_at": [None, "2024-05-01 10:00:00", None],
    "erased_at": [None, None, None],
    "undone_at": [None, "2024-06-01 10:00:00", None],
    "done_at": [None, "2024-04-21 11:00:00", None],
    "birthday": ["1985-04-12", None, "2000-02-29"],
}


def _value(table: str, column: str, kind: str, i: int) -> object:
    if column in KNOWN:
        return KNOWN[column][i]
    kind = kind.upper()
    if column.endswith("_json"):
        return f'{{"n": {i}}}'
    if column.endswith("_at"):
        return f"2024-0{i + 1}-1{i} 0{i}:15:00"
    if column.endswith("_on"):
        return f"2024-0{i + 4}-2{i}"
    if "INT" in kind or "BOOL" in kind:
        return i + 1 if column not in ("active", "consent_marketing") else i % 2
    if "REAL" in kind:
        return i + 0.5
    return f"{table}.{column} #{i + 1} Ødegård «ü» 漢字"


def _fill(db: object, version: int) -> None:
    sql = db.execute_sql  # type: ignore[attr-defined]
    found = sql("SELECT name FROM sqlite_master WHERE type='table' ORDER BY rowid").fetchall()
    tables = [r[0] for r in found]
    for table in tables:
        if table.startswith(SKIP_PREFIXES):
            continue
        columns = sql(f'PRAGMA table_info("{table}")').fetchall()
        for i in range(ROWS):
            names, values = [], []
            for _cid, name, kind, _notnull, _default, pk in columns:
                if pk == 1 and name == "id":
                    continue
                names.append(name)
                values.append(i + 1 if name.endswith("_id") else _value(table, name, kind, i))
            marks = ", ".join("?" for _ in names)
            sql(f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({marks})', values)


def make(version: int, target: Path) -> Path:
    from playhouse.migrate import SchemaMigrator

    from carebook import db as carebook_db
    from carebook import legacy_search_functions, migrations

    target.unlink(missing_ok=True)
    conn = carebook_db.connect_sqlite(target)
    legacy_search_functions.register(conn.connection())
    try:
        migrator = SchemaMigrator.from_database(conn)
        for migration in migrations.available():
            if migration.version > version:
                break
            with conn.atomic():
                migrations._ensure_table(conn)
                migration.load().upgrade(conn, migrator)
                conn.execute_sql(
                    "INSERT INTO schema_migration (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, "2024-01-01 00:00:00"),
                )
        with conn.atomic():
            _fill(conn, version)
        conn.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute_sql("PRAGMA journal_mode=DELETE")
        conn.execute_sql("PRAGMA page_size=512")  # the smallest pages keep the committed files tiny
        conn.execute_sql("VACUUM")
    finally:
        conn.close()
    return target


def main() -> int:
    from carebook import migrations

    OUT.mkdir(parents=True, exist_ok=True)
    for migration in migrations.available():
        path = make(migration.version, OUT / f"schema-v{migration.version}.sqlite3")
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())

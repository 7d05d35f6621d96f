"""Moving a shop (``carebook copy-to``): every row, id and figure arrives; a target that is not empty or
not Carebook's is refused in one line and nothing is lost; a failed copy leaves nothing behind."""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from carebook import copy_shop, demo, metrics, settings
from carebook.cli import main
from carebook.clock import Month
from carebook.copy_shop import TABLES
from carebook.db import connect_server, database, using
from carebook.errors import CarebookError
from carebook.import_models import ImportBatch, ImportChange
from carebook.services import customers, merge, search
from carebook.shop import close_shop, open_shop

_names = itertools.count(1)


@pytest.fixture
def empty_pg(pg_server_url: str) -> Iterator[str]:
    """A new, empty (not migrated) PostgreSQL database, apart from the ``db`` of the PostgreSQL leg."""
    import psycopg

    name = f"carebook_copy_target_{os.getpid()}_{next(_names)}"
    with psycopg.connect(pg_server_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]
    try:
        yield pg_server_url.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(pg_server_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")  # type: ignore[arg-type]


def _fill() -> None:
    demo.generate(customers=12, months=2, seed=3)
    keep = customers.create("Ada Keep", email="ada@example.com").row.id
    other = customers.create("Ada Other", email="ada.other@example.com").row.id
    merge.merge(keep, other)
    batch = ImportBatch.create(kind="customers", file_name="people.csv", created_at="2026-01-02 10:00:00")
    ImportChange.create(batch=batch, table_name="customer", row_id=keep, action="create")


def _rows(connection: peewee.Database) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, in key order, as the models read them (floats to 4 places: PostgreSQL keeps
    ``last_score_norm`` as a 4-byte number)."""
    found = {}
    with using(connection):
        for model in TABLES:
            rows = model.select(*model._meta.sorted_fields).order_by(*copy_shop._key(model)).tuples()
            found[str(model._meta.table_name)] = [
                tuple(round(v, 4) if isinstance(v, float) else v for v in row) for row in rows
            ]
    return found


def _figures() -> list[dict[str, object]]:
    month = Month.current()
    return [metrics.month_summary(m).as_json() for m in (month.shifted(-2), month.shifted(-1), month)]


def test_copy_to_a_new_file_holds_every_row_id_and_figure(db: Path | str, tmp_path: Path) -> None:
    _fill()
    target = tmp_path / "moved.sqlite3"
    result = copy_shop.copy_to(str(target))
    assert result.rows["merge_record"] == 1 and result.rows["import_change"] == 1
    assert "verified" in result.lines()[1]
    before, figures = _rows(database.obj), _figures()
    close_shop()
    open_shop(target)
    assert _rows(database.obj) == before
    assert _figures() == figures
    assert search.search("Ada Keep")  # the index was built in the copy
    assert target.stat().st_mode & 0o077 == 0


def test_copy_to_postgresql_and_back_gives_the_same_shop(
    data_dir: Path, pg_database: str, tmp_path: Path
) -> None:
    shop = data_dir / "shop.sqlite3"
    open_shop(shop)
    _fill()
    before, figures = _rows(database.obj), _figures()
    assert copy_shop.copy_to(pg_database).target == pg_database
    close_shop()
    open_shop(pg_database)
    moved = _rows(database.obj)
    # a shop moved to a server names the computer that moved it for its automatic backups
    assert [row[1:3] for row in moved.pop("setting")] == [("backup_seat", settings.this_computer())]
    assert before.pop("setting") == [] and moved == before
    assert _figures() == figures
    newest = max(row[0] for row in before["customer"])
    assert customers.create("After the move").row.id == newest + 1  # the id sequences were set
    copy_shop.copy_to(str(tmp_path / "back.sqlite3"))
    before_back = _rows(database.obj)
    close_shop()
    open_shop(tmp_path / "back.sqlite3")
    assert _rows(database.obj) == before_back
    from carebook import repair

    assert repair.inspect().ok


def test_a_target_that_is_not_empty_is_refused_and_kept(db: Path | str, tmp_path: Path) -> None:
    _fill()
    target = tmp_path / "other-shop.sqlite3"
    copy_shop.copy_to(str(target))
    size = target.stat().st_size
    with pytest.raises(CarebookError, match="is not empty"):
        copy_shop.copy_to(str(target))
    assert target.stat().st_size == size


def test_a_postgresql_target_that_is_not_empty_is_refused(db: Path | str, empty_pg: str) -> None:
    _fill()
    copy_shop.copy_to(empty_pg)
    with pytest.raises(CarebookError, match="is not empty"):
        copy_shop.copy_to(empty_pg)


def test_a_file_that_is_not_carebooks_is_refused_untouched(db: Path | str, tmp_path: Path) -> None:
    foreign = tmp_path / "photos.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE photo (x)")
    conn.close()
    text = tmp_path / "notes.txt"
    text.write_text("my notes")
    data = foreign.read_bytes()
    for target in (foreign, text):
        with pytest.raises(CarebookError, match=r"not a Carebook database|not written"):
            copy_shop.copy_to(str(target))
    assert foreign.read_bytes() == data and text.read_text() == "my notes"


def test_a_postgresql_database_of_another_program_is_refused(db: Path | str, empty_pg: str) -> None:
    import psycopg

    url = empty_pg
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (n int)")
    with pytest.raises(CarebookError, match="not a Carebook database"):
        copy_shop.copy_to(url)
    with psycopg.connect(url, autocommit=True) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
    assert tables == {"invoices"}


def test_the_open_shop_itself_is_refused(db: Path | str) -> None:
    with pytest.raises(CarebookError, match="open shop itself"):
        copy_shop.copy_to(str(db))


def test_a_copy_that_fails_its_check_leaves_nothing(
    db: Path | str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill()
    real = copy_shop.figures
    calls: list[int] = []

    def wrong_second_time(connection: peewee.Database, months: list[Month]) -> dict[str, dict[str, object]]:
        calls.append(1)
        found = real(connection, months)
        if len(calls) == 2:
            found[str(months[-1])] = {"contacts": -1}
        return found

    monkeypatch.setattr(copy_shop, "figures", wrong_second_time)
    target = tmp_path / "new.sqlite3"
    with pytest.raises(CarebookError, match=r"figures of .* differ"):
        copy_shop.copy_to(str(target))
    assert not target.exists()  # a file the copy created is removed again


def test_a_failed_copy_into_an_existing_empty_database_rolls_back(
    db: Path | str, empty_pg: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fill()
    monkeypatch.setattr(copy_shop, "counts", _counts_that_lie(copy_shop.counts))
    with pytest.raises(CarebookError, match="does not hold every row"):
        copy_shop.copy_to(empty_pg)
    monkeypatch.undo()
    target = connect_server(empty_pg)
    try:
        assert not any(copy_shop.counts(target).values())
    finally:
        target.close()


def _counts_that_lie(real):  # type: ignore[no-untyped-def]
    seen: list[int] = []

    def counts(connection: peewee.Database) -> dict[str, int]:
        seen.append(1)
        found = dict(real(connection))
        if len(seen) == 2:  # the target's, after the copy
            found["customer"] += 1
        return found

    return counts


def test_an_unreachable_server_is_one_line_and_nothing_changes(
    db: Path | str, capsys: pytest.CaptureFixture[str]
) -> None:
    close_shop()
    code = main(["--db", str(db), "copy-to", "postgresql://carebook@127.0.0.1:1/shop"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("carebook: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_cli_copy_to_says_what_it_copied_and_verified(
    db: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill()
    close_shop()
    target = tmp_path / "cli-copy.sqlite3"
    assert main(["--db", str(db), "copy-to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "13 customers" in out and "verified" in out
    assert main(["--db", str(db), "copy-to", str(target)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    month = str(Month.current())
    assert main(["--db", str(target), "stats", "--month", month, "--json"]) == 0
    copied = json.loads(capsys.readouterr().out)
    assert main(["--db", str(db), "stats", "--month", month, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == copied

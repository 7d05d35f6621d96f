"""The customers table read again in place: no reset, the count follows, pages further down are re-read."""

from __future__ import annotations

from carebook.services import customers
from ui.models.customers_model import CustomersModel


def _model() -> tuple[CustomersModel, list[tuple[int, int]]]:
    asked: list[tuple[int, int]] = []

    def load(offset: int, limit: int, sort: str, descending: bool):  # type: ignore[no-untyped-def]
        asked.append((offset, limit))
        return customers.list_customers(offset=offset, limit=limit, sort=sort, descending=descending)

    model = CustomersModel(page_size=5)
    model.set_loader(load)
    return model, asked


def test_refresh_changes_rows_in_place_and_follows_the_total(db, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    ids = [customers.create(f"Customer {n:02d}").row.id for n in range(23)]
    model, asked = _model()
    model.reload()
    model.row(7)  # page 1 read as the view scrolls
    model.row(17)  # and page 3, further down
    assert model.loaded_pages() == [0, 1, 3]
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: seen.append(f"insert {first}-{last}"))
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(f"remove {first}-{last}"))
    model.dataChanged.connect(lambda top, bottom, *_: seen.append(f"changed {top.row()}-{bottom.row()}"))
    customers.create("Aardvark Ltd")  # at another counter: first by name
    customers.create("Customer 05b")
    customers.update(ids[2], company="Changed")
    asked.clear()
    assert model.refresh()
    assert asked == [(0, 10)]  # the pages read from the top, in one go
    assert "reset" not in seen
    # two rows pushed out of the pages read, two came in them, one changed; the count below follows
    assert seen == ["remove 8-9", "insert 0-0", "insert 7-7", "changed 3-3", "insert 23-24"]
    assert model.total == model.rowCount() == 25
    assert model.loaded_pages() == [0, 1]  # page 3 is read again when next shown
    assert [model.row(n).name for n in (0, 3, 7, 17)] == [  # type: ignore[union-attr]
        "Aardvark Ltd",
        "Customer 02",
        "Customer 05b",
        "Customer 15",
    ]
    assert model.row(3).company == "Changed"  # type: ignore[union-attr]
    customers.trash(ids[:20])
    assert model.refresh() and model.total == model.rowCount() == 5
    qtmodeltester.check(model)


def test_refresh_without_the_first_page_reloads(db) -> None:  # type: ignore[no-untyped-def]
    customers.create("Ann")
    model, _asked = _model()
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    assert model.refresh() and resets == [1] and model.total == 1

"""Shared by the Customers page tests: the page over a small shop, quick ways to add many customers,
and ``msgbox.choose`` answered by the test (``choices``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QPoint, Qt

from carebook.db import atomic
from carebook.services import customers, feedback, interactions
from ui import msgbox
from ui.context import AppContext
from ui.models.customers_model import COLUMNS
from ui.pages.customer_detail import SAVE
from ui.pages.customers import CustomersPage


@dataclass
class Choices:
    """``msgbox.choose`` as the tests answer it (the shared recorder knows only the older boxes)."""

    answer: int = SAVE
    asked: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def choices(monkeypatch: pytest.MonkeyPatch) -> Choices:
    recorded = Choices()

    def choose(parent, title, text, options, default=0, escape=-1):  # type: ignore[no-untyped-def]
        recorded.asked.append(text)
        return recorded.answer

    monkeypatch.setattr(msgbox, "choose", choose)
    return recorded


def many(count: int, prefix: str = "Customer") -> list[int]:
    """``count`` customers named "<prefix> 0001" ..., written in one transaction."""
    with atomic():
        return [customers.create(f"{prefix} {n:04d}", email=f"c{n}@example.com").row.id for n in range(count)]


@pytest.fixture
def page(ctx: AppContext, qtbot) -> Iterator[CustomersPage]:  # type: ignore[no-untyped-def]
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    ctx.data_changed.connect(page.refresh)  # what the main window does for the visible page
    page.show()
    qtbot.waitExposed(page)
    yield page
    page.undo_bar.dismiss()


@pytest.fixture
def shop(ctx: AppContext) -> dict[str, int]:
    anna = customers.create(
        "Anna Smith", company="Acme", email="anna@example.com", phone="020 7946 0123"
    ).row.id
    tom = customers.create("Tom Baker", company="Baker & Sons", preferred_channel="sms", tags=["VIP"]).row.id
    zoe = customers.create("Zoë Quinn", email="zoe@example.com", preferred_channel="email").row.id
    interactions.log(anna, channel="phone", summary="Asked about the repair", staff_id=ctx.staff_id)
    feedback.record(anna, kind="csat", score=4)
    return {"anna": anna, "tom": tom, "zoe": zoe}


def names(page: CustomersPage) -> list[str]:
    return [page.model.row(n).name for n in range(page.model.rowCount())]  # type: ignore[union-attr]


def click_header(page: CustomersPage, qtbot, column: str) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    section = COLUMNS.index(column)
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def select_rows(page: CustomersPage, *rows: int) -> None:
    page.select_row(rows[0])
    selection = page.table.selectionModel()
    for row in rows[1:]:
        selection.select(
            page.model.index(row, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        )

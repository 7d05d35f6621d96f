"""Screenshots of the counters working together (``tests/ui/screenshots.py`` lists them):
``counters-colleagues``, the Today page with two other people at the counters in the status bar ("Also at
the counters: Maria (Till 2), Tom (Office)"), as a server shop's seats would report them; the half-minute
look is held still while it is taken, and ``counters-reset`` (no picture) puts it back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from tests.ui.screenshots import Harness


def _colleagues(view: str) -> Callable[[Harness], QWidget | None]:
    def make(h: Harness) -> QWidget | None:
        from carebook.services.presence import Colleague

        colleagues = h.window.colleagues
        if view == "reset":
            colleagues._look.start()
            colleagues.look()
            return None
        colleagues._look.stop()
        h.window.show_page("today")
        colleagues.show([Colleague("Till 2", "Maria", 12), Colleague("Office", "Tom", 95)])
        h.settle()
        return h.window

    return make


COUNTER_SHOTS: list[tuple[str, Callable[[Harness], QWidget | None]]] = [
    ("counters-colleagues", _colleagues("two")),
    ("counters-reset", _colleagues("reset")),
]

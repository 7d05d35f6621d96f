"""Moving the running app to another shop: the shop's server chosen in the Connect dialog, or back.

``switch_shop(ctx, url, password=None)`` keeps ``password`` for the server (``carebook.server_secrets``;
None keeps the one kept before), closes the open shop and opens the one at ``url``. When that fails, the
shop open before is opened again and the one-line error raised: the app never stays without a shop. On
success the server's address (without the password) is remembered on this computer (``server/url``),
the person at the counter is chosen again among the new shop's staff (the remembered one belongs to the
other shop), and every page refreshes.

``remembered_server(state)`` is the address to open at start-up when neither ``--db`` nor
``CAREBOOK_DB`` names one; ``forget_server(state)`` goes back to this computer's file.
"""

from __future__ import annotations

from carebook import server_secrets, shop
from carebook.errors import CarebookError
from carebook.server_address import parse
from carebook.services import staff as staff_service
from carebook.services.staff_row import counter_person
from ui.context import AppContext
from ui.state import LocalState, declare

REMEMBERED_SERVER = "server/url"
declare(REMEMBERED_SERVER, str, "", "the shop's server this computer opens (postgresql://, no password)")


def remembered_server(state: LocalState) -> str | None:
    return state.get(REMEMBERED_SERVER) or None


def forget_server(state: LocalState) -> None:
    state.remove(REMEMBERED_SERVER)


def switch_shop(ctx: AppContext, url: str, password: str | None = None) -> str:
    """Open the shop at ``url`` in place of the open one; returns where it is (no password)."""
    address, _ = parse(url)
    kept_before = server_secrets.find(address)
    if password is not None:
        server_secrets.store(address, password)
    previous = shop.current_target()
    shop.close_shop()
    try:
        where = shop.open_shop(address.url)
    except CarebookError:
        if password is not None:  # a refused password is not kept; the one kept before stays
            if kept_before is None:
                server_secrets.forget(address)
            else:
                server_secrets.store(address, kept_before)
        if previous is not None:
            shop.open_shop(previous)
        raise
    ctx.state.set(REMEMBERED_SERVER, address.url)
    ctx.where = where
    ctx.set_staff(counter_person(staff_service.list_staff(active_only=True), None, 0))
    ctx.notify_settings_changed()
    ctx.notify_data_changed()
    return where

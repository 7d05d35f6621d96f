"""Screenshots of File › Connect to the shop's server… (``tests/ui/screenshots.py`` lists them):
``connect-dialog-failed`` after Test against a port where nothing listens, and ``connect-dialog-ok``
after Test against a throw-away PostgreSQL server holding a Carebook shop (tests/pg_server.py; skipped
without PostgreSQL's server programs; stopped when the run ends)."""

from __future__ import annotations

import atexit
import subprocess
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from tests.ui.screenshots import Harness

_servers: list[str] = []  # the throw-away server's shop, started once per run


def _shop_server() -> str | None:
    import psycopg

    from tests import pg_server

    if not _servers:
        if pg_server.programs() is None:
            return None
        server = pg_server.start()
        atexit.register(server.stop)
        with psycopg.connect(server.admin_url, autocommit=True) as connection:
            connection.execute("CREATE DATABASE shop")
        subprocess.run([sys.executable, "-m", "carebook.cli", "--db", server.url("shop"), "init"], check=True)
        _servers.append(server.url("shop"))
    return _servers[0]


def _connect(target: Callable[[], str | None]) -> Callable[[Harness], QWidget | None]:
    def make(h: Harness) -> QWidget | None:
        from carebook.server_address import parse
        from ui.dialogs.connect_dialog import ConnectDialog

        url = target()
        if url is None:
            return None
        address = parse(url)[0]
        dialog = ConnectDialog(h.ctx, h.window)
        dialog.host.setText(address.host)
        dialog.port.setValue(address.port)
        dialog.database.setText(address.database)
        dialog.user.setText(address.user)
        dialog.password.setText("choose-a-long-password")
        dialog.open()
        h.dialog(dialog)
        dialog.test_button.click()
        h.wait_until(lambda: dialog.result_line.property("state") in ("ok", "failed"), timeout=60)
        dialog.adjustSize()
        return dialog

    return make


def _nobody() -> str:
    from tests import pg_server

    return f"postgresql://shop@127.0.0.1:{pg_server._free_port()}/shop"


CONNECT_SHOTS = [
    ("connect-dialog-failed", _connect(_nobody)),
    ("connect-dialog-ok", _connect(_shop_server)),
]

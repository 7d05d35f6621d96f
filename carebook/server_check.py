"""The Connect dialog's "Test": can this computer open the shop on that server? One line either way.

``check(url, password=None) -> str`` connects (the password given, else the one in ``url``, else the kept
one of ``carebook.server_secrets``, else libpq's PGPASSWORD and ~/.pgpass), reads what is there without
changing anything and closes again. It returns what it found ("an empty database: Carebook will set it
up", "a Carebook shop with 312 customers") or raises ``StorageError`` with the one line of
``carebook.server_errors`` (a shop written by a newer Carebook is refused as ``carebook.shop`` would).
"""

from __future__ import annotations

import peewee

from carebook import migrations, server_connection, server_secrets
from carebook.errors import StorageError
from carebook.server_address import parse
from carebook.server_errors import connect_message
from carebook.translation import _, ngettext


def check(url: str, password: str | None = None) -> str:
    address, written = parse(url)
    if password is None:
        password = written if written is not None else server_secrets.find(address)
    db = server_connection.connect(address, password)
    try:
        version = db.execute_sql("SHOW server_version").fetchone()[0].split()[0]
        where = _("Connected to {where} (PostgreSQL {version})").format(where=address.where, version=version)
        tables = set(db.get_tables())
        if not tables:
            return _("{connected}: an empty database; Carebook will set it up.").format(connected=where)
        if "schema_migration" not in tables:
            raise StorageError(
                _("{where} holds another program's tables, not a Carebook shop.").format(where=address.where)
            )
        done = migrations.applied_versions(db)
        if done:
            migrations.refuse_if_newer(max(done), address.where)
        customers = 0
        if "customer" in tables:
            customers = db.execute_sql("SELECT count(*) FROM customer").fetchone()[0]
        return ngettext(
            "{connected}: a Carebook shop with {0} customer.",
            "{connected}: a Carebook shop with {0} customers.",
            customers,
        ).format(connected=where)
    except peewee.DatabaseError as error:
        raise StorageError(connect_message(error, address)) from error
    finally:
        db.close()

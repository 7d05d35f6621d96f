"""What a PostgreSQL server's refusals mean for the shop, in one plain line each: the one table of them.

PostgreSQL names an error by its SQLSTATE code (psycopg's ``error.sqlstate``); a failed connection has
none, so those are told apart by libpq's message (English in libpq; the server's own part follows its
``lc_messages``, which Debian and the Windows installer leave in English for the log). Every message
names the server without its password (``carebook.server_address``).
"""

from __future__ import annotations

from carebook.marks import N_
from carebook.server_address import ServerAddress, redact
from carebook.translation import _

SEVERAL_COUNTERS = N_('see the README, "Several counters"')
NOT_SAVED = N_("The connection to the server was lost, so this change was not saved; try again.")
NOTHING_SAVED = N_("This change was not saved.")
COMMIT_CUT = N_(
    "The connection to the server was lost while this change was being saved; "
    "look whether it is there before entering it again."
)
DRIVER_MISSING = N_(
    "Carebook cannot talk to a PostgreSQL server here: the 'psycopg' package is missing "
    '(pip install "psycopg[binary]").'
)


def _who(a: ServerAddress) -> str:
    return a.user or _("this user")


def _unreachable(a: ServerAddress) -> str:
    return _(
        "The server {server} cannot be reached: check that it is running, that the address is "
        "right and that it accepts connections from this computer."
    ).format(server=f"{a.host}:{a.port}")


def _wrong_password(a: ServerAddress) -> str:
    return _("The server refused the password of {user} for {where}; check the user and password.").format(
        user=_who(a), where=a.where
    )


def _no_password(a: ServerAddress) -> str:
    return _(
        "The server asks for the password of {user} for {where}: enter it in "
        "File › Connect to the shop's server, or set PGPASSWORD."
    ).format(user=_who(a), where=a.where)


def _no_database(a: ServerAddress) -> str:
    return _("The server {server} has no database named {database}; create it first ({readme}).").format(
        server=f"{a.host}:{a.port}", database=a.database, readme=_(SEVERAL_COUNTERS)
    )


def _no_role(a: ServerAddress) -> str:
    return _("The server {server} has no user named {user}; create it first ({readme}).").format(
        server=f"{a.host}:{a.port}", user=a.user, readme=_(SEVERAL_COUNTERS)
    )


def _not_allowed_in(a: ServerAddress) -> str:
    return _(
        "The server does not let this computer connect to {where} as {user}: "
        "add a line for the shop's network to its pg_hba.conf ({readme})."
    ).format(where=a.where, user=_who(a), readme=_(SEVERAL_COUNTERS))


def _no_privileges(a: ServerAddress) -> str:
    return _(
        "{user} may not read or change the shop's tables in {where}; connect as the "
        "shop's own user, or let its owner grant access ({readme})."
    ).format(user=a.user or _("This user"), where=a.where, readme=_(SEVERAL_COUNTERS))


def _starting(a: ServerAddress) -> str:
    return _("The server {server} is starting or shutting down; try again in a moment.").format(
        server=f"{a.host}:{a.port}"
    )


def _too_many(a: ServerAddress) -> str:
    return _("The server {server} has no free connections left (max_connections); try again later.").format(
        server=f"{a.host}:{a.port}"
    )


# SQLSTATE code (or class, two characters) -> message
_BY_SQLSTATE = {
    "28P01": _wrong_password,  # invalid_password
    "28000": _not_allowed_in,  # invalid_authorization_specification (pg_hba.conf, unknown role)
    "3D000": _no_database,  # invalid_catalog_name
    "42501": _no_privileges,  # insufficient_privilege
    "57P01": _starting,  # admin_shutdown
    "57P02": _starting,  # crash_shutdown
    "57P03": _starting,  # cannot_connect_now
    "53300": _too_many,  # too_many_connections
    "08": _unreachable,  # connection_exception
}

# libpq's text of a failed connection (no SQLSTATE) -> message; the first match wins
_BY_TEXT = (
    ("password authentication failed", _wrong_password),
    ("no password supplied", _no_password),
    ("does not exist", None),  # database or role: told apart below
    ("no pg_hba.conf entry", _not_allowed_in),
    ("permission denied", _no_privileges),
    ("the database system is starting up", _starting),
    ("the database system is shutting down", _starting),
    ("too many clients", _too_many),
    ("connection refused", _unreachable),
    ("could not translate host name", _unreachable),
    ("failed to resolve host", _unreachable),
    ("name or service not known", _unreachable),
    ("timeout expired", _unreachable),
    ("could not connect", _unreachable),
    ("no route to host", _unreachable),
    ("network is unreachable", _unreachable),
    ("connection timed out", _unreachable),
)


def driver_error(error: BaseException) -> BaseException:
    """The driver's own error under peewee's wrapper (peewee re-raises psycopg's errors as its own)."""
    seen = 0
    while seen < 5:
        first = error.args[0] if error.args else None
        inner = first if isinstance(first, BaseException) else error.__context__
        if inner is None or type(error).__module__.split(".")[0] != "peewee":
            return error
        error, seen = inner, seen + 1
    return error


def sqlstate(error: BaseException) -> str | None:
    code = getattr(driver_error(error), "sqlstate", None)
    return code if isinstance(code, str) else None


def server_message(error: BaseException, address: ServerAddress) -> str | None:
    """The plain line for ``error`` from the server at ``address``; None when it is not one of these."""
    code = sqlstate(error)
    if code is not None:
        found = _BY_SQLSTATE.get(code) or _BY_SQLSTATE.get(code[:2])
        return found(address) if found is not None else None
    text = str(driver_error(error)).lower()
    for needle, make in _BY_TEXT:
        if needle in text:
            if make is None:
                make = _no_database if "database" in text else _no_role
            return make(address)
    return None


def connect_message(error: BaseException, address: ServerAddress) -> str:
    """The line for a failed connection: one of the above, else the driver's words without a password."""
    found = server_message(error, address)
    if found is not None:
        return found
    detail = " ".join(redact(str(driver_error(error))).split())
    return _("Cannot connect to {where}: {detail}").format(where=address.where, detail=detail)

"""A PostgreSQL server address (``postgresql://user@host:port/database``) taken apart, and the one function
that takes passwords out of any text before it is shown, logged or stored (``redact``).

A password never travels in an address Carebook keeps: the CLI, the app's settings and every message use
``ServerAddress.url`` (no password); the password itself lives in the keychain or the pgpass file
(``carebook.server_secrets``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from carebook.errors import CarebookError
from carebook.translation import _

DEFAULT_PORT = 5432
SCHEMES = ("postgresql", "postgres")

# user:password@ in an address, and password=... in a connection string or query
_URL_PASSWORD = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^:@/\s]*):[^@/\s]*@", re.IGNORECASE)
_KEY_PASSWORD = re.compile(r"""(?P<head>\bpassword\s*=\s*)('[^']*'|[^\s&)"',;]+)""", re.IGNORECASE)


def redact(text: str) -> str:
    """``text`` with every password taken out: ``postgresql://ann:secret@host/db`` becomes
    ``postgresql://ann@host/db`` and ``password=secret`` becomes ``password=***``."""
    text = _URL_PASSWORD.sub(lambda m: m.group("head") + "@", text)
    return _KEY_PASSWORD.sub(lambda m: m.group("head") + "***", text)


UNUSABLE = "The server address cannot be used: "


class BadAddress(CarebookError):
    """A server address that cannot be taken apart."""


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str
    options: tuple[tuple[str, str], ...] = ()  # e.g. (("sslmode", "require"),), never a password

    @property
    def url(self) -> str:
        """The address without the password: safe to show, log and keep in settings."""
        user = quote(self.user, safe="") + "@" if self.user else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        port = "" if self.port == DEFAULT_PORT else f":{self.port}"
        query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in self.options)
        return f"postgresql://{user}{host}{port}/{quote(self.database, safe='')}" + (
            f"?{query}" if query else ""
        )

    @property
    def where(self) -> str:
        """How messages name the shop: ``database on host:port``."""
        return f"{self.database} on {self.host}:{self.port}"


def parse(url: str) -> tuple[ServerAddress, str | None]:
    """The address in ``url`` and the password written in it (None when there is none)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port or DEFAULT_PORT
    except ValueError as error:
        raise BadAddress(
            _("The server address cannot be used: {url}: {error}.").format(url=redact(url), error=error)
        ) from None
    if parts.scheme.lower() not in SCHEMES:
        raise BadAddress(
            _(
                "The server address cannot be used: {url} is not a postgresql:// address."
            ).format(url=redact(url))
        )
    host = parts.hostname or ""
    database = unquote(parts.path.lstrip("/"))
    if not host:
        raise BadAddress(
            _("The server address cannot be used: {url} names no server (postgresql://user@HOST/database).").format(
                url=redact(url)
            )
        )
    if not database:
        raise BadAddress(
            _("The server address cannot be used: {url} names no database (postgresql://user@host/DATABASE).").format(
                url=redact(url)
            )
        )
    password = unquote(parts.password) if parts.password is not None else None
    options = tuple((k, v) for k, v in parse_qsl(parts.query) if k.lower() != "password")
    query_password = next((v for k, v in parse_qsl(parts.query) if k.lower() == "password"), None)
    user = unquote(parts.username or "")
    return ServerAddress(host, port, database, user, options), password or query_password

"""Where the password of a shop's server is kept: the system keychain (``keyring``: Windows Credential
Manager, macOS Keychain, the Secret Service on Linux) where there is one, else ``pgpass`` in Carebook's
config folder, owner-only (0600), in PostgreSQL's own format (``host:port:database:user:password``, ``\\``
escaping ``:`` and ``\\``, ``*`` matching anything). Never in the app's settings, never printed.

``store(address, password)`` keeps it (returns where: ``KEYCHAIN`` or the file's path),
``find(address)`` gives it back (keychain first, then the file; None when neither has it, and libpq then
looks at ``PGPASSWORD`` and ``~/.pgpass`` itself), ``forget(address)`` removes it from both.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from carebook import safe_write
from carebook.errors import StorageError
from carebook.paths import config_dir
from carebook.server_address import ServerAddress
from carebook.translation import _

SERVICE = "Carebook"
KEYCHAIN = "the system keychain"
PGPASS_FILE = "pgpass"


def _key(address: ServerAddress) -> str:
    return f"{address.user}@{address.host}:{address.port}/{address.database}"


def _keychain() -> object | None:
    """The system keychain, or None where there is none (no backend, or only keyring's fail/null ones)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring) or type(backend).__module__.startswith("keyring.backends.null"):
        return None
    try:
        if float(backend.priority) <= 0:
            return None
    except Exception:  # a backend whose priority cannot even be read is not one to trust with a password
        return None
    return backend


def pgpass_path() -> Path:
    return config_dir() / PGPASS_FILE


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _fields(line: str) -> list[str]:
    """A pgpass line's five fields (``\\:`` and ``\\\\`` unescaped)."""
    fields: list[str] = []
    current: list[str] = []
    chars = iter(line)
    for char in chars:
        if char == "\\":
            current.append(next(chars, ""))
        elif char == ":" and len(fields) < 4:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def _wanted(address: ServerAddress) -> list[str]:
    return [address.host, str(address.port), address.database, address.user]


def _matches(fields: list[str], address: ServerAddress) -> bool:
    return len(fields) == 5 and all(f in ("*", w) for f, w in zip(fields[:4], _wanted(address), strict=True))


def _read_lines() -> list[str]:
    try:
        return pgpass_path().read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    except (OSError, UnicodeDecodeError) as error:
        raise StorageError(
            _("The password file {path} cannot be read: {error}.").format(path=pgpass_path(), error=error)
        ) from error


def _write_lines(lines: list[str]) -> None:
    """Replace the file whole (``carebook.safe_write``: owner-only, atomic, no planted symlink followed)."""
    path = pgpass_path()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        reason = error.strerror or error
        raise StorageError(
            _("The folder {parent} cannot be created: {reason}.").format(parent=path.parent, reason=reason)
        ) from error
    with safe_write.atomic_write(path, text=True, force=True) as stream:
        stream.write("".join(f"{line}\n" for line in lines))


def _without(address: ServerAddress) -> list[str]:
    return [line for line in _read_lines() if _fields(line)[:4] != _wanted(address)]


def store(address: ServerAddress, password: str) -> str:
    """Keep ``password`` for ``address``; returns where it went (``KEYCHAIN`` or the pgpass file)."""
    backend = _keychain()
    if backend is not None:
        try:
            backend.set_password(SERVICE, _key(address), password)  # type: ignore[attr-defined]
        except Exception:  # a locked or refusing keychain: the file below still keeps it
            pass
        else:
            if _without(address) != _read_lines():  # an older copy in the file must not outlive it
                _write_lines(_without(address))
            return KEYCHAIN
    line = ":".join(_escape(v) for v in [*_wanted(address), password])
    _write_lines([*_without(address), line])
    return str(pgpass_path())


def find(address: ServerAddress) -> str | None:
    """The kept password for ``address``: the keychain's, else the pgpass file's first matching line."""
    backend = _keychain()
    if backend is not None:
        with contextlib.suppress(Exception):  # an unreadable keychain: try the file
            found = backend.get_password(SERVICE, _key(address))  # type: ignore[attr-defined]
            if found is not None:
                return str(found)
    for line in _read_lines():
        if line.strip() and not line.lstrip().startswith("#"):
            fields = _fields(line)
            if _matches(fields, address):
                return fields[4]
    return None


def forget(address: ServerAddress) -> None:
    """Remove the kept password for ``address`` from the keychain and the file."""
    backend = _keychain()
    if backend is not None:
        with contextlib.suppress(Exception):  # nothing kept there
            backend.delete_password(SERVICE, _key(address))  # type: ignore[attr-defined]
    if _read_lines():
        _write_lines(_without(address))

"""Errors a user can understand. Every message is plain language, one line, in the current language
(``carebook.translation``: the app's seat's; English on the command line)."""

from __future__ import annotations

from carebook.translation import _


class CarebookError(Exception):
    """A problem the user can act on; ``str(error)`` is the message to show."""


class ValidationError(CarebookError):
    """One or more fields hold a value that cannot be saved.

    ``errors`` maps a field name to its message, so a form can show each message next to its field.
    """

    def __init__(self, field: str | dict[str, str], message: str | None = None) -> None:
        if isinstance(field, dict):
            self.errors: dict[str, str] = dict(field)
        else:
            self.errors = {field: message or _("is not valid")}
        super().__init__("; ".join(f"{name}: {text}" for name, text in self.errors.items()))

    @property
    def field(self) -> str:
        return next(iter(self.errors))


class NotFound(CarebookError):
    """A record asked for by id, email or name does not exist."""


class StorageError(CarebookError):
    """The database cannot be read or written: locked, read-only, damaged, full or missing."""

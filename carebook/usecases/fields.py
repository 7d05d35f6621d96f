"""Collecting field errors from the services under the names a form knows (shared by the use cases)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from carebook.errors import NotFound, ValidationError


@contextmanager
def collect(
    errors: dict[str, str], names: Mapping[str, str] | None = None, *, missing: str = ""
) -> Iterator[None]:
    """Add the ValidationError raised inside to ``errors`` (first message per field wins), renamed.

    With ``missing`` set, a NotFound raised inside becomes that field's message too.
    """
    try:
        yield
    except ValidationError as error:
        for name, message in error.errors.items():
            errors.setdefault((names or {}).get(name, name), message)
    except NotFound as error:
        if not missing:
            raise
        errors.setdefault(missing, str(error))


def renamed(error: ValidationError, names: Mapping[str, str]) -> ValidationError:
    return ValidationError({names.get(name, name): message for name, message in error.errors.items()})


def raise_if_any(errors: Mapping[str, str]) -> None:
    if errors:
        raise ValidationError(dict(errors))


@contextmanager
def renaming(names: Mapping[str, str]) -> Iterator[None]:
    """Re-raise a ValidationError from a service write with its fields renamed for the form."""
    try:
        yield
    except ValidationError as error:
        raise renamed(error, names) from None

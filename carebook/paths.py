"""Where Carebook keeps its data. The core alone decides; the app and the CLI ask here."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

from carebook.errors import CarebookError
from carebook.translation import _

DB_FILE_NAME = "carebook.sqlite3"


def data_dir() -> Path:
    """The data folder: ``CAREBOOK_DATA_DIR`` when set, else the user's local data folder."""
    override = os.environ.get("CAREBOOK_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("Carebook", appauthor=False, roaming=False))


def config_dir() -> Path:
    """This computer's own Carebook configuration (the pgpass file of ``carebook.server_secrets``):
    ``CAREBOOK_CONFIG_DIR`` when set, else ``config`` in ``CAREBOOK_DATA_DIR`` when that is set (tests),
    else the user's config folder."""
    override = os.environ.get("CAREBOOK_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    if os.environ.get("CAREBOOK_DATA_DIR"):
        return data_dir() / "config"
    return Path(user_config_dir("Carebook", appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


class EmptyTarget(CarebookError):
    """``--db ""`` or ``CAREBOOK_DB=""``: a usage error, never the default database."""


def check_db_target(explicit: str | os.PathLike[str] | None = None) -> None:
    """Refuse an empty ``--db`` or ``CAREBOOK_DB`` (an unset variable is fine; an empty one is a typo)."""
    if explicit is not None and not os.fspath(explicit).strip():
        raise EmptyTarget(_("--db was given an empty path; name the database file, or leave --db out"))
    env = os.environ.get("CAREBOOK_DB")
    if explicit is None and env is not None and not env.strip():
        raise EmptyTarget(_("CAREBOOK_DB is set but empty; name the database file, or unset CAREBOOK_DB"))


def resolve_db_target(explicit: str | os.PathLike[str] | None = None) -> str:
    """The database to open: ``--db`` value, else ``CAREBOOK_DB``, else the default file. An empty one
    is refused (``EmptyTarget``)."""
    check_db_target(explicit)
    if explicit is not None:
        return os.fspath(explicit)
    env = os.environ.get("CAREBOOK_DB")
    if env:
        return env
    return os.fspath(default_db_path())


def is_server_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))

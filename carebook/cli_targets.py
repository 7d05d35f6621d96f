"""The files the CLI's writing commands name (``export``, ``report -o``, ``backup --to``), checked before
the database is opened: never the database about to be opened (or its companions), another database or
a backup, whatever path leads there; an existing file only with ``--force``. See ``carebook.safe_write``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from carebook import safe_write
from carebook.errors import CarebookError
from carebook.paths import is_server_url, resolve_db_target


def database_file(args: argparse.Namespace) -> Path | None:
    """The SQLite file the command will open (None for a server database)."""
    resolved = resolve_db_target(getattr(args, "db", None))
    return None if is_server_url(resolved) else Path(resolved).expanduser()


def open_named_shop(args: argparse.Namespace) -> str:
    """Open the shop the command names (``--db``, else ``CAREBOOK_DB``, else the default file); returns
    where it is. ``carebook.shop`` (and peewee with it) loads only once a command needs the shop."""
    from carebook.shop import open_shop

    return open_shop(getattr(args, "db", None))


def output_file(args: argparse.Namespace, path: str | Path, extension: str) -> Path:
    """``path`` when the command may write it; CarebookError with one line when not."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise CarebookError(f"{target}: is a folder; give a file name ending in {extension}")
    if not target.parent.is_dir():
        raise CarebookError(f"{target}: the folder {target.parent} does not exist")
    return safe_write.check_target(
        target, force=args.force, database=database_file(args), hint=safe_write.CLI_OVERWRITE_HINT
    )


def add_force(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true", help="replace the file when it exists")

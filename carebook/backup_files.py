"""Where Carebook's backup copies live and what they are called: knowledge that ``carebook.backup`` (which
makes them) and ``carebook.safe_write`` (which never writes over them) share.

``backup_folder()`` is the shop's ``backup_folder`` setting, else ``backups`` in the data folder; a copy's
name is ``carebook-[TAG-]YYYYmmdd-HHMMSS.sqlite3`` (``is_backup_name``).
"""

from __future__ import annotations

import re
from pathlib import Path

from carebook import db, settings
from carebook.paths import data_dir

AUTO_PREFIX = "carebook-"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
BACKUP_NAME = re.compile(r"^carebook-(?:(?P<tag>[a-z][a-z0-9-]*)-)?(?P<stamp>\d{8}-\d{6})\.sqlite3$")


def backup_folder() -> Path:
    configured = settings.get("backup_folder") if db.database.obj is not None else ""
    return Path(configured).expanduser() if configured else data_dir() / "backups"


def backup_folder_for(path: Path) -> Path:
    """Before the settings can be read (during opening), backups go beside the default folder."""
    return data_dir() / "backups" if path.parent == data_dir() else path.parent / "backups"


def is_backup_name(name: str) -> bool:
    """True for the names Carebook gives its backup copies (``carebook-20260301-101500.sqlite3``, ...)."""
    return BACKUP_NAME.match(name) is not None

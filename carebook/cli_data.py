"""``carebook backup``, ``restore`` and ``check``: the safety commands of the CLI."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from carebook.cli_args import file_name
from carebook.errors import CarebookError

Register = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _open(args: argparse.Namespace) -> str:
    from carebook.db import open_database

    return open_database(args.db)


def cmd_backup(args: argparse.Namespace) -> int:
    from carebook import backup

    _open(args)
    info = backup.backup_now(Path(args.to) if args.to else None)
    print(f"backup written and verified: {info.path} ({info.size:,} bytes)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from carebook import backup

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CarebookError(f"{source}: no such backup file")
    where = _open(args)
    kept = backup.restore(source)
    print(f"restored {source} into {where}")
    print(f"the previous database was kept as {kept}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from carebook import backup

    where = _open(args)
    report = backup.check()
    print(f"database: {where}")
    print(f"schema version: {report.schema_version}")
    print(f"integrity: {'ok' if report.integrity == ('ok',) else '; '.join(report.integrity[:20])}")
    print(f"foreign-key problems: {report.foreign_key_problems}")
    if not report.ok:
        raise CarebookError(f"{where} has problems: restore a backup (carebook restore FILE)")
    print("ok")
    return 0


def add_commands(command: Register) -> None:
    backup = command("backup", cmd_backup, "make a verified copy of the database now")
    backup.add_argument(
        "--to", type=file_name, metavar="FILE", help="where to write it (default: the backup folder)"
    )
    restore = command(
        "restore", cmd_restore, "replace the database with a backup (the current file is kept aside)"
    )
    restore.add_argument("file", type=file_name, metavar="FILE")
    command("check", cmd_check, "check the database's integrity and links (exit 1 on problems)")

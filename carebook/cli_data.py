"""``carebook backup``, ``restore [--yes]``, ``check [--repair]`` and ``copy-to TARGET``: the safety commands
of the CLI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from carebook.cli_args import file_name
from carebook.cli_targets import add_force, open_named_shop, output_file
from carebook.errors import CarebookError

if TYPE_CHECKING:
    from carebook.restore import Comparison

Register = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_backup(args: argparse.Namespace) -> int:
    from carebook import backup

    to = Path(args.to).expanduser() if args.to else None
    if to is not None and not to.is_dir():
        output_file(args, to, ".sqlite3")
    open_named_shop(args)
    info = backup.backup_now(to, force=args.force)
    print(f"backup written and verified: {info.path} ({info.size:,} bytes)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from carebook import restore

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CarebookError(f"{source}: no such backup file")
    where = open_named_shop(args)
    comparison = restore.compare(source)
    if comparison.much_smaller and not args.yes:
        _confirm_smaller(comparison)
    kept = restore.restore(source)
    print(f"restored {source} into {where} ({comparison.describe()})")
    print(f"the previous database was kept as {kept}")
    return 0


def _confirm_smaller(comparison: Comparison) -> None:
    what = comparison.describe()
    if not sys.stdin.isatty():
        raise CarebookError(f"the backup holds far less than the shop ({what}); add --yes to restore it")
    answer = input(f"The backup holds far less than the shop ({what}). Restore it anyway? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise CarebookError("not restored; nothing was changed")


def cmd_check(args: argparse.Namespace) -> int:
    from carebook import backup, repair

    where = open_named_shop(args)
    report = backup.check()
    print(f"database: {where}")
    print(f"schema version: {report.schema_version}")
    print(f"integrity: {'ok' if report.integrity == ('ok',) else '; '.join(report.integrity[:20])}")
    print(f"foreign-key problems: {report.foreign_key_problems}")
    if not report.ok:
        raise CarebookError(f"{where} has problems: restore a backup (carebook restore FILE)")
    derived = repair.inspect()
    for line in derived.lines():
        print(line)
    if not derived.ok and args.repair:
        derived = repair.repair()
        print("rebuilt the search index and the customer summaries from the rows:")
        for line in derived.lines():
            print(line)
    if not derived.ok:
        raise CarebookError(f"{where}: derived data needs rebuilding: run 'carebook check --repair'")
    print("ok")
    return 0


def cmd_copy_to(args: argparse.Namespace) -> int:
    from carebook import copy_shop

    open_named_shop(args)
    for line in copy_shop.copy_to(args.target).lines():
        print(line)
    return 0


def add_commands(command: Register) -> None:
    copy = command(
        "copy-to",
        cmd_copy_to,
        "copy the whole shop into an empty SQLite file or PostgreSQL database, then verify the copy",
    )
    copy.add_argument("target", metavar="TARGET", help="a postgresql:// address or a file name")
    backup = command("backup", cmd_backup, "make a verified copy of the database now")
    backup.add_argument(
        "--to", type=file_name, metavar="FILE", help="where to write it (default: the backup folder)"
    )
    add_force(backup)
    restore = command(
        "restore", cmd_restore, "replace the database with a backup (the current file is kept aside)"
    )
    restore.add_argument("file", type=file_name, metavar="FILE")
    restore.add_argument(
        "--yes", action="store_true", help="restore even a copy with far fewer customers or contacts, unasked"
    )
    check = command(
        "check", cmd_check, "check integrity, links, search index and summaries (exit 1 on problems)"
    )
    check.add_argument(
        "--repair", action="store_true", help="rebuild the search index and customer summaries from the rows"
    )

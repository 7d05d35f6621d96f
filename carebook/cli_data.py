"""``carebook backup``, ``restore [--yes]``, ``check [--repair]`` and ``copy-to TARGET``: the safety commands
of the CLI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from carebook.cli_args import file_name
from carebook.cli_targets import add_force, database_file, open_named_shop, output_file
from carebook.errors import CarebookError

Register = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_backup(args: argparse.Namespace) -> int:
    from carebook import shop_backups

    to = Path(args.to).expanduser() if args.to else None
    if to is not None and not to.is_dir():
        output_file(args, to, ".sqlite3")
    open_named_shop(args)
    info = shop_backups.backup_now(to, force=args.force)
    print(f"backup written and verified: {info.path} ({info.size:,} bytes)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from carebook import restore

    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CarebookError(f"{source}: no such backup file")
    where = open_named_shop(args)
    comparison = restore.compare(source)
    server = database_file(args) is None
    what = comparison.describe()
    if server and not args.yes:
        fact = f"restoring replaces the shop on the server, which every counter uses ({what})"
        _confirm(fact, "Restore it?")
    elif comparison.much_smaller and not args.yes:
        _confirm(f"the backup holds far less than the shop ({what})", "Restore it anyway?")
    from carebook.server_restore import restore_shop

    kept = restore_shop(source)
    print(f"restored {source} into {where} ({comparison.describe()})")
    print(f"the previous database was kept as {kept}")
    return 0


def _confirm(fact: str, question: str) -> None:
    if not sys.stdin.isatty():
        raise CarebookError(f"{fact}; add --yes to restore it")
    answer = input(f"{fact[0].upper()}{fact[1:]}. {question} [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise CarebookError("not restored; nothing was changed")


def cmd_check(args: argparse.Namespace) -> int:
    from carebook import repair, shop_backups

    where = open_named_shop(args)
    report = shop_backups.check()
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

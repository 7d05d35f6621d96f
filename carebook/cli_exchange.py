"""The data-exchange and privacy commands of the CLI.

``import vcard``, ``export vcard`` and ``export ics`` (dispatched here by ``cli.cmd_import`` and
``cli.cmd_export``), and ``imports``, ``undo-import``, ``duplicates``, ``merge``, ``undo-merge``,
``export-person`` and ``erase``, registered by ``add_commands``. Files named on the command line are
checked before the database is opened; user errors raise CarebookError (exit 1, one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from carebook.cli_args import customer_ref, file_name, record_id
from carebook.cli_targets import open_named_shop, output_file
from carebook.errors import CarebookError

Register = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]

_SHOWN_PROBLEMS = 20
_SHOWN_WARNINGS = 10


def _one_line(text: object) -> str:
    return " ".join(str(text).split()) or "unknown error"


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


def _print_problems(lines: list[str], label: str, total: int | None = None) -> int:
    """Several bad cards or rows: one stderr line each (up to 20), then the verdict. Returns exit 1."""
    total = max(total or 0, len(lines))
    for line in lines[:_SHOWN_PROBLEMS]:
        print(f"carebook: {_one_line(line)}", file=sys.stderr)
    if total > _SHOWN_PROBLEMS:
        print(f"carebook: ... and {total - _SHOWN_PROBLEMS} more problems", file=sys.stderr)
    print(f"carebook: {total} problems in {label}; nothing was imported", file=sys.stderr)
    return 1


def cmd_import_vcard(args: argparse.Namespace) -> int:
    from carebook.exchange import vcard
    from carebook.exchange.outcome import ImportRefused

    try:
        prepared = vcard.prepare(args.file)  # the file first: a bad file never opens a database
    except vcard.VCardError as error:
        if len(error.problems) == 1:
            raise
        return _print_problems(error.lines(), error.label)
    open_named_shop(args)
    try:
        result = vcard.run(prepared, dry_run=args.dry_run)
    except ImportRefused as refused:
        if refused.total == 1:
            raise
        return _print_problems(refused.lines(), refused.label, refused.total)
    for warning in result.warnings[:_SHOWN_WARNINGS]:
        print(f"warning: {_one_line(warning)}")
    hidden = max(0, len(result.warnings) - _SHOWN_WARNINGS) + result.more_warnings
    if hidden:
        print(f"warning: ... and {hidden} more warnings")
    c = result.counts
    would = "would be " if result.dry_run else ""
    parts = [f"{c.created:,} {would}created", f"{c.updated:,} {would}updated", f"{c.unchanged:,} unchanged"]
    if c.new_tags:
        parts.append(f"new tags: {c.new_tags:,}")
    print(f"{result.file_name}: {_plural(result.rows, 'card')}; {', '.join(parts)}.")
    print("dry run: nothing written" if result.dry_run else f"import id: {result.batch_id}")
    return 0


def cmd_export_vcard(args: argparse.Namespace) -> int:
    from carebook.exchange.vcard import export_vcard

    target = output_file(args, args.file, ".vcf")
    open_named_shop(args)
    result = export_vcard(target, force=args.force)
    print(f"{_plural(result.cards, 'customer')} written to {result.path}")
    return 0


def cmd_export_ics(args: argparse.Namespace) -> int:
    from carebook.exchange.ical import export_ics

    target = output_file(args, args.file, ".ics")
    open_named_shop(args)
    staff = getattr(args, "staff", None)
    result = export_ics(target, staff, force=args.force)
    whose = f" of {staff}" if staff else ""
    print(
        f"{_plural(result.events, 'open follow-up')}{whose} written to {result.path} (times in {result.zone})"
    )
    return 0


def cmd_imports(args: argparse.Namespace) -> int:
    from carebook.exchange.undo import list_imports

    open_named_shop(args)
    rows = list_imports()
    if not rows:
        print("no imports yet")
    for row in rows:
        state = f"undone {row.undone_at:%Y-%m-%d %H:%M}" if row.undone_at else "can be undone"
        print(
            f"{row.id:>5}  {row.created_at:%Y-%m-%d %H:%M} UTC  {row.kind:<12} {row.file_name}: "
            f"{row.created_rows:,} created, {row.updated_rows:,} updated ({state})"
        )
    return 0


def cmd_undo_import(args: argparse.Namespace) -> int:
    from carebook.exchange.undo import undo_import

    open_named_shop(args)
    result = undo_import(args.id)
    removed = [
        _plural(result.customers_removed, "customer"),
        _plural(result.contacts_removed, "contact"),
        _plural(result.followups_removed, "follow-up"),
        _plural(result.scores_removed, "score"),
        _plural(result.tags_removed, "tag"),
        _plural(result.staff_removed, "staff member", "staff members"),
    ]
    print(
        f"removed {', '.join(removed)}; "
        f"{_plural(result.customers_restored, 'customer')} given back their earlier values"
    )
    for note in result.kept:
        print(f"kept {note}")
    if result.already_gone:
        print(f"{_plural(result.already_gone, 'row')} it created had already been deleted")
    print(f"import id: {result.batch_id}")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from carebook.services.duplicates import MAX_PAIRS, find_duplicates

    open_named_shop(args)
    pairs = find_duplicates(MAX_PAIRS + 1)
    more = len(pairs) > MAX_PAIRS
    pairs = pairs[:MAX_PAIRS]
    if args.json:
        print(json.dumps([asdict(pair) for pair in pairs], ensure_ascii=False, indent=2))
        return 0
    if not pairs:
        print("no likely duplicates")
    for pair in pairs:
        print(
            f"{pair.score:.2f}  #{pair.a.id} {_one_line(pair.a.name)}  ~  "
            f"#{pair.b.id} {_one_line(pair.b.name)}  ({', '.join(pair.reasons)})"
        )
    if pairs:
        shown = f"the best {len(pairs):,} pairs (there are more)" if more else _plural(len(pairs), "pair")
        print(f"{shown}; merge one with: carebook merge KEEP_ID OTHER_ID")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from carebook.services.merge import merge

    open_named_shop(args)
    choices = {field: "other" for field in args.take or ()}
    result = merge(args.keep_id, args.other_id, choices)
    moved = [
        _plural(result.contacts, "contact"),
        _plural(result.followups, "follow-up"),
        _plural(result.scores, "score"),
        _plural(result.tags, "tag"),
    ]
    print(f"merged customer #{result.other_id} into #{result.keep_id}: moved {', '.join(moved)}")
    if result.changed_fields:
        print(f"taken from #{result.other_id}: {', '.join(result.changed_fields)}")
    print(f"merge id: {result.merge_id} (carebook undo-merge {result.merge_id} takes it back)")
    return 0


def cmd_undo_merge(args: argparse.Namespace) -> int:
    from carebook.services.merge import undo_merge

    open_named_shop(args)
    result = undo_merge(args.id)
    print(
        f"customer #{result.other_id} is back with {_plural(result.contacts, 'contact')}, "
        f"{_plural(result.followups, 'follow-up')} and {_plural(result.scores, 'score')}; "
        f"#{result.keep_id} has its earlier values again"
    )
    print(f"merge id: {result.merge_id}")
    return 0


def cmd_export_person(args: argparse.Namespace) -> int:
    from carebook.exchange.privacy_export import export_person

    folder = Path(args.dir).expanduser()
    if folder.exists() and not folder.is_dir():
        raise CarebookError(f"{folder}: is a file, not a folder")
    if not folder.exists() and not folder.parent.is_dir():
        raise CarebookError(f"{folder}: the folder {folder.parent} does not exist")
    open_named_shop(args)
    result = export_person(args.customer, folder)
    print(
        f"customer #{result.customer_id}: the record, {_plural(result.contacts, 'contact')}, "
        f"{_plural(result.followups, 'follow-up')} and {_plural(result.scores, 'score')} "
        f"written to {result.folder}"
    )
    for path in result.files:
        print(f"  {path.name}")
    return 0


def _confirm(customer_id: int, name: str) -> None:
    print(f"Erase {name} for good? Type the customer's id to confirm: ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline() if sys.stdin is not None else ""
    if not answer:
        print(file=sys.stderr)
        raise CarebookError(
            "no confirmation was given, so nothing was erased (add --yes to skip the question)"
        )
    if answer.strip().lstrip("#") != str(customer_id):
        raise CarebookError(f"'{answer.strip()[:20]}' is not the id {customer_id}, so nothing was erased")


def cmd_erase(args: argparse.Namespace) -> int:
    from carebook.services import customers, privacy

    open_named_shop(args)
    customer = privacy.resolve_customer(args.customer)
    if customer.erased_at is not None:
        if not args.delete_backups:
            raise CarebookError(f"Customer #{customer.id} was already erased.")
        deleted = privacy.delete_backups(privacy.backups_holding_data(customer.erased_at))
        print(f"deleted {_plural(deleted, 'backup')} made before customer #{customer.id} was erased")
        return 0
    if not args.yes:
        _confirm(customer.id, f"'{_one_line(customer.name)}' (#{customer.id})")
    # asked first: erased only as it was shown (changed at another counter meanwhile: refused)
    result = privacy.erase(customer.id, customers.seen(customer) if not args.yes else None)
    print(
        f"erased: customer #{result.customer_id} is now '{result.name}'; kept "
        f"{_plural(result.contacts_kept, 'contact')}, {_plural(result.followups_kept, 'follow-up')} and "
        f"{_plural(result.scores_kept, 'score')} without personal data"
    )
    if not result.checkpointed:
        print(
            "warning: another program has the database open; the erased text leaves the file when it closes"
        )
    if result.backups and args.delete_backups:
        deleted = privacy.delete_backups(result.backups)
        print(f"deleted {_plural(deleted, 'older backup')} that still held this customer's data")
    elif result.backups:
        print(
            f"warning: {_plural(len(result.backups), 'older backup')} still hold this customer's data "
            f"(newest: {result.backups[0].path}); delete them with: carebook erase {result.customer_id} "
            "--delete-backups"
        )
    return 0


EXPORTS: dict[str, Callable[[argparse.Namespace], int]] = {"vcard": cmd_export_vcard, "ics": cmd_export_ics}


def add_commands(command: Register) -> None:
    from carebook.services.merge import MERGE_FIELDS

    command("imports", cmd_imports, "list the imports, newest first, with the ids undo-import takes")
    undo = command(
        "undo-import", cmd_undo_import, "take back an import: remove what it created, restore what it changed"
    )
    undo.add_argument("id", type=record_id, metavar="ID", help="the import id its output ended with")

    dup = command(
        "duplicates", cmd_duplicates, "list customers probably entered twice (same email, phone or name)"
    )
    dup.add_argument("--json", action="store_true", help="print a JSON list of pairs")

    merge = command(
        "merge", cmd_merge, "merge a customer into another: contacts, follow-ups, scores and tags move"
    )
    merge.add_argument("keep_id", type=record_id, metavar="KEEP_ID", help="the customer that stays")
    merge.add_argument("other_id", type=record_id, metavar="OTHER_ID", help="the customer merged into it")
    merge.add_argument(
        "--take",
        action="append",
        choices=tuple(MERGE_FIELDS),
        metavar="FIELD",
        help="use OTHER_ID's value of this field (repeatable): " + ", ".join(MERGE_FIELDS),
    )
    undo_merge = command("undo-merge", cmd_undo_merge, "take back a merge: both customers as they were")
    undo_merge.add_argument("id", type=record_id, metavar="MERGE_ID")

    person = command(
        "export-person", cmd_export_person, "write everything about one customer as JSON and CSV files"
    )
    person.add_argument("customer", type=customer_ref, metavar="CUSTOMER", help="the customer's id or email")
    person.add_argument("dir", type=file_name, metavar="DIR", help="the folder to write a new folder into")

    erase = command(
        "erase", cmd_erase, "anonymise a customer for good (contacts and scores stay, without names)"
    )
    erase.add_argument("customer", type=customer_ref, metavar="CUSTOMER", help="the customer's id or email")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.add_argument(
        "--delete-backups", action="store_true", help="also delete the older backups that still hold the data"
    )

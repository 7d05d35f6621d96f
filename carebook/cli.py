"""The ``carebook`` command. No subcommand starts the desktop app.

Exit codes: 0 success, 1 a user error (one clear line on stderr, no traceback), 2 bad usage.
Files named on the command line are checked before the database is opened, so a typo in a file name
never creates or touches a database.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from carebook import __version__, logs
from carebook.cli_args import file_name, month, whole_number
from carebook.cli_targets import add_force, open_named_shop, output_file
from carebook.clock import Month
from carebook.errors import CarebookError
from carebook.paths import EmptyTarget, check_db_target
from carebook.server_address import redact

Handler = Callable[[argparse.Namespace], int]

TABLES = ("customers", "interactions", "feedback", "followups")
_SHOWN_PROBLEMS = 20
_SHOWN_WARNINGS = 10
_LONGEST_DETAIL = 300


class UsageError(Exception):
    """Bad command-line usage: exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--db", metavar="PATH|URL", default=default, help="database file or postgresql:// URL"
    )
    parser.add_argument("--staff", metavar="NAME", default=default, help="who is at the counter")


def _month(value: Month | None) -> Month:
    return Month.current() if value is None else value


def cmd_init(args: argparse.Namespace) -> int:
    print(open_named_shop(args))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from carebook import demo

    demo.check_size(args.customers, args.months)  # before the file: a typo never creates a database
    where = open_named_shop(args)
    result = demo.generate(args.customers, args.months, args.seed, force=args.force)
    print(result.describe())
    print(f"Database: {where}")
    print(f"Try: carebook stats --month {result.last_month.prev()}")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from carebook import metrics
    from carebook.cli_format import stats_table

    month = _month(args.month)
    open_named_shop(args)
    summary = metrics.month_summary(month)
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
    else:
        print(stats_table(summary))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    month = _month(args.month)
    output = output_file(args, args.output or Path.cwd() / f"carebook-report-{month}.pdf", ".pdf")
    open_named_shop(args)
    from carebook.reports import build_monthly_report

    print(build_monthly_report(month, output, force=args.force, language=args.lang))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from carebook.cli_format import import_lines
    from carebook.exchange import importer

    if args.table == "vcard":
        from carebook.cli_exchange import cmd_import_vcard

        return cmd_import_vcard(args)

    prepared = importer.prepare(args.table, args.file)  # the file first: a bad file never opens a database
    open_named_shop(args)
    try:
        result = importer.run(prepared, dry_run=args.dry_run)
    except importer.ImportRefused as refused:
        if refused.total == 1:
            raise
        lines = refused.lines()
        for line in lines[:_SHOWN_PROBLEMS]:
            print(f"carebook: {_one_line(line)}", file=sys.stderr)
        if refused.total > _SHOWN_PROBLEMS:
            print(f"carebook: ... and {refused.total - _SHOWN_PROBLEMS} more bad rows", file=sys.stderr)
        print(f"carebook: {refused.total} bad rows in {refused.label}; nothing was imported", file=sys.stderr)
        return 1
    for line in import_lines(result, _SHOWN_WARNINGS):
        print(_one_line(line))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from carebook.exchange.exporter import export_csv

    if args.table in ("vcard", "ics"):
        from carebook import cli_exchange

        return cli_exchange.EXPORTS[args.table](args)

    target = output_file(args, args.file, ".csv")
    open_named_shop(args)
    result = export_csv(args.table, target, force=args.force)
    print(f"{result.rows:,} {args.table} rows written to {result.path}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="carebook",
        description="Customer-care manager for small shops. Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"carebook {__version__}")
    _global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _global_options(p, top=False)
        p.set_defaults(handler=handler)
        return p

    command("init", cmd_init, "create or upgrade the database and print its path")

    demo = command(
        "demo",
        cmd_demo,
        "fill the database with realistic demo data (refused when it already has customers)",
    )
    demo.add_argument(
        "--customers", type=whole_number, default=300, metavar="N", help="how many customers (300)"
    )
    demo.add_argument(
        "--months", type=whole_number, default=12, metavar="M", help="months of history, ending today (12)"
    )
    demo.add_argument(
        "--seed", type=whole_number, default=1, metavar="S", help="the same seed gives the same data (1)"
    )
    demo.add_argument(
        "--force", action="store_true", help="add demo data even though the database already has customers"
    )

    stats = command("stats", cmd_stats, "the month's satisfaction and service figures")
    stats.add_argument("--month", type=month, metavar="YYYY-MM", help="the month (default: this month)")
    stats.add_argument("--json", action="store_true", help="print one JSON object instead of a table")

    report = command("report", cmd_report, "write the monthly PDF summary")
    report.add_argument("--month", type=month, metavar="YYYY-MM", help="the month (default: this month)")
    report.add_argument(
        "-o",
        "--output",
        type=file_name,
        metavar="FILE.pdf",
        help="where to write it (default: carebook-report-YYYY-MM.pdf here)",
    )
    report.add_argument(
        "--lang",
        metavar="CODE",
        help="the PDF's language (default: the shop's report_language setting; en, de, ...)",
    )
    add_force(report)

    kinds = "|".join((*TABLES, "vcard"))
    imp = command("import", cmd_import, "import a CSV or vCard file (all rows or none; see README)")
    imp.add_argument("table", choices=(*TABLES, "vcard"), metavar=kinds, help="which table the file holds")
    imp.add_argument("file", type=file_name, metavar="FILE.csv|FILE.vcf")
    imp.add_argument("--dry-run", action="store_true", help="check every row and report, but write nothing")

    exports = (*TABLES, "vcard", "ics")
    exp = command(
        "export", cmd_export, "export a table to CSV, customers to vCard, or follow-ups to iCalendar"
    )
    exp.add_argument("table", choices=exports, metavar="|".join(exports), help="what to export")
    exp.add_argument("file", type=file_name, metavar="FILE.csv|FILE.vcf|FILE.ics")
    add_force(exp)

    from carebook import cli_data, cli_exchange, cli_log, cli_search, cli_settings

    cli_data.add_commands(command)
    cli_exchange.add_commands(command)
    cli_search.add_commands(command)
    cli_settings.add_commands(command)
    cli_log.add_commands(command)
    return parser


def _one_line(message: object) -> str:
    """One line without a server's password (``carebook.server_address.redact``)."""
    return redact(" ".join(str(message).split())) or "unknown error"


def _refuse_nul(args: argparse.Namespace) -> None:
    """No file name, email or month holds a NUL (only a program calling ``main`` can pass one)."""
    for name, value in vars(args).items():
        if isinstance(value, str) and "\0" in value:
            what = name.replace("_", "-")
            raise UsageError(f"carebook: the value given for {what} contains a NUL character")


def _never_fail_to_print() -> None:
    """A file name with undecodable bytes is printed escaped rather than failing on a strict terminal."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(Exception):
                stream.reconfigure(errors="backslashreplace")


def _unexpected(error: Exception, command: str) -> str:
    """The one line for a bug; the full traceback goes to the log file, which the line names."""
    where = logs.log_unexpected(error, f"carebook {command}")
    details = f"; details in {where}" if where is not None else ""
    summary = _one_line(error)[:_LONGEST_DETAIL]
    return f"carebook: unexpected error ({type(error).__name__}: {summary}){details}"


def _nothing_saved(error: CarebookError) -> str:
    """What a record changed at another counter since the command read it adds to its line."""
    from carebook.conflicts import ConflictError  # loaded only once a command failed: startup stays light

    return "; nothing was saved" if isinstance(error, ConflictError) else ""


def main(argv: Sequence[str] | None = None, *, gui: Callable[..., int] | None = None) -> int:
    """Run a subcommand; with none, call ``gui`` (the desktop app, handed in by ``ui.launch``)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        _refuse_nul(args)
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    try:
        check_db_target(args.db)
    except EmptyTarget as error:
        print(f"carebook: {error}", file=sys.stderr)
        return 2
    logs.configure()
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if gui is None:
            parser.print_help()
            return 0
        return gui(db=args.db, staff=args.staff)
    _never_fail_to_print()
    try:
        return handler(args)
    except CarebookError as error:
        print(f"carebook: {_one_line(error)}{_nothing_saved(error)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # whoever read the output stopped early (``| head``): nothing to report
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("carebook: interrupted; nothing more was written", file=sys.stderr)
        return 1
    except Exception as error:  # a bug: still one line, never a traceback (that goes to the log file)
        print(_unexpected(error, str(args.command)), file=sys.stderr)
        return 1
    finally:
        from carebook.shop import close_shop

        with contextlib.suppress(Exception):  # closing after an error must not add a traceback
            close_shop()


if __name__ == "__main__":
    sys.exit(main())

"""The ``carebook`` command. No subcommand starts the desktop app.

Exit codes: 0 success, 1 a user error (one clear line on stderr, no traceback), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from carebook import __version__
from carebook.errors import CarebookError

Handler = Callable[[argparse.Namespace], int]


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


def _open(args: argparse.Namespace) -> str:
    from carebook.db import open_database

    return open_database(args.db)


def cmd_init(args: argparse.Namespace) -> int:
    print(_open(args))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="carebook", description="Customer-care manager for small shops.")
    parser.add_argument("--version", action="version", version=f"carebook {__version__}")
    _global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _global_options(p, top=False)
        p.set_defaults(handler=handler)
        return p

    command("init", cmd_init, "create or upgrade the database and print its path")
    return parser


def main(argv: Sequence[str] | None = None, *, gui: Callable[..., int] | None = None) -> int:
    """Run a subcommand; with none, call ``gui`` (the desktop app, handed in by ``ui.launch``)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as error:
        print(error, file=sys.stderr)
        return 2
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if gui is None:
            parser.print_help()
            return 0
        return gui(db=args.db, staff=args.staff)
    try:
        return handler(args)
    except CarebookError as error:
        print(f"carebook: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("carebook: interrupted; nothing more was written", file=sys.stderr)
        return 1
    finally:
        from carebook.db import close_database

        close_database()


if __name__ == "__main__":
    sys.exit(main())

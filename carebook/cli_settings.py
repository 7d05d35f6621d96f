"""``carebook settings [KEY [VALUE]]``: list, read or change the shop's settings from the command line.

A value is checked as the app's settings dialog checks it (``carebook.settings.check``), so a shop locked
out by a bad setting can always repair itself here: an unknown key is a usage error (exit 2, the keys
listed), a bad value a user error (exit 1, with the reason).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from carebook.cli_targets import open_named_shop
from carebook.errors import CarebookError, ValidationError

Register = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def cmd_settings(args: argparse.Namespace) -> int:
    from carebook import settings

    if args.key is not None and args.key not in settings.KEYS:
        print(f"carebook: unknown setting {args.key!r}; the settings are: {', '.join(settings.KEYS)}",
              file=sys.stderr)  # fmt: skip
        return 2
    open_named_shop(args)
    if args.key is None:
        for key, value in settings.stored().items():
            print(f"{key} = {value}")
        return 0
    if args.value is not None:
        try:
            settings.update(**{args.key: settings.check(args.key, args.value)})
        except ValidationError as error:
            reason = error.errors.get(args.key, str(error))
            raise CarebookError(f"{args.key}: {reason}; nothing was changed") from None
    print(settings.get(args.key))
    return 0


def add_commands(command: Register) -> None:
    parser = command("settings", cmd_settings, "list, read or change the shop's settings (validated)")
    parser.add_argument("key", nargs="?", metavar="KEY", help="one setting (without: list them all)")
    parser.add_argument("value", nargs="?", metavar="VALUE", help="its new value ('' to clear it)")

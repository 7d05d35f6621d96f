"""``carebook log CUSTOMER --channel C ...``: log one contact from a till, a phone hook or a script.

The contact goes through the same core use case as the app's "Log a contact" dialog
(``carebook.usecases.log_contact``), so it is checked by the same rules and written in one transaction.
CUSTOMER is an id (``42``, ``#42``) or an email address, as for ``export-person`` and ``erase``; the
global ``--staff NAME`` names who logged it; ``--at`` is the shop's local time (default now). A customer
in the trash is refused (the contact would show in no list): restore them in the app first.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from carebook.cli_targets import open_named_shop
from carebook.errors import CarebookError

Register = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]

# The use case's field names -> the options that give them, for the one-line message.
_OPTIONS = {"occurred_at": "at", "customer": "CUSTOMER"}


def cmd_log(args: argparse.Namespace) -> int:
    from carebook import clock
    from carebook.services import privacy, staff
    from carebook.usecases.fields import renaming
    from carebook.usecases.log_contact import log_contact

    open_named_shop(args)
    customer = privacy.resolve_customer(args.customer)
    if customer.trashed:
        raise CarebookError(
            f"{customer.name} (#{customer.id}) is in the trash: restore them in the app first."
        )
    name = getattr(args, "staff", None)
    staff_id = staff.get_by_name(name).id if name else None
    occurred_at = clock.parse_local(args.at, "at") if args.at is not None else None
    with renaming(_OPTIONS):
        logged = log_contact(
            customer.id,
            args.channel,
            direction=args.direction,
            reason=args.reason,
            summary=args.summary,
            status=args.status,
            staff_id=staff_id,
            occurred_at=occurred_at,
        )
    print(f"contact id: {logged.contact.id}")
    return 0


def add_commands(command: Register) -> None:
    from carebook import vocab

    log = command("log", cmd_log, "log one contact with a customer, as the app's Log a contact does")
    log.add_argument("customer", metavar="CUSTOMER", help="the customer's id or email")
    log.add_argument("--channel", required=True, metavar="C", help="one of: " + ", ".join(vocab.CHANNELS))
    log.add_argument("--direction", default="inbound", metavar="D", help="inbound (default) or outbound")
    log.add_argument(
        "--reason", default="other", metavar="R", help="one of: " + ", ".join(vocab.REASONS) + " (other)"
    )
    log.add_argument("--summary", default="", metavar="TEXT", help="one line: what it was about")
    log.add_argument("--status", default="open", metavar="open|resolved", help="open (default) or resolved")
    log.add_argument(
        "--at", metavar="TIME", help="when, in the shop's local time: YYYY-MM-DD HH:MM (default: now)"
    )

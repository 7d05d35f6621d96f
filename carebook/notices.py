"""What the user must be told that is not an error: a stray file moved aside, a bad setting replaced by its
default. One line each, also written to the ``carebook`` logger.

By default a notice goes to stderr (``carebook: warning: ...``), which is what the command line wants; the
desktop app hands in its own sink (``set_sink``) and shows them in the window.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

log = logging.getLogger("carebook")
log.addHandler(logging.NullHandler())  # a log line for whoever configures logging, never a second stderr line

_sink: Callable[[str], None] | None = None


def tell(message: str) -> None:
    log.warning(message)
    if _sink is not None:
        _sink(message)
    else:
        print(f"carebook: warning: {message}", file=sys.stderr)


def set_sink(sink: Callable[[str], None] | None) -> None:
    """Where notices go from now on; None: back to stderr."""
    global _sink
    _sink = sink

"""The ``carebook`` command: the core CLI, with the desktop app as what runs without a subcommand."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _start_gui(db: str | None = None, staff: str | None = None) -> int:
    from ui.app import run

    return run(db=db, staff=staff)


def main(argv: Sequence[str] | None = None) -> int:
    from carebook.cli import main as cli_main

    return cli_main(argv, gui=_start_gui)


if __name__ == "__main__":
    sys.exit(main())

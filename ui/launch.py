"""The ``carebook`` command: the core CLI, with the desktop app as what runs without a subcommand."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from types import ModuleType

from ui import gc_pause, preflight


def refused() -> bool:
    """Whether the desktop app cannot start here (``ui.preflight``): then the reason is on stderr."""
    reason = preflight.problem()
    if reason:
        print(reason, file=sys.stderr)
    return reason is not None


def load_gui() -> ModuleType:
    """``ui.app``, imported with garbage collection paused for the start (``ui.gc_pause``)."""
    gc_pause.pause()
    import ui.app

    return ui.app


def _start_gui(db: str | None = None, staff: str | None = None) -> int:
    if refused():
        return 1
    return load_gui().run(db=db, staff=staff)


def gui_main() -> int:
    """``carebook-gui``: the desktop app alone (no CLI), started the same way."""
    if refused():
        return 1
    code: int = load_gui().main()
    return code


def main(argv: Sequence[str] | None = None) -> int:
    from carebook.cli import main as cli_main

    return cli_main(argv, gui=_start_gui)


if __name__ == "__main__":
    sys.exit(main())

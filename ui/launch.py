"""The ``carebook`` command: the core CLI, with the desktop app as what runs without a subcommand."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from types import ModuleType

from ui import preflight


def refused() -> bool:
    """Whether the desktop app cannot start here (``ui.preflight``): then the reason is on stderr."""
    reason = preflight.problem()
    if reason:
        print(reason, file=sys.stderr)
    return reason is not None


def load_gui() -> ModuleType:
    """``ui.app``, imported once the start is known not to be refused."""
    if "ui.app" not in sys.modules and gc.isenabled():
        # no collection while the modules load (~50 of them), then their objects frozen: ~6% of the start
        gc.disable()
        import ui.app

        gc.freeze()
        gc.enable()
    import ui.app

    return ui.app


def _start_gui(db: str | None = None, staff: str | None = None) -> int:
    if refused():
        return 1
    return load_gui().run(db=db, staff=staff)


def gui_main() -> int:
    """``carebook-gui``: the desktop app alone (no CLI)."""
    if refused():
        return 1
    code: int = load_gui().main()
    return code


def main(argv: Sequence[str] | None = None) -> int:
    from carebook.cli import main as cli_main

    return cli_main(argv, gui=_start_gui)


if __name__ == "__main__":
    sys.exit(main())

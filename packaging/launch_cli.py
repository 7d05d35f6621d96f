"""Frozen entry point of ``carebook`` (console): the CLI, and the desktop app without a subcommand."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())

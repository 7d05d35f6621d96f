"""Start the desktop app (temporary plain window until the desktop issue lands)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from carebook import APP_NAME
from carebook.db import close_database, open_database
from carebook.errors import CarebookError


def run(db: str | None = None, staff: str | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    try:
        where = open_database(db)
    except CarebookError as error:
        print(f"carebook: {error}", file=sys.stderr)
        return 1
    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    window.setCentralWidget(QLabel(QApplication.translate("app", "Database: {0}").format(where)))
    window.show()
    try:
        return app.exec()
    finally:
        close_database()


def main() -> int:
    return run()

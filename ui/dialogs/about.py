"""About Carebook: version, where the data lives, the log file, Qt and PySide versions."""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

import carebook
from carebook import logs
from carebook.db import db_path
from carebook.paths import data_dir
from ui import icons
from ui.context import AppContext
from ui.dialogs.base import BaseDialog


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


class AboutDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("About Carebook"))
        self.setMinimumWidth(520)
        logo = QLabel()
        logo.setPixmap(icons.app_icon().pixmap(64, 64))
        title = QLabel(self.tr("Carebook {0}").format(carebook.__version__))
        title.setObjectName("dialogTitle")
        blurb = QLabel(
            self.tr("Customer care for small shops: customers, contacts, follow-ups and satisfaction.")
        )
        blurb.setWordWrap(True)
        blurb.setObjectName("mutedLabel")

        database = db_path()
        self.values = {
            "data": str(data_dir()),
            "database": str(database) if database is not None else ctx.where,
            "log": str(logs.log_path()),
            "qt": qVersion(),
            "pyside": PySide6.__version__,
            "python": f"{platform.python_version()} ({sys.platform})",
        }
        form = QFormLayout()
        form.addRow(self.tr("Data folder:"), _value(self.values["data"]))
        form.addRow(self.tr("Database:"), _value(self.values["database"]))
        form.addRow(self.tr("Log file:"), _value(self.values["log"]))
        form.addRow(self.tr("Qt:"), _value(self.values["qt"]))
        form.addRow(self.tr("PySide6:"), _value(self.values["pyside"]))
        form.addRow(self.tr("Python:"), _value(self.values["python"]))

        buttons = QDialogButtonBox()
        self.open_folder_button = QPushButton(icons.icon("folder"), self.tr("Open data folder"))
        self.open_folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self.values["data"]))
        )
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.accept)
        self.close_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(logo)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

"""The last page of the import wizard: the import itself, then its result and how to undo it.

``RunPage`` starts the import as soon as it is shown: one transaction in the wizard's worker thread
(``ui.jobs``), with a progress bar fed by the core's progress callback. Cancel (the wizard's Cancel
button, or closing the window) makes the next progress report raise ``ui.jobs.Cancelled``, so the core
rolls everything back: the database is left untouched. Afterwards the page shows what was written and
the import's number, "Undo this import" and the earlier imports (``import_history.ImportHistory``),
each of which can be undone too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout

from carebook.exchange.importer import ImportResult
from carebook.exchange.undo import UndoResult
from ui import icons
from ui.dialogs import import_flow
from ui.dialogs.import_history import ImportHistory
from ui.dialogs.import_pages import WizardPage, muted
from ui.dialogs.import_wizard import ImportWizard
from ui.jobs import raise_if_cancelled, report_progress

STEPS = 1000  # the progress bar's range


def _progress(done: int, total: int) -> None:
    """The core's progress callback, on the worker thread: stop when cancelled, else report."""
    raise_if_cancelled()
    report_progress(done, total)


class RunPage(WizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows are written in one go."))
        self.setFinalPage(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, STEPS)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.detail = muted()
        self.cancel_button = QPushButton(self.tr("&Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.undo_button = QPushButton(icons.icon("undo"), self.tr("&Undo this import"))
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.hide()
        self.history_title = QLabel(self.tr("Imports, newest first"))
        self.history_title.setObjectName("sectionTitle")
        self.history_title.hide()
        self.history: ImportHistory | None = None
        self._wizard = wizard
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.detail)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(self.history_title)
        self.history_box = QVBoxLayout()
        layout.addLayout(self.history_box, 1)
        layout.addStretch(0)  # takes the space until the list of imports is shown
        self._running = False
        self.result: ImportResult | None = None
        self.cancelled = False

    # -- running ------------------------------------------------------------------------------------
    def initializePage(self) -> None:
        if self._running or self.result is not None:
            return
        state = self.state
        self.cancelled = False
        self._running = True
        self.progress.setValue(0)
        self.progress.show()
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows are written in one go."))
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status.setText(self.tr("Importing {0}…").format(state.path.name if state.path else ""))
        self.detail.setText(self.tr("Cancel stops the import; nothing is written then."))
        self.completeChanged.emit()
        kind, table, targets = state.kind, state.final_table(), state.import_targets()
        cards = state.cards
        if cards is not None:
            fetch = lambda: import_flow.run_vcard(cards, table, _progress, targets)  # noqa: E731
        else:
            source, mapping = state.table, list(state.mapping)

            def fetch() -> ImportResult:
                result = import_flow.run(kind, table, _progress, targets)
                if source is not None:  # the same choices for the next file with these headings
                    import_flow.remember(kind, source, mapping)
                return result

        self._wizard.background.run(
            "run",
            fetch,
            done=self._finished,
            failed=self._failed,
            progress=self._moved,
            cancelled=self._cancelled,
        )

    def running(self) -> bool:
        return self._running

    def cancel(self) -> None:
        """Stop the import at its next progress report; the core rolls it back."""
        if self._running:
            self._wizard.background.cancel("run")
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _moved(self, done: int, total: int) -> None:
        if not self._running or total <= 0:
            return
        self.progress.setValue(round(STEPS * done / total))
        rows = total - 1
        if done < rows:
            self.detail.setText(self.tr("Checked {0:,} of {1:,} rows…").format(done, rows))
        else:
            self.detail.setText(self.tr("Writing…"))

    def _finished(self, result: ImportResult) -> None:
        self._running = False
        self.result = result
        self.state.result = result
        self.progress.setValue(STEPS)
        self.cancel_button.hide()
        self.setTitle(self.tr("Imported"))
        self.setSubTitle(self.tr("Import number {0} is saved.").format(result.batch_id))
        self.status.setText(self.describe(result))
        self.detail.setText(
            self.tr(
                "This is import number {0}. It can be undone: the rows it created are removed and "
                "the fields it changed are put back."
            ).format(result.batch_id)
        )
        self.undo_button.show()
        self.undo_button.setEnabled(True)
        self._show_history(result.batch_id)
        self.wizard().notify_written(result)
        self.completeChanged.emit()

    def _failed(self, message: str) -> None:
        self._stopped(self.tr("Nothing was imported"))
        self.status.setText(self.tr("The import failed and nothing was written: {0}").format(message))

    def _cancelled(self) -> None:
        self.cancelled = True
        self._stopped(self.tr("Import cancelled"))
        self.status.setText(self.tr("The import was cancelled. Nothing was written."))

    def _stopped(self, title: str) -> None:
        self._running = False
        self.progress.hide()
        self.cancel_button.hide()
        self.setTitle(title)
        self.setSubTitle(self.tr("The database is as it was before."))
        self.detail.setText("")
        self.completeChanged.emit()

    def _show_history(self, batch_id: int | None) -> None:
        if self.history is None:
            self.history = ImportHistory(self._wizard.ctx, self)
            self.history.undone.connect(self._undone)
            self.history_box.addWidget(self.history)
        else:
            self.history.refresh(select=batch_id)
        self.history_title.show()

    def undo(self) -> bool:
        """Undo the import just made (asks first; the list below shows the outcome)."""
        if self.result is None or self.result.batch_id is None or self.history is None:
            return False
        return self.history.undo(self.result.batch_id)

    def _undone(self, undone: UndoResult) -> None:
        if self.result is not None and undone.batch_id == self.result.batch_id:
            self.undo_button.setEnabled(False)
            self.setTitle(self.tr("Import undone"))
            self.setSubTitle(self.tr("Import number {0} was taken back.").format(undone.batch_id))
            self.status.setText(self.history.status.text() if self.history is not None else "")
            self.detail.setText("")

    def describe(self, result: ImportResult) -> str:
        counts = result.counts
        made = {
            "customers": self.tr("new customers: {0:,}"),
            "interactions": self.tr("new contacts: {0:,}"),
            "feedback": self.tr("new scores: {0:,}"),
            "followups": self.tr("new follow-ups: {0:,}"),
            "vcard": self.tr("new customers: {0:,}"),
        }[result.kind].format(counts.created)
        parts = [made]
        if counts.updated:
            parts.append(self.tr("customers updated: {0:,}").format(counts.updated))
        if counts.new_customers:
            parts.append(self.tr("customers added for the rows: {0:,}").format(counts.new_customers))
        if counts.unchanged:
            parts.append(self.tr("rows already stored: {0:,}").format(counts.unchanged))
        return self.tr("Imported from {0} — {1}.").format(result.file_name, ", ".join(parts))

    def isComplete(self) -> bool:
        return not self._running

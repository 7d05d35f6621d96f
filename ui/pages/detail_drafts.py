"""The customer pane's unsaved edits, kept as a draft a few seconds behind the typing.

``DetailDrafts(detail, store)`` follows a ``CustomerDetail``: every edit restarts a short timer
(``ui.dialogs.draft_keeper.DEBOUNCE_MS``) after which the changed fields go to the draft store under
``customer/<id>`` (the key the customer dialog uses for the same record); a save or a revert removes the
draft. When a customer is shown and a draft of theirs is kept (the app or the computer died with edits
unsaved) it is put back: the pane says "Unsaved changes" and the status bar "Draft restored".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from carebook.drafts import DraftStore
from carebook.errors import CarebookError
from ui.dialogs import draft_keeper

if TYPE_CHECKING:
    from ui.pages.customer_detail import CustomerDetail


class DetailDrafts(QObject):
    def __init__(self, detail: CustomerDetail, store: DraftStore) -> None:
        super().__init__(detail)
        self.detail = detail
        self.store = store
        self.customer_id: int | None = None
        self._restoring = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.flush)
        detail.form.changed.connect(self._changed)

    def key(self) -> str:
        return f"customer/{self.customer_id}"

    def _changed(self) -> None:
        if self._restoring:
            return
        shown = self.detail.customer_id
        if shown != self.customer_id:  # another customer was loaded
            self.flush()
            self.customer_id = shown
            self._restore()
            return
        self.timer.start(draft_keeper.DEBOUNCE_MS)

    def _restore(self) -> None:
        row = self.detail.row
        if row is None or row.erased_at is not None or self.detail.form.is_dirty():
            return
        try:
            draft = self.store.get(self.key())
        except CarebookError as error:
            self.detail.ctx.status(str(error))
            return
        if draft is None:
            return
        probes = self.detail.form.probes()
        self._restoring = True
        try:
            for name, value in draft.values.items():
                if name in probes:
                    probes[name].write(value)
        finally:
            self._restoring = False
        self.detail.form.changed.emit()  # "Unsaved changes", Save and Revert
        self.detail.show_details(focus=False)  # the restored edits in view, not under the history tab
        text = QCoreApplication.translate("DetailDrafts", "Draft restored: unsaved changes to {0}")
        self.detail.ctx.status(text.format(row.name))

    def flush(self) -> None:
        self.timer.stop()
        if self.customer_id is None:
            return
        form = self.detail.form
        probes = form.probes()
        changed = {name: probes[name].read() for name in form.changes()}
        try:
            if changed:
                self.store.put(self.key(), changed)
            else:
                self.store.remove(self.key())
        except CarebookError as error:
            self.detail.ctx.status(str(error))

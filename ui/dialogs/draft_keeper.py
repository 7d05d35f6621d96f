"""Typed work in a dialog, kept as a draft a few seconds behind the typing (so a crash loses none of it).

``DraftKeeper(store, key, probes, parent)`` watches the named controls (``ui.widget_values.Probe``;
``store`` None: nothing is written, only compared). What they hold when it starts is the baseline;
every edit restarts a short timer (``DEBOUNCE_MS``), after which the fields that differ from the
baseline are written to the store under ``key`` (and the draft is removed once nothing differs).
``is_dirty()`` / ``changes()`` say what differs now.

- ``restore()`` puts a kept draft back into the controls and returns it (None when there is none);
- ``flush()`` writes the draft at once (closing, quitting); ``discard()`` throws it away (saved, or the
  user chose Discard) and stops watching; ``revert()`` puts the baseline back and removes the draft;
- ``set_key(key)`` moves the draft to another key (the dialog's record changed).

A draft that cannot be written (disk full, folder read-only) is reported once through ``failed`` with
the store's one-line message; typing goes on.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from carebook.drafts import Draft, DraftStore, DraftValue
from carebook.errors import CarebookError
from ui.widget_values import Probe

DEBOUNCE_MS = 2000


class DraftKeeper(QObject):
    failed = Signal(str)

    def __init__(
        self, store: DraftStore | None, key: str, probes: Mapping[str, Probe], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.key = key
        self.probes = dict(probes)
        self.baseline = self.snapshot()
        self.active = True
        self._reported = ""
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        for item in self.probes.values():
            item.changed.connect(self._edited)

    def snapshot(self) -> dict[str, DraftValue]:
        return {name: item.read() for name, item in self.probes.items()}

    def changes(self) -> dict[str, DraftValue]:
        now = self.snapshot()
        return {name: value for name, value in now.items() if value != self.baseline.get(name)}

    def is_dirty(self) -> bool:
        return bool(self.changes())

    def _edited(self, *_args: object) -> None:
        if self.active:
            self.timer.start()

    def _apply(self, values: Mapping[str, DraftValue]) -> None:
        for name, value in values.items():
            item = self.probes.get(name)
            if item is not None:
                item.write(value)

    # -- the store -------------------------------------------------------------------------------
    def _write(self, action: str, *args: object) -> None:
        if self.store is None:
            return
        try:
            getattr(self.store, action)(self.key, *args)
        except CarebookError as error:
            if str(error) != self._reported:
                self._reported = str(error)
                self.failed.emit(str(error))

    def restore(self) -> Draft | None:
        if self.store is None:
            return None
        try:
            draft = self.store.get(self.key)
        except CarebookError as error:
            self.failed.emit(str(error))
            return None
        if self.store.problem:
            self.failed.emit(self.store.problem)
            self.store.problem = ""
        if draft is not None:
            self._apply(draft.values)
        return draft

    def flush(self) -> None:
        self.timer.stop()
        if self.active:
            self._write("put", self.changes())

    def discard(self) -> None:
        self.timer.stop()
        self.active = False
        self._write("remove")

    def revert(self) -> None:
        self.timer.stop()
        self._apply(self.baseline)
        self.timer.stop()
        self._write("remove")

    def set_key(self, key: str) -> None:
        if key == self.key:
            return
        self._write("remove")
        self.key = key
        self._edited()

"""Typed work kept as drafts: what a dialog held when it was closed, or when the app or the computer died.

``DraftStore(path=None, shop="")`` keeps the drafts of one shop (the database they belong to, so two shops
on one computer never swap drafts) in one JSON file in the data folder, ``drafts.json`` by default. A
draft is a flat mapping of field names to plain values (text, numbers, true/false, null) under a key
that names the dialog and its record ("contact/customer/12"), with the UTC time it was saved.

    store.put(key, values)   keep a draft (empty values remove it)      store.get(key) -> Draft | None
    store.remove(key)        the draft was saved or thrown away          store.keys() -> list[str]

Every change re-reads the file (another window may have written meanwhile) and writes it again whole
through ``carebook.safe_write``: a crash or power cut leaves the old file or the new one, never half of
one, and the file is the user's only (0600). A write that fails raises ``CarebookError`` with one line.

A file that cannot be read as drafts (damaged, cut short, too big, a symlink, not Carebook's) is never
overwritten and never read again: it is moved aside to ``drafts.damaged-YYYYMMDD-HHMMSS.json`` (nothing
in it is lost), ``problem`` holds one line saying so, and the store starts empty.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from carebook.errors import CarebookError
from carebook.paths import data_dir
from carebook.safe_write import atomic_write
from carebook.translation import _

FILE_NAME = "drafts.json"
FORMAT = "carebook-drafts"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024  # a million-character note, many times over
MAX_KEY_CHARS = 200
MAX_TEXT_CHARS = 2_000_000
_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"

DraftValue = str | int | float | bool | None


class DamagedDrafts(CarebookError):
    """The drafts file cannot be read as drafts; ``str(error)`` says why."""


@dataclass(frozen=True)
class Draft:
    key: str
    values: dict[str, DraftValue]
    saved_at: datetime  # naive UTC


def default_path() -> Path:
    return data_dir() / FILE_NAME


def _read_bytes(path: Path) -> bytes | None:
    """The file's bytes, None when there is none; a symlink, a folder or a huge file is refused."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise DamagedDrafts(_("it is a symbolic link, not Carebook's drafts file")) from None
        if error.errno == errno.EISDIR:
            raise DamagedDrafts(_("it is a folder, not a file")) from None
        raise CarebookError(
            _("{path}: cannot be read ({reason})").format(path=path, reason=error.strerror or error)
        ) from error
    with os.fdopen(fd, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise DamagedDrafts(_("it is not a regular file"))
        if info.st_size > MAX_FILE_BYTES:
            raise DamagedDrafts(
                _("it is {st_size} bytes, more than drafts ever take").format(st_size=f"{info.st_size:,}")
            )
        return stream.read(MAX_FILE_BYTES + 1)


def _plain(value: object) -> bool:
    if isinstance(value, str):
        return len(value) <= MAX_TEXT_CHARS
    return value is None or isinstance(value, (bool, int, float))


def _parse(raw: bytes) -> dict[str, dict[str, dict[str, object]]]:
    """shop -> key -> {"saved_at": ..., "values": {...}}, checked all the way down."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise DamagedDrafts(_("it is not valid JSON ({error})").format(error=error)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DamagedDrafts(_("it is not a Carebook drafts file"))
    if data.get("version") != VERSION:
        raise DamagedDrafts(
            _("it is drafts version {found}; this Carebook reads {version}").format(
                found=f"{data.get('version')!r}", version=VERSION
            )
        )
    shops = data.get("shops")
    if not isinstance(shops, dict):
        raise DamagedDrafts(_("it has no list of shops"))
    for shop, drafts in shops.items():
        if not isinstance(drafts, dict):
            raise DamagedDrafts(_("the drafts of {shop} are not a list of drafts").format(shop=f"{shop!r}"))
        for key, draft in drafts.items():
            if len(key) > MAX_KEY_CHARS or not isinstance(draft, dict):
                raise DamagedDrafts(_("the draft {key} is not a draft").format(key=f"{key[:60]!r}"))
            values, saved_at = draft.get("values"), draft.get("saved_at")
            if not isinstance(values, dict) or not all(_plain(v) for v in values.values()):
                raise DamagedDrafts(
                    _("the draft {key} holds something that is not typed text").format(key=f"{key[:60]!r}")
                )
            try:
                datetime.strptime(str(saved_at), _TIME_FORMAT)
            except ValueError:
                raise DamagedDrafts(
                    _("the draft {key} has no time it was saved").format(key=f"{key[:60]!r}")
                ) from None
    return shops


class DraftStore:
    def __init__(self, path: Path | None = None, shop: str = "") -> None:
        self.path = path or default_path()
        self.shop = shop
        self.problem = ""  # one line about a drafts file that was moved aside, "" when all was well

    # -- reading ---------------------------------------------------------------------------------
    def _load(self) -> dict[str, dict[str, dict[str, object]]]:
        try:
            raw = _read_bytes(self.path)
            return {} if raw is None else _parse(raw)
        except DamagedDrafts as error:
            self._move_aside(str(error))
            return {}

    def _move_aside(self, reason: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{self.path.suffix}")
        counter = 1
        while os.path.lexists(aside):
            counter += 1
            aside = self.path.with_name(f"{self.path.stem}.damaged-{stamp}-{counter}{self.path.suffix}")
        try:
            os.rename(self.path, aside)
        except OSError as error:
            raise CarebookError(
                _(
                    "{path}: cannot be read as drafts ({reason}) and cannot be moved aside ({why}); it "
                    "was left as it is"
                ).format(path=self.path, reason=reason, why=error.strerror or error)
            ) from error
        self.problem = _("The drafts file could not be read ({reason}); it was kept as {aside}").format(
            reason=reason, aside=aside
        )

    def get(self, key: str) -> Draft | None:
        draft = self._load().get(self.shop, {}).get(key)
        if draft is None:
            return None
        values = draft["values"]
        assert isinstance(values, dict)
        return Draft(key, dict(values), datetime.strptime(str(draft["saved_at"]), _TIME_FORMAT))

    def keys(self) -> list[str]:
        return sorted(self._load().get(self.shop, {}))

    # -- writing ---------------------------------------------------------------------------------
    def put(self, key: str, values: Mapping[str, DraftValue]) -> None:
        """Keep ``values`` as the draft ``key`` (replacing an older one); empty values remove it."""
        if not values:
            self.remove(key)
            return
        if len(key) > MAX_KEY_CHARS:
            raise ValueError(f"a draft key has at most {MAX_KEY_CHARS} characters")
        bad = [name for name, value in values.items() if not _plain(value)]
        if bad:
            raise ValueError(f"draft values must be plain text, numbers or flags: {', '.join(bad)}")
        shops = self._load()
        saved_at = datetime.now(UTC).strftime(_TIME_FORMAT)
        shops.setdefault(self.shop, {})[key] = {"saved_at": saved_at, "values": dict(values)}
        self._write(shops)

    def remove(self, key: str) -> None:
        shops = self._load()
        drafts = shops.get(self.shop, {})
        if key not in drafts:
            return
        del drafts[key]
        if not drafts:
            del shops[self.shop]
        self._write(shops)

    def _write(self, shops: dict[str, dict[str, dict[str, object]]]) -> None:
        data = {"format": FORMAT, "version": VERSION, "shops": shops}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(self.path, text=True, force=True) as stream:
            json.dump(data, stream, ensure_ascii=False, indent=1)

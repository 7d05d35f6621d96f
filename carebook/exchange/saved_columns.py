"""The column choices a user made for a file, remembered for the next file with the same headings.

A shop imports the same export again and again (each month's list from the till, the same address
book); the import wizard maps its columns once. The choice is a shop setting (the ``setting`` table, so
every seat shares it) under a key made of the table and the file's headings (``heading_key`` of each,
in order): ``import_columns.customers.<hash>``. Its value is the JSON list of the columns' roles
(``column_roles``). ``settings`` declares the shop's own settings; these keys are the import's and are
read and written here only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from carebook.db import reads, writes
from carebook.exchange.column_roles import roles_for, split_role
from carebook.exchange.columns import heading_key
from carebook.models import Setting

PREFIX = "import_columns."


def key_for(kind: str, headings: Sequence[str]) -> str:
    """The setting's key for a ``kind`` file with these headings (case, accents and spacing aside)."""
    joined = "\x1f".join(heading_key(heading) for heading in headings)
    return f"{PREFIX}{kind}.{hashlib.sha256(joined.encode()).hexdigest()[:32]}"


@writes
def remember(kind: str, headings: Sequence[str], roles: Sequence[str]) -> None:
    """Keep ``roles`` (one per heading, "" = not imported) for the next file with these headings."""
    value = json.dumps(list(roles), ensure_ascii=False)
    Setting.insert(key=key_for(kind, headings), value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()


@reads
def recall(kind: str, headings: Sequence[str]) -> list[str] | None:
    """The roles chosen last time for a file with these headings, or None. A stored value that does not
    fit (another number of columns, a role this version does not know) is not used."""
    row = Setting.get_or_none(Setting.key == key_for(kind, headings))
    if row is None:
        return None
    try:
        roles = json.loads(str(row.value))
    except ValueError:
        return None
    known = set(roles_for(kind)) | {"label"}
    if not isinstance(roles, list) or len(roles) != len(headings):
        return None
    if not all(isinstance(r, str) and (not r or split_role(r)[0] in known) for r in roles):
        return None
    return roles

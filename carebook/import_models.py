"""What each CSV import wrote, so that a later ``carebook undo-import ID`` can take it back exactly.

One ``ImportBatch`` per import run; one ``ImportChange`` per row it created or updated. An update keeps
the row's earlier values (only the columns the import changed, plus the customer's tags) as JSON in
``before_json``.
"""

from __future__ import annotations

import peewee

from carebook.models import BaseModel, InstantField


class ImportBatch(BaseModel):
    id = peewee.AutoField()
    kind = peewee.TextField()  # customers / interactions / feedback / followups
    file_name = peewee.TextField(default="")
    created_at = InstantField()
    created_rows = peewee.IntegerField(default=0)
    updated_rows = peewee.IntegerField(default=0)
    undone_at = InstantField(null=True)


class ImportChange(BaseModel):
    id = peewee.AutoField()
    batch = peewee.ForeignKeyField(ImportBatch, backref="changes", on_delete="CASCADE")
    table_name = peewee.TextField()
    row_id = peewee.IntegerField()
    action = peewee.TextField()  # create / update
    before_json = peewee.TextField(default="")


IMPORT_MODELS: tuple[type[BaseModel], ...] = (ImportBatch, ImportChange)

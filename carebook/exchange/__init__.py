"""Data in and out of Carebook: the CSV files of DESIGN.md.

- ``importer.import_csv(kind, path, dry_run=False) -> ImportResult`` (or ``prepare`` + ``run``): all rows
  or none, each bad row reported as ``FILE:LINE: field: reason`` (``ImportRefused``), every import
  recorded in ``import_batch``/``import_change`` for undo.
- ``exporter.export_csv(kind, path) -> ExportResult``: the same columns, UTF-8 with BOM, formula-safe.
- ``columns``: the four tables' columns; ``csv_format``: reading (encodings, separators, line numbers)
  and writing (BOM, CRLF, escaping); ``bulk``: fast inserts shared with the demo data.
- ``import_file``: what every import reads through (regular files up to 200 MB, streamed, one encoding
  per file); ``vcard_lines`` + ``vcard_read`` + ``vcard_values``: vCard files in one linear pass, each
  card's values as the customer's fields; ``vcard_write``: a customer as a card (``name_parts``,
  ``address_parts``); ``ical`` + ``ical_zone``: follow-ups as iCalendar, time zones from the tz database.
"""

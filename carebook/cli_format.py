"""Plain-text output of the ``carebook`` command: the month's figures and an import's outcome."""

from __future__ import annotations

from collections.abc import Iterator

from carebook.exchange.importer import ImportResult
from carebook.metrics import MonthSummary, display_number
from carebook.vocab import CHANNEL_LABELS, REASON_LABELS

_WIDTH = 30


def _line(label: str, value: str, note: str = "") -> str:
    text = f"{label:<{_WIDTH}} {value:>8}"
    return f"{text}  {note}" if note else text.rstrip()


def _share(part: int, whole: int) -> str:
    return f"{display_number(100 * part / whole)}%" if whole else ""


def stats_table(s: MonthSummary) -> str:
    """The figures of one month as an aligned table; "n/a" where there is no data."""
    n = display_number
    lines = [f"Carebook figures for {s.month}", ""]
    lines.append(_line("Contacts", str(s.contacts), f"{s.inbound} inbound"))
    lines += [_line(f"  {CHANNEL_LABELS[k]}", str(v), _share(v, s.contacts)) for k, v in s.by_channel.items()]
    lines.append("Reasons")
    lines += [_line(f"  {REASON_LABELS[k]}", str(v), _share(v, s.contacts)) for k, v in s.by_reason.items()]
    lines += [
        "",
        _line("CSAT %", n(s.csat_pct), f"{s.csat_responses} responses"),
        _line(
            "NPS",
            n(s.nps),
            f"{s.nps_responses} responses: {s.promoters} promoters, {s.passives} passives, "
            f"{s.detractors} detractors",
        ),
        _line("CES (1-7, 7 = very easy)", n(s.ces_mean), f"{s.ces_responses} responses"),
        _line("First-contact resolution %", n(s.fcr_pct)),
        _line("Median resolution (hours)", n(s.median_resolution_hours)),
        _line("Median wait (minutes)", n(s.median_wait_minutes)),
        _line("Self-service %", n(s.self_service_pct)),
        _line("Open contacts", str(s.open_contacts)),
        "",
        _line("Follow-ups due", str(s.followups_due)),
        _line("  done on time", str(s.followups_done_on_time)),
        _line("  overdue now", str(s.followups_overdue)),
        _line("New customers", str(s.new_customers)),
    ]
    return "\n".join(lines)


def import_lines(result: ImportResult, shown_warnings: int) -> Iterator[str]:
    """What an import did (or would do), ending with ``import id: N`` or the dry-run notice."""
    for warning in result.warnings[:shown_warnings]:
        yield f"warning: {warning}"
    hidden = max(0, len(result.warnings) - shown_warnings) + result.more_warnings
    if hidden:
        yield f"warning: ... and {hidden} more warnings"
    c = result.counts
    parts = [f"{c.created:,} {'would be ' if result.dry_run else ''}created"]
    if result.kind == "customers":
        parts += [f"{c.updated:,} updated", f"{c.unchanged:,} unchanged"]
    elif c.unchanged:
        parts.append(f"{c.unchanged:,} already stored (left out)")
    for count, noun in (
        (c.new_customers, "new customers"),
        (c.new_staff, "new staff"),
        (c.new_tags, "new tags"),
    ):
        if count:
            parts.append(f"{noun}: {count:,}")
    if result.format:
        yield f"{result.format} file: {result.rows:,} {'contact' if result.rows == 1 else 'contacts'}"
    yield from left_out_lines(result)
    rows = "row" if result.rows == 1 else "rows"
    yield f"{result.file_name}: {result.rows:,} {result.kind} {rows}; " + ", ".join(parts) + "."
    yield "dry run: nothing written" if result.dry_run else f"import id: {result.batch_id}"


def left_out_lines(result: ImportResult) -> Iterator[str]:
    """The file's columns that were not imported: those holding values, then the empty ones."""
    holding = [column.describe() for column in result.left_out if column.filled]
    empty = [column.heading for column in result.left_out if not column.filled]
    if holding:
        yield "not imported: " + ", ".join(holding)
    if empty:
        yield "not imported (empty in every row): " + ", ".join(empty)

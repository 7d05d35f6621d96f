"""Export: the table and format chosen, the file written off the UI thread, the status line."""

from __future__ import annotations

import codecs
import csv
import stat
from pathlib import Path

import pytest

from carebook import backup
from carebook.services import customers, interactions
from ui import files
from ui.context import AppContext
from ui.dialogs.export_dialog import ExportDialog


@pytest.fixture
def shop(db):  # type: ignore[no-untyped-def]
    anna = customers.create("Anna Smith", email="anna@example.com", tags=["vip"]).row
    customers.create("=cmd|' /C calc'!A0", email="evil@example.com")
    gone = customers.create("Gone Customer").row
    customers.trash([gone.id])
    interactions.log(anna.id, channel="phone", summary="Asked about opening hours")
    return anna


def _open(ctx: AppContext, qtbot, **kwargs) -> ExportDialog:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(ctx, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)  # so Excel reads it as UTF-8
    return list(csv.DictReader(data.decode("utf-8-sig").splitlines()))


def test_exports_customers_as_csv(shop, ctx: AppContext, qtbot, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.csv"
    asked: list[str] = []

    def choose(parent, state, kind, title, filters, name=""):  # type: ignore[no-untyped-def]
        asked.append(name)
        return str(target)

    monkeypatch.setattr(files, "choose_save_file", choose)
    dialog = _open(ctx, qtbot)
    assert dialog.kind() == "customers"
    assert "trash" in dialog.scope.text() and "not applied" in dialog.scope.text()
    with qtbot.waitSignal(ctx.status_message, timeout=20_000) as status:
        dialog.export_button.click()
    assert asked and asked[0].startswith("customers-") and asked[0].endswith(".csv")
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert "rows: 2" in status.args[0]
    rows = _rows(target)
    assert [row["name"] for row in rows] == ["'=cmd|' /C calc'!A0", "Anna Smith"]  # formula-safe
    assert rows[1]["tags"] == "vip"


def test_a_file_the_save_dialog_chose_is_replaced_owner_only(
    shop, ctx: AppContext, qtbot, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.csv"
    target.write_text("last week's export")
    target.chmod(0o644)
    monkeypatch.setattr(files, "choose_save_file", lambda *args, **kwargs: str(target))
    dialog = _open(ctx, qtbot)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.export_button.click()
    assert [row["name"] for row in _rows(target)][1] == "Anna Smith"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_database_or_a_backup_is_never_an_export_target(
    shop, ctx: AppContext, qtbot, msgboxes, monkeypatch, db: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "link.csv").symlink_to(db)
    copy = backup.backup_now().path
    before = db.read_bytes(), copy.read_bytes()
    for chosen in (tmp_path / "link.csv", Path(f"{db}-shm"), copy):
        monkeypatch.setattr(files, "choose_save_file", lambda *args, _c=chosen, **kwargs: str(_c))
        dialog = _open(ctx, qtbot)
        dialog.export_button.click()
        assert dialog.isVisible() and not dialog.busy()
    assert msgboxes.kinds() == ["error", "error", "error"]
    assert all("was not replaced" in text for text in msgboxes.texts())
    assert (db.read_bytes(), copy.read_bytes()) == before


def test_the_page_chooses_the_table(shop, ctx: AppContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(ctx, qtbot, kind="interactions")
    assert dialog.kind() == "interactions"
    target = tmp_path / "contacts"
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        assert dialog.export(str(target))
    written = target.with_suffix(".csv")
    rows = _rows(written)
    assert [row["summary"] for row in rows] == ["Asked about opening hours"]


def test_cancelling_the_file_dialog_writes_nothing(
    shop, ctx: AppContext, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(files, "choose_save_file", lambda *args, **kwargs: "")
    dialog = _open(ctx, qtbot)
    dialog.export_button.click()
    assert dialog.isVisible() and not dialog.busy()
    assert not list(tmp_path.iterdir())


def test_an_unwritable_place_shows_a_message_and_stays_open(
    shop, ctx: AppContext, qtbot, msgboxes, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(ctx, qtbot)
    with qtbot.waitSignal(dialog.worker.failed, timeout=20_000):
        dialog.export(str(tmp_path / "no-such-folder" / "out.csv"))
    assert msgboxes.kinds() == ["error"]
    assert "does not exist" in msgboxes.texts("error")[0]
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_customers_as_vcard_all_or_the_selected(shop, ctx: AppContext, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = _open(ctx, qtbot, customer_ids=[shop.id])
    assert not dialog.format_radios["ics"].isVisible()  # a calendar is for follow-ups
    dialog.format_radios["vcard"].setChecked(True)
    assert dialog.which.isVisible() and dialog.which.currentData() == "selected"
    assert dialog.default_name().endswith(".vcf")
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.export(str(tmp_path / "one.vcf"))
    text = (tmp_path / "one.vcf").read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and "Anna Smith" in text

    dialog = _open(ctx, qtbot, customer_ids=[shop.id])
    dialog.format_radios["vcard"].setChecked(True)
    dialog.which.setCurrentIndex(dialog.which.findData("all"))
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.export(str(tmp_path / "all.vcf"))
    assert (tmp_path / "all.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 2  # not the trashed one


def test_open_followups_as_a_calendar_for_one_person(
    shop, ctx: AppContext, owner, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from carebook.services import followups, staff

    sam = staff.add("Sam Okafor", "staff")
    soon = date.today() + timedelta(days=2)
    followups.create(shop.id, due_on=soon, note="Ring about the repair", assignee_id=owner.id)
    followups.create(shop.id, due_on=soon, note="Sam's call", assignee_id=sam.id)
    dialog = _open(ctx, qtbot, kind="followups")
    assert not dialog.format_radios["vcard"].isVisible()
    dialog.format_radios["ics"].setChecked(True)
    assert dialog.staff.isVisible() and "time zone" in dialog.scope.text()
    dialog.staff.setCurrentIndex(dialog.staff.findData("Sam Okafor"))
    with qtbot.waitSignal(ctx.status_message, timeout=20_000) as status:
        dialog.export(str(tmp_path / "sam.ics"))
    assert "follow-ups: 1" in status.args[0]
    text = (tmp_path / "sam.ics").read_text(encoding="utf-8")
    assert "Sam's call" in text and "Ring about the repair" not in text and "BEGIN:VALARM" in text

"""The exchange and privacy commands: exit codes, one-line errors, ``import id: N``, confirmation."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

import icalendar
import pytest

from carebook.cli import main

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("carebook: "), err
    return lines[0]


def _names(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(row[0] for row in conn.execute("SELECT name FROM customer"))


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A closed database with the two customers of a vCard file (import id 1) and a follow-up."""
    db = tmp_path / "shop.sqlite3"
    code, out, err = run(capsys, "--db", str(db), "import", "vcard", str(DATA / "contacts_folded_photo.vcf"))
    assert (code, err) == (0, "")
    assert out.splitlines()[-2:] == [
        "contacts_folded_photo.vcf: 2 cards; 2 created, 0 updated, 0 unchanged, new tags: 2.",
        "import id: 1",
    ]
    assert out.startswith("warning: ")  # the phone numbers are British, the shop's region American
    followups = tmp_path / "f.csv"
    followups.write_text(
        "due_on,due_time,customer,assignee,note\n2026-04-01,10:00,Kari Nordmann,Ola,Ring back\n"
    )
    assert run(capsys, "--db", str(db), "import", "followups", str(followups))[0] == 0
    return db


def test_import_vcard_dry_run_and_a_broken_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "shop.sqlite3"
    code, out, _ = run(capsys, "--db", str(db), "import", "vcard", str(DATA / "contacts_v4.vcf"), "--dry-run")
    assert code == 0 and out.splitlines()[-1] == "dry run: nothing written"
    code, _, err = run(capsys, "--db", str(db), "import", "vcard", str(DATA / "contacts_broken.vcf"))
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[-1] == f"carebook: 2 problems in {DATA / 'contacts_broken.vcf'}; nothing was imported"
    assert "card 2: 'this line has no colon' is not a property line" in lines[0]
    assert _names(db) == []
    missing = tmp_path / "nowhere.vcf"
    code, _, err = run(capsys, "--db", str(tmp_path / "new.sqlite3"), "import", "vcard", str(missing))
    assert code == 1 and "no such file" in _one_error_line(err)
    assert not (tmp_path / "new.sqlite3").exists()  # a bad file never creates a database


def test_imports_and_undo_import(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(shop), "imports")
    assert code == 0 and "vcard" in out and "contacts_folded_photo.vcf: 2 created" in out
    # The follow-up import added a follow-up to Kari, so the vCard import cannot be undone first.
    code, _, err = run(capsys, "--db", str(shop), "undo-import", "1")
    assert code == 1 and "got 1 follow-up after it" in _one_error_line(err)
    code, out, err = run(capsys, "--db", str(shop), "undo-import", "2")
    assert (code, err) == (0, "")
    assert out.splitlines()[-1] == "import id: 2"
    assert "1 follow-up" in out and "1 staff member" in out
    code, out, _ = run(capsys, "--db", str(shop), "undo-import", "1")
    assert code == 0 and out.endswith("import id: 1\n")
    assert _names(shop) == []
    code, _, err = run(capsys, "--db", str(shop), "undo-import", "1")
    assert code == 1 and "already undone" in _one_error_line(err)
    code, _, err = run(capsys, "--db", str(shop), "undo-import", "77")
    assert code == 1 and "no import number 77" in _one_error_line(err)
    code, _, err = run(capsys, "--db", str(shop), "undo-import", "last")
    assert code == 2 and "argument ID: 'last' is not a whole number" in err


def test_duplicates_merge_and_undo_merge(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(shop)
    assert run(capsys, "--db", db, "duplicates") == (0, "no likely duplicates\n", "")
    people = shop.parent / "people.csv"
    people.write_text("name,email\nKari Nordman,kari.other@example.com\n")
    assert run(capsys, "--db", db, "import", "customers", str(people))[0] == 0
    code, out, _ = run(capsys, "--db", db, "duplicates", "--json")
    pairs = json.loads(out)
    assert code == 0 and [(p["a"]["id"], p["b"]["id"]) for p in pairs] == [(1, 3)]
    assert pairs[0]["reasons"] == ["similar names (96%)"]
    code, out, _ = run(capsys, "--db", db, "duplicates")
    assert out.splitlines()[0].endswith("#1 Kari Nordmann  ~  #3 Kari Nordman  (similar names (96%))")
    code, out, err = run(capsys, "--db", db, "merge", "1", "3", "--take", "email")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "merged customer #3 into #1: moved 0 contacts, 0 follow-ups, 0 scores, 0 tags",
        "taken from #3: email",
        "merge id: 1 (carebook undo-merge 1 takes it back)",
    ]
    assert _names(shop) == ["Kari Nordmann", "Ola Hansen"]
    code, _, err = run(capsys, "--db", db, "merge", "1", "1")
    assert code == 1 and "same customer" in _one_error_line(err)
    code, _, err = run(capsys, "--db", db, "merge", "1", "2", "--take", "colour")
    assert code == 2
    code, out, _ = run(capsys, "--db", db, "undo-merge", "1")
    assert code == 0 and out.splitlines()[-1] == "merge id: 1"
    assert _names(shop) == ["Kari Nordman", "Kari Nordmann", "Ola Hansen"]


def test_export_vcard_and_ics(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = shop.parent
    code, out, _ = run(capsys, "--db", str(shop), "export", "vcard", str(folder / "all.vcf"))
    assert (code, out) == (0, f"2 customers written to {folder / 'all.vcf'}\n")
    code, out, _ = run(capsys, "--db", str(shop), "export", "ics", str(folder / "ola.ics"), "--staff", "ola")
    assert code == 0 and out.startswith(f"1 open follow-up of ola written to {folder / 'ola.ics'}")
    calendar = icalendar.Calendar.from_ical((folder / "ola.ics").read_bytes())
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == ["Follow up: Kari Nordmann"]
    code, _, err = run(capsys, "--db", str(shop), "--staff", "Nobody", "export", "ics", str(folder / "x.ics"))
    assert code == 1 and "no staff member called 'Nobody'" in _one_error_line(err)
    code, _, err = run(capsys, "--db", str(shop), "export", "ics", str(folder / "no" / "x.ics"))
    assert code == 1 and "does not exist" in _one_error_line(err)
    code, _, err = run(capsys, "--db", str(shop), "export", "pdf", str(folder / "x.pdf"))
    assert code == 2


def test_export_person(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = shop.parent / "requests"
    code, out, _ = run(capsys, "--db", str(shop), "export-person", "kari@nordlys.example", str(target))
    assert code == 0
    folder = target / "carebook-customer-1-kari-nordmann"
    assert out.splitlines()[0] == (
        f"customer #1: the record, 0 contacts, 1 follow-up and 0 scores written to {folder}"
    )
    assert (folder / "customer.json").is_file()
    code, _, err = run(capsys, "--db", str(shop), "export-person", "42", str(target))
    assert code == 1 and "no customer number 42" in _one_error_line(err)


def test_erase_asks_first(
    shop: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = str(shop)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code, _, err = run(capsys, "--db", db, "erase", "kari@nordlys.example")
    assert code == 1
    assert "Erase 'Kari Nordmann' (#1) for good? Type the customer's id to confirm" in err
    assert err.strip().splitlines()[-1].startswith("carebook: no confirmation was given")
    monkeypatch.setattr(sys, "stdin", io.StringIO("2\n"))
    code, _, err = run(capsys, "--db", db, "erase", "1")
    assert code == 1 and "is not the id 1, so nothing was erased" in err
    assert _names(shop) == ["Kari Nordmann", "Ola Hansen"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("1\n"))
    code, out, _ = run(capsys, "--db", db, "erase", "1")
    assert code == 0 and out.startswith("erased: customer #1 is now 'Erased customer #1'")
    assert _names(shop) == ["Erased customer #1", "Ola Hansen"]
    code, _, err = run(capsys, "--db", db, "erase", "1", "--yes")
    assert code == 1 and "already erased" in _one_error_line(err)
    code, _, err = run(capsys, "--db", db, "erase", "nobody@example.com", "--yes")
    assert code == 1 and "no customer with the email" in _one_error_line(err)


def test_erase_warns_about_older_backups_and_deletes_them_when_asked(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(shop)
    assert run(capsys, "--db", db, "backup")[0] == 0
    code, out, _ = run(capsys, "--db", db, "erase", "2", "--yes")
    assert code == 0
    assert "warning: 1 older backup still hold this customer's data" in out
    assert "carebook erase 2 --delete-backups" in out
    code, out, _ = run(capsys, "--db", db, "erase", "2", "--delete-backups")
    assert (code, out) == (0, "deleted 1 backup made before customer #2 was erased\n")
    assert not list((shop.parent / "backups").glob("carebook-*.sqlite3"))

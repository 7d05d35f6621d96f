"""Overwrite and file-write attacks on the CLI (``make reliability``: "overwrite and file-write attacks").

A typo or a hostile path must never let ``export``, ``report -o`` or ``backup --to`` write over the open
database, its ``-wal``/``-shm``, another Carebook database or a backup, whatever spelling, symlink or hard
link leads there; an existing file is replaced only with ``--force``; every file written is owner-only;
a symlink planted at the temporary name is never followed; a crash mid-write leaves the old file intact;
exported CSV cells start no formula in a spreadsheet that splits on ``;``, ``,`` or tab.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from carebook import safe_write
from carebook.cli import main
from carebook.exchange import exporter
from tests.core.exchange.support import file_hash
from tests.core.exchange.test_csv_format import FORMULA_START, naive_cells

REPO = Path(__file__).resolve().parents[2]
EVIL_NOTES = "fine;=HYPERLINK(\"http://x\")\t+1+1,@SUM(A1)\n-2;'=kept"

# Every writing command, with the extension its target gets.
WRITERS: dict[str, tuple[list[str], str]] = {
    "export customers": (["export", "customers"], ".csv"),
    "export interactions": (["export", "interactions"], ".csv"),
    "export feedback": (["export", "feedback"], ".csv"),
    "export followups": (["export", "followups"], ".csv"),
    "export vcard": (["export", "vcard"], ".vcf"),
    "export ics": (["export", "ics"], ".ics"),
    "report -o": (["report", "--month", "2026-03", "-o"], ".pdf"),
    "backup --to": (["backup", "--to"], ".sqlite3"),
}


def _argv(shop: Path, writer: str, target: Path, *extra: str) -> list[str]:
    words, _ = WRITERS[writer]
    return ["--db", str(shop), *words, str(target), *extra]


def carebook(*argv: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "carebook.cli", *argv],
        capture_output=True, text=True, env=env, cwd=cwd, timeout=120, check=False,
    )


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Iterator[Path]:
    """A shop database with a customer whose notes try formulas, held open by another connection (as
    the app would), so its -wal and -shm exist."""
    path = tmp_path / "shop" / "shop.sqlite3"
    path.parent.mkdir()
    assert main(["--db", str(path), "init"]) == 0
    from carebook.services import customers, followups, interactions
    from carebook.shop import close_shop, open_shop

    open_shop(path)
    kari = customers.create("Kari Nordmann", email="kari@example.com", notes=EVIL_NOTES).row
    interactions.log(kari.id, channel="phone", summary="=1+1;@x")
    followups.create(kari.id, due_on="2026-03-10", note="call;-back")
    close_shop()
    capsys.readouterr()
    holder = sqlite3.connect(path)
    holder.execute("SELECT count(*) FROM customer").fetchone()
    assert Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists()
    try:
        yield path
    finally:
        holder.close()


def _protected(shop: Path, kind: str, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A path that leads to something that must never be written."""
    tmp = shop.parent.parent
    if kind == "dotted spelling":
        return shop.parent / ".." / shop.parent.name / "." / shop.name
    if kind == "symlink":
        (tmp / "innocent.csv").symlink_to(shop)
        return tmp / "innocent.csv"
    if kind == "hard link":
        os.link(shop, tmp / "hardlinked.csv")
        return tmp / "hardlinked.csv"
    if kind in ("-wal", "-shm"):
        return Path(f"{shop}{kind}")
    if kind == "hard link to the -wal":
        os.link(f"{shop}-wal", tmp / "log.csv")
        return tmp / "log.csv"
    if kind == "another Carebook database":
        other = tmp / "other.sqlite3"
        assert main(["--db", str(other), "init"]) == 0
        capsys.readouterr()
        return other
    if kind == "a backup":
        assert main(["--db", str(shop), "backup"]) == 0
        out = capsys.readouterr().out
        return Path(out.split(": ", 1)[1].rsplit(" (", 1)[0])
    raise AssertionError(kind)


TARGETS = [
    "dotted spelling", "symlink", "hard link", "-wal", "-shm", "hard link to the -wal",
    "another Carebook database", "a backup",
]


def _fingerprint(path: Path) -> tuple[str, int]:
    return file_hash(path) if path.exists() else "", os.lstat(path).st_ino if os.path.lexists(path) else 0


@pytest.mark.parametrize("kind", TARGETS)
@pytest.mark.parametrize("writer", WRITERS)
def test_no_writer_overwrites_a_database_or_backup_even_with_force(
    shop: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], writer: str, kind: str
) -> None:
    target = _protected(shop, kind, data_dir, capsys)
    guarded = [shop, Path(f"{shop}-wal"), target]
    before = [_fingerprint(p) for p in guarded]
    for extra in ((), ("--force",)):
        code = main(_argv(shop, writer, target, *extra))
        out, err = capsys.readouterr()
        assert (code, out) == (1, "")
        assert len(err.splitlines()) == 1 and "not written, it " in err and "choose another file" in err
    assert [_fingerprint(p) for p in guarded] == before


@pytest.mark.parametrize("kind", TARGETS)
def test_the_real_command_refuses_with_one_line(
    shop: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    writer = list(WRITERS)[TARGETS.index(kind) % len(WRITERS)]
    target = _protected(shop, kind, data_dir, capsys)
    before = _fingerprint(shop), _fingerprint(target)
    done = carebook(*_argv(shop, writer, target, "--force"), cwd=shop.parent)
    assert done.returncode == 1 and done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith(f"carebook: {target}: not written, it ")
    assert "Traceback" not in done.stderr
    assert (_fingerprint(shop), _fingerprint(target)) == before


def test_the_database_named_by_its_own_spelling_before_it_exists(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.sqlite3"
    done = carebook("--db", str(fresh), "export", "customers", f"{tmp_path}/./fresh.sqlite3", cwd=tmp_path)
    assert done.returncode == 1 and "it is the open database" in done.stderr
    assert not fresh.exists()  # checked before the database is created


@pytest.mark.parametrize("writer", WRITERS)
def test_an_existing_file_is_replaced_only_with_force_and_every_file_is_owner_only(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], writer: str
) -> None:
    target = tmp_path / f"out{WRITERS[writer][1]}"
    target.write_text("the user's own file")
    target.chmod(0o644)
    assert main(_argv(shop, writer, target)) == 1
    assert capsys.readouterr().err == f"carebook: {target} exists; add --force to replace it\n"
    assert target.read_text() == "the user's own file"
    assert main(_argv(shop, writer, target, "--force")) == 0
    assert target.read_bytes() != b"the user's own file"
    assert _mode(target) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["shop", target.name])


@pytest.mark.parametrize("writer", WRITERS)
def test_the_real_command_writes_new_files_owner_only(shop: Path, tmp_path: Path, writer: str) -> None:
    target = tmp_path / f"new{WRITERS[writer][1]}"
    done = carebook(*_argv(shop, writer, target), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _mode(target) == 0o600
    if writer == "report -o":
        assert target.read_bytes().startswith(b"%PDF-")


def test_export_person_files_are_owner_only(shop: Path, tmp_path: Path) -> None:
    folder = tmp_path / "req"
    done = carebook("--db", str(shop), "export-person", "kari@example.com", str(folder), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    written = [p for p in (tmp_path / "req").rglob("*") if p.is_file()]
    assert len(written) == 5 and {_mode(p) for p in written} == {0o600}


def test_a_symlink_planted_at_the_temporary_name_is_never_followed(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / "customers.csv"
    planted = tmp_path / ".customers.csv.attacker.tmp"
    planted.symlink_to(victim)
    names = iter([planted, tmp_path / ".customers.csv.second.tmp"])
    monkeypatch.setattr(safe_write, "temp_name", lambda _target: next(names))
    assert main(_argv(shop, "export customers", target)) == 0
    assert victim.read_text() == "precious" and planted.is_symlink()
    assert target.read_text(encoding="utf-8-sig").startswith("name,")
    # the shop itself as the planted link's target: still untouched
    before = file_hash(shop)
    planted.unlink()
    planted.symlink_to(shop)
    names = iter([planted, tmp_path / ".third.tmp"])
    assert main(_argv(shop, "report -o", tmp_path / "r.pdf")) == 0
    assert file_hash(shop) == before


def test_a_crash_mid_write_leaves_the_old_file(shop: Path, tmp_path: Path) -> None:
    target = tmp_path / "customers.csv"
    target.write_text("yesterday's export")
    script = (
        "import os, sys\n"
        "from carebook.exchange import exporter\n"
        "def dying():\n"
        "    yield ['half'] * 10\n"
        "    os._exit(9)  # the power goes off mid-write\n"
        "exporter._ROWS['customers'] = dying\n"
        "from carebook.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", script, *_argv(shop, "export customers", target, "--force")],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120, check=False,
    )
    assert done.returncode == 9
    assert target.read_text() == "yesterday's export"


def test_an_interrupted_export_leaves_the_old_file_and_nothing_else(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "customers.csv"
    target.write_text("yesterday's export")

    def interrupted() -> Iterator[list[str]]:
        yield ["half"] * 10
        raise KeyboardInterrupt

    monkeypatch.setitem(exporter._ROWS, "customers", interrupted)
    assert main(_argv(shop, "export customers", target, "--force")) == 1
    assert "interrupted" in capsys.readouterr().err
    assert target.read_text() == "yesterday's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["customers.csv", "shop"]


def test_exported_cells_start_no_formula_for_any_separator_and_import_back(
    shop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = {kind: tmp_path / f"{kind}.csv" for kind in ("customers", "interactions", "followups")}
    for kind, path in files.items():
        assert main(_argv(shop, f"export {kind}", path)) == 0
        cells = naive_cells(path.read_text(encoding="utf-8-sig"))
        assert not [cell for cell in cells if cell.startswith(FORMULA_START)], kind
    assert '"fine;\'=HYPERLINK(' in files["customers"].read_text(encoding="utf-8-sig")  # quoted too
    fresh = tmp_path / "fresh.sqlite3"
    assert main(["--db", str(fresh), "import", "customers", str(files["customers"])]) == 0
    with sqlite3.connect(fresh) as conn:
        assert conn.execute("SELECT notes FROM customer").fetchall() == [(EVIL_NOTES,)]
    assert main(["--db", str(fresh), "import", "interactions", str(files["interactions"])]) == 0
    with sqlite3.connect(fresh) as conn:
        assert conn.execute("SELECT summary FROM interaction").fetchall() == [("=1+1;@x",)]
    capsys.readouterr()

"""Size and charset attacks on imports (issue 15): devices, pipes, huge files, huge cells and photos,
mixed encodings and legacy charsets are refused or read right, quickly, in bounded memory, never stored
as mojibake. Part of ``make reliability`` ("size and charset attacks")."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from carebook.cli import main
from carebook.exchange import import_file, vcard
from carebook.exchange.csv_format import CsvFileError, read_table
from carebook.exchange.import_file import LongLine, text_lines
from carebook.exchange.vcard_read import VCardError, read_cards, read_file_noted
from carebook.models import Customer
from carebook.services import customers
from carebook.shop import close_shop, open_shop

ROOT = Path(__file__).resolve().parents[2]
TWENTY_MB = 20_000_000


def count(db: Path | str) -> int:
    """How many customers the closed shop ``db`` holds (a file or a server database)."""
    open_shop(db, migrate=False)
    try:
        return int(Customer.select().count())
    finally:
        close_shop()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_error(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("carebook: "), err
    return lines[0]


def folded(line: str) -> str:
    parts = [line[:75]] + [" " + line[i : i + 74] for i in range(75, len(line), 74)]
    return "\r\n".join(parts)


def photo_card(path: Path, size: int, name: str = "Kari Nordmann") -> Path:
    photo = base64.b64encode(b"\xff" * (size * 3 // 4)).decode()
    path.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:kari@example.com\r\n"
        + folded(f"PHOTO;ENCODING=b;TYPE=JPEG:{photo}")
        + "\r\nNOTE:likes green tea\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    return path


def huge_note_csv(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as stream:
        stream.write("name,email,notes\nKari,kari@example.com,fine\nOla,ola@example.com,")
        stream.write("x" * TWENTY_MB)
        stream.write("\nAnne,anne@example.com,fine\n")
    return path


# -- sizes ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["customers", "vcard"])
def test_a_device_is_refused_before_a_byte_is_read(
    db: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    code, _out, err = run(capsys, "--db", str(db), "import", kind, "/dev/zero")
    assert code == 1
    assert "/dev/zero: is not a regular file (it is a device, a pipe or a socket)" in one_error(err)


def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "contacts.csv"
    os.mkfifo(fifo)
    code = f"from carebook.exchange.csv_format import read_table\nread_table({str(fifo)!r})"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert done.returncode == 1 and "is not a regular file" in done.stderr  # refused, did not hang
    with pytest.raises(VCardError, match="is not a regular file"):
        vcard.prepare(fifo)


def test_a_file_over_200_mb_is_refused_from_its_size(tmp_path: Path) -> None:
    big = tmp_path / "contacts.csv"
    with big.open("wb") as stream:
        stream.truncate(import_file.MAX_FILE_BYTES + 1)  # sparse: no disk space used
    with pytest.raises(CsvFileError, match=r"contacts\.csv: the file is larger than 200 MB"):
        read_table(big)
    with pytest.raises(VCardError, match="the file is larger than 200 MB"):
        vcard.prepare(big)


def test_a_file_growing_past_the_limit_while_read_stops_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.csv"
    path.write_text("name\n" + "Kari\n" * 1000)
    read = import_file.file_chunks(path, "CSV")
    monkeypatch.setattr(import_file, "MAX_FILE_BYTES", 100)  # as if it grew after the size was checked
    with pytest.raises(import_file.FileRefused, match="larger than"):
        list(read())


def test_a_20_mb_note_is_refused_naming_line_column_and_size(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = huge_note_csv(tmp_path / "contacts.csv")
    code, _out, err = run(capsys, "--db", str(db), "import", "customers", str(path))
    assert code == 1
    assert f"{path}:3: notes is 20,000,000 characters; the limit is 1,000,000" in one_error(err)
    assert count(db) == 0


def test_a_20_mb_quoted_note_over_many_lines_is_refused_at_its_row(tmp_path: Path) -> None:
    path = tmp_path / "quoted.csv"
    path.write_text('name,notes\nKari,fine\nOla,"' + "line\n" * 4_000_000 + '"\n', encoding="utf-8")
    with pytest.raises(CsvFileError, match=r"quoted\.csv:3: notes is more than 1,000,000 characters"):
        read_table(path)


def test_a_note_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "limit.csv"
    note = "ø" * import_file.MAX_CELL_CHARS
    path.write_text(f"name,notes\nKari,{note}\n", encoding="utf-8")
    assert read_table(path).rows[0].cells == ("Kari", note)


def test_a_20_mb_photo_is_skipped_with_a_warning_and_the_card_imported(db: Path, tmp_path: Path) -> None:
    path = photo_card(tmp_path / "photo.vcf", TWENTY_MB)
    result = vcard.import_vcard(path)
    assert result.counts.created == 1
    (warning,) = result.warnings
    assert warning.startswith(f"{path}:5: card 1 PHOTO: skipped, it is ") and "characters long" in warning
    (row,) = customers.get_many([1])
    assert (row.name, row.email, row.notes) == ("Kari Nordmann", "kari@example.com", "likes green tea")


def test_a_photo_of_usual_size_is_dropped_silently(tmp_path: Path) -> None:
    cards, warnings = read_file_noted(photo_card(tmp_path / "small.vcf", 200_000))
    assert [card.name for card in cards] == ["Kari Nordmann"] and warnings == []


def test_a_20_mb_vcard_note_is_refused_with_its_card_and_line(tmp_path: Path) -> None:
    path = tmp_path / "note.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kari\r\n" + folded("NOTE:" + "x" * TWENTY_MB) + "\r\nEND:VCARD\r\n"
    )
    with pytest.raises(VCardError) as raised:
        vcard.prepare(path)
    message = f"{path}:4: card 1: NOTE is 20,000,000 characters; the limit is 1,000,000"
    assert raised.value.lines() == [message]


PEAK = """
import json, resource, sys
from carebook.errors import CarebookError
from carebook.exchange.csv_format import read_table
from carebook.exchange.vcard_read import read_file_noted
for path in sys.argv[1:]:
    try:
        (read_file_noted if path.endswith(".vcf") else read_table)(path)
    except CarebookError:
        pass
try:  # VmHWM: ru_maxrss would carry over the (big) pytest parent's memory through fork and exec
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps(peak // 1024))
"""


def test_memory_stays_under_300_mb_for_hostile_files(tmp_path: Path) -> None:
    long_line = tmp_path / "one-line.csv"
    with long_line.open("w") as stream:
        stream.write("name,notes\n" + "y" * 60_000_000)  # 60 MB without a line break
    quoted = tmp_path / "quoted.csv"
    quoted.write_text('name,notes\nOla,"' + "ø\n" * 10_000_000 + '"\n', encoding="utf-8")
    files = [
        huge_note_csv(tmp_path / "note.csv"),
        long_line,
        quoted,
        photo_card(tmp_path / "photo.vcf", TWENTY_MB),
        photo_card(tmp_path / "photo-one-line.vcf", TWENTY_MB).replace(tmp_path / "x.vcf"),
    ]
    one_line = tmp_path / "one-line.vcf"
    one_line.write_text("BEGIN:VCARD\r\nFN:A\r\nNOTE:" + "z" * 60_000_000 + "\r\nEND:VCARD\r\n")
    args = [str(path) for path in (*files, one_line)]
    done = subprocess.run(
        [sys.executable, "-c", PEAK, *args], capture_output=True, text=True, timeout=300, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    peak = json.loads(done.stdout)
    print(f"peak memory reading the hostile files: {peak} MB")
    assert peak < 300, f"peak {peak} MB"


def test_long_lines_and_line_ends_survive_any_chunking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_file, "MAX_LINE_CHARS", 10)
    data = b"ab\r\ncd\rxxxxxxxxxxxxxxxxxxxxxxxx\r\nef\n" + b"y" * 30 + b"\r" + b"\ngh"
    for size in (1, 2, 3, 5, 7, 64):
        chunks = [data[i : i + size] for i in range(0, len(data), size)]
        lines = list(text_lines(chunks, "utf-8"))
        assert lines == [
            "ab\r\n", "cd\r", LongLine("x" * 10, 24), "ef\n", LongLine("y" * 10, 30), "gh"
        ], size  # fmt: skip


# -- text that must not be garbled ------------------------------------------------------------------
def test_a_csv_mixing_utf8_and_windows_1252_is_refused_naming_the_bad_line(
    db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mixed.csv"
    lines = ["name,notes", "Kari Ødegård,ok", "Zoë,ok", "Åse,ok", "Per,ok", "Liv,ok"]
    path.write_bytes("\n".join(lines).encode("utf-8") + "\nJosé,café\n".encode("cp1252") + b"Siv,ok\n")
    code, _out, err = run(capsys, "--db", str(db), "import", "customers", str(path))
    assert code == 1
    assert one_error(err) == (
        f"carebook: {path}: line 7 is not valid UTF-8 (the rest of the file is): "
        "save the file as UTF-8 and import again"
    )
    assert count(db) == 0


def test_every_bad_line_of_a_mixed_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes("name\nZoë\n".encode() + b"Jos\xe9\nAnna\nRen\xe9\n")
    with pytest.raises(CsvFileError, match=r"lines 3, 5 are not valid UTF-8 \(the rest of the file is\)"):
        read_table(path)


@pytest.mark.parametrize(
    ("encoding", "names"),
    [
        ("cp1252", ["Kari Ødegård", "José Müller", "Françoise Lefèvre"]),
        ("cp1251", ["Мария Иванова", "Ольга Смирнова", "Дмитрий Кузнецов"]),
        ("shift_jis", ["山田太郎", "佐藤花子", "鈴木一郎"]),
        ("utf-16", ["Kari Ødegård", "王芳", "محمد"]),
        ("utf-8-sig", ["Kari Ødegård", "王芳", "محمد"]),
    ],
)
def test_a_whole_file_in_one_legacy_encoding_is_read_right(
    tmp_path: Path, encoding: str, names: list[str]
) -> None:
    path = tmp_path / "people.csv"
    text = "name,company\n" + "".join(f"{name},Kontor {i}\n" for i, name in enumerate(names * 4))
    path.write_bytes(text.encode(encoding))
    table = read_table(path)
    assert [row.cells[0] for row in table.rows[:3]] == names


def test_a_vcard_with_an_invalid_byte_is_refused_with_its_line(tmp_path: Path) -> None:
    data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ødegård\r\nNOTE:café\r\nEND:VCARD\r\n".encode()
    with pytest.raises(VCardError) as raised:
        read_cards(data.replace("café".encode(), b"caf\xe9"), "bad.vcf")
    assert raised.value.lines() == [
        "bad.vcf:4: card 1: NOTE is not valid UTF-8 (the rest of the file is): "
        "save it as UTF-8 and import again"
    ]


def test_a_vcard_wholly_in_windows_1252_is_read_right() -> None:
    data = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:José Müller\r\nNOTE:café crème\r\nEND:VCARD\r\n".encode("cp1252")
    (card,) = read_cards(data, "old.vcf")
    assert (card.name, card["notes"]) == ("José Müller", "café crème")


def test_vcard_21_charsets_are_honoured_with_and_without_quoted_printable() -> None:
    def qp(text: str, charset: str) -> bytes:
        return "".join(f"={byte:02X}" for byte in text.encode(charset)).encode()

    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:" + "山田;太郎".encode("shift_jis") + b";;;\r\n"
        b"ORG;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:" + qp("東京商事", "shift_jis") + b"\r\n"
        b"NOTE;CHARSET=ISO-8859-7;ENCODING=QUOTED-PRINTABLE:" + qp("Γεια σας", "iso-8859-7") + b"\r\n"
        b"TEL;CELL:+81312345678\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=KOI8-R:" + "Ольга".encode("koi8-r") + b"\r\nEND:VCARD\r\n"
    )
    first, second = read_cards(data, "phone.vcf")
    assert (first.name, first["company"], first["notes"]) == ("太郎 山田", "東京商事", "Γεια σας")
    assert first["phone"] == "+81312345678"
    assert second.name == "Ольга"


def test_a_vcard_charset_python_does_not_know_or_bytes_not_in_it_are_refused() -> None:
    data = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=X-MARTIAN:abc\r\nEND:VCARD\r\n"
    with pytest.raises(VCardError, match=r"x\.vcf:3: card 1: FN CHARSET=X-MARTIAN is not a character set"):
        read_cards(data, "x.vcf")
    bad = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8:caf\xe9\r\nEND:VCARD\r\n"
    with pytest.raises(VCardError, match=r"x\.vcf:3: card 1: FN is not valid UTF-8 \(its CHARSET\)"):
        read_cards(bad, "x.vcf")

"""A record changed at another counter while a command had it loaded: one plain line, exit 1, nothing
written (both engines; the command runs as its own process)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from carebook.services import customers
from carebook.usecases import customers as customer_cases

QUESTION = "Type the customer's id to confirm: "


def _until_asked(process: subprocess.Popen[str]) -> str:
    """stderr up to the question (read unbuffered: the question ends without a newline)."""
    assert process.stderr is not None
    seen = b""
    deadline = time.monotonic() + 60
    while QUESTION.encode() not in seen:
        assert time.monotonic() < deadline, seen
        chunk = os.read(process.stderr.fileno(), 256)
        assert chunk, seen
        seen += chunk
    return seen.decode()


def test_erase_refuses_a_customer_changed_while_it_asked(db: Path | str) -> None:
    ann = customers.create("Ann Lee").row
    process = subprocess.Popen(
        [sys.executable, "-m", "carebook.cli", "--db", str(db), "erase", str(ann.id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    asked = _until_asked(process)
    assert f"Erase 'Ann Lee' (#{ann.id}) for good?" in asked
    customer_cases.change_customer(ann.id, notes="Changed at the other counter")  # while the clerk reads
    out, err = process.communicate(f"{ann.id}\n", timeout=120)
    assert process.returncode == 1, err
    assert out == ""
    assert (
        err.strip()
        == f"carebook: customer {ann.id} was changed at another counter (notes); nothing was saved"
    )
    stored = customers.get(ann.id)
    assert (stored.name, stored.notes, stored.erased_at) == ("Ann Lee", "Changed at the other counter", None)


def test_erase_goes_ahead_when_nobody_changed_it(db: Path | str) -> None:
    ann = customers.create("Ann Lee").row
    done = subprocess.run(
        [sys.executable, "-m", "carebook.cli", "--db", str(db), "erase", str(ann.id)],
        input=f"{ann.id}\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert customers.get(ann.id).erased_at is not None

"""Start real app processes (``tests/seat_driver.py``) as counters of one shop and talk to them.

    with Seat(target, folder / "a", staff="Ann") as a, Seat(target, folder / "b", staff="Bob") as b:
        logged = a.call("log_contact", customer_id=1, summary="hello")
        seen = b.call("wait_text", text="hello", timeout=10)

``call`` sends one command and returns its answer (``AssertionError`` with the seat's error and the end
of its stderr when it answers ``ok: false``, goes quiet or dies). Start-up waits are generous: two
windows starting at once on a loaded 2-core machine take a while.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
START_TIMEOUT = 120.0
CALL_TIMEOUT = 60.0


class Seat:
    def __init__(self, target: str | Path, folder: Path, *, staff: str | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.name = folder.name
        env = {
            **os.environ,
            "CAREBOOK_DATA_DIR": str(folder),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": str(ROOT),
        }
        env.pop("CAREBOOK_DB", None)
        env.pop("CAREBOOK_BLOCK_QT", None)
        command = [sys.executable, "-m", "tests.seat_driver", "--db", str(target)]
        if staff:
            command += ["--staff", staff]
        self._stderr_path = folder / "seat-stderr.log"
        self._stderr = self._stderr_path.open("wb")
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr
        )
        self._buffer = b""
        self.ready = self._answer(START_TIMEOUT)
        assert self.ready.get("ready"), self._trouble(f"did not start: {self.ready}")

    def _trouble(self, what: str) -> str:
        self._stderr.flush()
        tail = self._stderr_path.read_text(errors="replace")[-3000:]
        return f"seat {self.name} {what}\n--- its stderr ---\n{tail}"

    def _answer(self, timeout: float) -> dict[str, Any]:
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(self._trouble(f"gave no answer within {timeout:.0f} s"))
            readable, _, _ = select.select([self.process.stdout], [], [], left)
            if readable:
                data = os.read(self.process.stdout.fileno(), 65536)
                if not data:
                    raise AssertionError(self._trouble(f"ended (exit {self.process.wait(10)})"))
                self._buffer += data
        line, self._buffer = self._buffer.split(b"\n", 1)
        return dict(json.loads(line))

    def call(self, cmd: str, *, reply_within: float = CALL_TIMEOUT, **args: Any) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write((json.dumps({"cmd": cmd, **args}) + "\n").encode())
        self.process.stdin.flush()
        answer = self._answer(reply_within + float(args.get("timeout", 0)))
        assert answer.get("ok"), self._trouble(f"refused {cmd} {args}: {answer.get('error')}")
        return answer

    def until(self, cmd: str, test: Any, timeout: float = 30.0, **args: Any) -> dict[str, Any]:
        """Ask ``cmd`` again every 0.2 s until ``test(answer)`` holds; its last answer."""
        deadline = time.monotonic() + timeout
        while True:
            answer = self.call(cmd, **args)
            if test(answer):
                return answer
            if time.monotonic() > deadline:
                raise AssertionError(self._trouble(f"never answered {cmd} as expected; last: {answer}"))
            time.sleep(0.2)

    def close(self) -> None:
        if self.process.poll() is None:
            try:
                self.call("quit", reply_within=10)
                self.process.wait(30)
            except (AssertionError, BrokenPipeError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait(10)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                try:
                    pipe.close()
                except BrokenPipeError:
                    pass
        self._stderr.close()

    def __enter__(self) -> Seat:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

"""A throw-away PostgreSQL server for the PostgreSQL leg of the tests and for the benchmark.

``start()`` runs ``initdb`` into a temporary folder and starts the server on a free loopback port with a
private socket folder; as root, through the ``postgres`` system user (PostgreSQL refuses to run as root).
``stop()`` stops it and removes the folder. Without PostgreSQL's server programs ``programs()`` is None and
the callers say in one line how to get them.

``python -m tests.pg_server COMMAND...`` starts a server, runs COMMAND with ``CAREBOOK_TEST_PG_URL`` set to
its address, stops the server and exits with COMMAND's status (the Makefile's PostgreSQL leg).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HOW_TO_GET = "apt-get install postgresql"
ROLE = "carebook"
# A test server keeps nothing worth a power cut: no fsync makes creating a database per test cheap.
SERVER_OPTIONS = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"


def programs() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: on PATH, else Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@dataclass
class Server:
    folder: Path
    port: int
    bin: Path

    @property
    def admin_url(self) -> str:
        return f"postgresql://{ROLE}@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql://{ROLE}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            subprocess.run(
                _as_server_user(
                    [
                        str(self.bin / "pg_ctl"),
                        "-D",
                        str(self.folder / "data"),
                        "-m",
                        "immediate",
                        "-w",
                        "stop",
                    ]
                ),
                check=True,
                capture_output=True,
                timeout=60,
            )
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """Start a new empty server (role ``carebook``, a superuser, trusted on loopback)."""
    bin_folder = programs()
    if bin_folder is None:
        raise RuntimeError(f"PostgreSQL's server programs are not installed ({HOW_TO_GET})")
    folder = Path(tempfile.mkdtemp(prefix="carebook-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data, port = folder / "data", _free_port()
    try:
        subprocess.run(
            _as_server_user(
                [
                    str(bin_folder / "initdb"),
                    "-D",
                    str(data),
                    "-U",
                    ROLE,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C.UTF-8",
                    "--no-sync",
                ]
            ),
            check=True,
            capture_output=True,
            timeout=300,
        )
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 {SERVER_OPTIONS}"
        subprocess.run(
            _as_server_user(
                [
                    str(bin_folder / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-l",
                    str(folder / "server.log"),
                    "-w",
                    "-t",
                    "120",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
            timeout=180,
        )
    except subprocess.CalledProcessError as error:
        log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(
            f"the throw-away PostgreSQL server did not start: {error.stderr!r} {log}"
        ) from error
    return Server(folder, port, bin_folder)


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m tests.pg_server COMMAND...", file=sys.stderr)
        return 2
    # A stopped run (make interrupted, CI cancelled) still stops its server: SIGTERM leaves through finally.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    server = start()
    try:
        env = dict(os.environ, CAREBOOK_TEST_PG_URL=server.admin_url)
        return subprocess.run(argv, env=env).returncode
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Check a frozen Carebook folder (``dist/carebook``) the way a shop owner would use it.

    .venv/bin/python packaging/check_frozen.py [dist/carebook] [--since build/pyinstaller/started]

Runs everything against a fresh temporary data folder (``CAREBOOK_DATA_DIR``), never the user's own:

- the folder's layout: both executables, resources, migrations on disk, the Qt platform plugins a
  desktop needs (xcb, wayland) with every library they link to resolvable, no unused Qt modules;
- every module of carebook/ and ui/ inside both executables' archives (pages and dialogs are imported
  by name, so a missing one would silently become a placeholder);
- ``carebook --version``, ``init`` on a fresh folder (all migrations applied), ``demo``, ``stats --json``,
  ``report`` (a PDF with the DejaVu font embedded), a CSV import and export (phone numbers of several
  countries, e-mail validation), vCard/iCalendar export when the CLI has them;
- the desktop app starting offscreen and quitting cleanly (``CAREBOOK_QUIT_AFTER_START=1``), from both
  ``carebook-gui`` and ``carebook``; and on a real X server when ``xvfb-run`` is installed.

Prints one line per check and exits 1 when any failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = ".exe" if sys.platform == "win32" else ""
MIGRATION_RE = re.compile(r"^(\d{4})_\w+\.py$")
STATS_KEYS = {
    "month",
    "contacts",
    "by_channel",
    "by_reason",
    "inbound",
    "csat_pct",
    "csat_responses",
    "nps",
    "nps_responses",
    "promoters",
    "passives",
    "detractors",
    "ces_mean",
    "ces_responses",
    "fcr_pct",
    "median_resolution_hours",
    "open_contacts",
    "median_wait_minutes",
    "self_service_pct",
    "followups_due",
    "followups_done_on_time",
    "followups_overdue",
    "new_customers",
}
UNUSED_QT = ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt63D", "Qt6Multimedia", "Qt6Charts", "Qt6Designer")
GUI_TIMEOUT = 120


class Checker:
    def __init__(self, folder: Path, scratch: Path, since: float | None = None) -> None:
        self.folder = folder
        self.since = since  # when the build started: source files changed later may be missing
        self.internal = folder / "_internal"
        self.scratch = scratch
        self.data = scratch / "data"
        self.failures: list[str] = []
        self.env = dict(os.environ)
        for name in ("CAREBOOK_DB", "CAREBOOK_QUIT_AFTER_START", "PYTHONPATH", "PYTHONHOME"):
            self.env.pop(name, None)
        self.env.update(
            CAREBOOK_DATA_DIR=str(self.data),
            XDG_CONFIG_HOME=str(scratch / "config"),
            XDG_CACHE_HOME=str(scratch / "cache"),
            XDG_RUNTIME_DIR=str(scratch / "runtime"),
            LC_ALL="C.UTF-8",
        )
        (scratch / "runtime").mkdir(mode=0o700)

    # -- reporting ----------------------------------------------------------------------------------

    def ok(self, what: str, detail: str = "") -> None:
        print(f"ok    {what}" + (f": {detail}" if detail else ""), flush=True)

    def fail(self, what: str, detail: str) -> None:
        print(f"FAIL  {what}: {detail}", flush=True)
        self.failures.append(what)

    def skip(self, what: str, why: str) -> None:
        print(f"skip  {what}: {why}", flush=True)

    def source_migrations(self) -> list[Path]:
        """The migration files of the source tree that the build must hold."""
        found = sorted(p for p in (ROOT / "carebook" / "migrations").iterdir() if MIGRATION_RE.match(p.name))
        late = self.newer_than_build(found)
        return [p for p in found if p not in late]

    def newer_than_build(self, paths: list[Path]) -> list[Path]:
        """Those of ``paths`` created or changed after the build started (so the build may lack them)."""
        if self.since is None:
            return []
        late = [p for p in paths if p.exists() and p.stat().st_mtime > self.since]
        if late:
            names = ", ".join(str(p.relative_to(ROOT)) for p in late[:8])
            print(f"note  changed after the build started (run make package again): {names}", flush=True)
        return late

    def check(self, condition: bool, what: str, detail: str = "", problem: str = "") -> bool:
        if condition:
            self.ok(what, detail)
        else:
            self.fail(what, problem or detail or "failed")
        return condition

    # -- running ------------------------------------------------------------------------------------

    def run(
        self,
        exe: str,
        *args: str,
        env: dict[str, str] | None = None,
        timeout: int = 300,
        prefix: tuple[str, ...] = (),
    ) -> subprocess.CompletedProcess[str]:
        command = [*prefix, str(self.folder / f"{exe}{EXE}"), *args]
        return subprocess.run(
            command, env=env or self.env, capture_output=True, text=True, timeout=timeout, check=False
        )

    def cli(self, what: str, *args: str, expect: int = 0) -> subprocess.CompletedProcess[str] | None:
        try:
            done = self.run("carebook", *args)
        except subprocess.TimeoutExpired:
            self.fail(what, f"carebook {' '.join(args)} did not finish")
            return None
        if done.returncode != expect or "Traceback" in done.stderr or "unexpected error" in done.stderr:
            self.fail(what, f"exit {done.returncode}; stderr: {done.stderr.strip()[-600:]}")
            return None
        return done

    # -- the checks ---------------------------------------------------------------------------------

    def layout(self) -> None:
        for exe in ("carebook", "carebook-gui"):
            path = self.folder / f"{exe}{EXE}"
            self.check(path.is_file() and os.access(path, os.X_OK), f"executable {exe}", problem="missing")
        res = self.internal / "resources"
        wanted = [
            res / "fonts" / "DejaVuSans.ttf",
            res / "fonts" / "DejaVuSans-Bold.ttf",
            res / "icons" / "carebook.svg",
        ]
        missing = [str(p.relative_to(self.folder)) for p in wanted if not p.is_file()]
        styles = sorted(p.name for p in (res / "styles").glob("*.qss"))
        source = sorted((ROOT / "resources" / "styles").glob("*.qss"))
        late = {p.name for p in self.newer_than_build(source)}
        source_styles = sorted(p.name for p in source if p.name not in late)
        styles = [name for name in styles if name not in late]
        self.check(
            not missing and styles == source_styles,
            "resources (fonts, icons, styles)",
            f"{len(styles)} stylesheets",
            f"missing {missing}, styles {styles} != {source_styles}",
        )
        accel = sorted(p.name for p in self.internal.glob("_rl_accel*"))
        self.check(bool(accel), "reportlab's C speed-ups", ", ".join(accel), "no _rl_accel: slower PDFs")
        qm_source = sorted(p.name for p in (ROOT / "resources" / "translations").glob("*.qm"))
        qm_frozen = sorted(p.name for p in (res / "translations").glob("*.qm"))
        self.check(
            qm_frozen == qm_source,
            "translations (.qm)",
            f"{len(qm_frozen)} files",
            f"{qm_frozen} != {qm_source}",
        )
        src = sorted(p.name for p in self.source_migrations())
        frozen_dir = self.internal / "carebook" / "migrations"
        frozen = (
            sorted(p.name for p in frozen_dir.iterdir() if MIGRATION_RE.match(p.name))
            if frozen_dir.is_dir()
            else []
        )
        self.check(frozen == src and bool(src), "migrations on disk", ", ".join(frozen), f"{frozen} != {src}")
        unused = sorted(
            p.name
            for p in self.internal.rglob("*")
            if p.name.startswith(tuple(f"lib{n}" for n in UNUSED_QT) + UNUSED_QT)
        )
        self.check(not unused, "no unused Qt modules (QML, Quick, WebEngine, ...)", problem=", ".join(unused))
        qt = self.internal / "PySide6" / "Qt"
        other_qm = sorted(
            p.name for p in (qt / "translations").glob("*.qm") if not p.name.startswith("qtbase_")
        )
        self.check(not other_qm, "only qtbase translations of Qt", problem=", ".join(other_qm[:8]))

    def platform_plugins(self) -> None:
        if not sys.platform.startswith("linux"):
            self.skip("Qt platform plugins", "checked on Linux only")
            return
        platforms = self.internal / "PySide6" / "Qt" / "plugins" / "platforms"
        for name in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"):
            plugin = platforms / name
            if not self.check(plugin.is_file(), f"platform plugin {name}", problem="missing"):
                continue
            env = dict(
                self.env, LD_LIBRARY_PATH=f"{self.internal}:{self.internal / 'PySide6' / 'Qt' / 'lib'}"
            )
            out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, env=env, check=False)
            unresolved = sorted({line.split()[0] for line in out.stdout.splitlines() if "not found" in line})
            self.check(
                not unresolved, f"{name} links", "every library found", "not found: " + ", ".join(unresolved)
            )

    def archives(self) -> None:
        try:
            from PyInstaller.archive.readers import CArchiveReader
        except ImportError:
            self.skip("modules in the archives", "PyInstaller is not importable here")
            return
        expected = set()
        sources = [
            p
            for top in ("carebook", "ui")
            for p in (ROOT / top).rglob("*.py")
            if "__pycache__" not in p.parts
        ]
        late = set(self.newer_than_build(sources))
        for path in sources:
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            if path not in late:
                expected.add(".".join(parts))
        expected |= {
            "vobject",
            "icalendar",
            "phonenumbers.data.region_GB",
            "phonenumbers.data.region_DE",
            "email_validator",
            "reportlab.pdfbase.ttfonts",
            "peewee",
            "playhouse.migrate",
            "tzdata",
        }
        for exe in ("carebook", "carebook-gui"):
            reader = CArchiveReader(str(self.folder / f"{exe}{EXE}"))
            names = set(reader.open_embedded_archive("PYZ.pyz").toc)
            missing = sorted(expected - names)
            self.check(
                not missing,
                f"{exe}: every carebook/ and ui/ module and the libraries in the archive",
                f"{len(expected)} modules",
                "missing " + ", ".join(missing[:12]),
            )
            unused = sorted(
                n for n in names if n.startswith(("phonenumbers.geodata", "PySide6.QtQml", "tkinter"))
            )
            self.check(not unused, f"{exe}: no unused modules", problem=", ".join(unused[:8]))

    def cli_commands(self) -> None:
        import carebook

        done = self.cli("carebook --version", "--version")
        if done:
            self.check(
                done.stdout.strip() == f"carebook {carebook.__version__}",
                "carebook --version",
                done.stdout.strip(),
                f"printed {done.stdout.strip()!r}",
            )
        done = self.cli("carebook init (fresh data folder)", "init")
        if done:
            db = Path(done.stdout.strip().splitlines()[-1])
            versions = sorted(int(p.name[:4]) for p in self.source_migrations())
            try:
                with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
                    applied = sorted(row[0] for row in conn.execute("SELECT version FROM schema_migration"))
            except (sqlite3.Error, ValueError) as error:
                applied = [f"unreadable: {error}"]  # type: ignore[list-item]
            self.check(
                db.parent == self.data and applied == versions,
                "carebook init (fresh data folder)",
                f"{db.name}, migrations {applied}",
                f"database {db}, migrations {applied} != {versions}",
            )
        done = self.cli("carebook demo", "demo", "--customers", "80", "--months", "3")
        month = None
        if done:
            found = re.search(r"stats --month (\d{4}-\d{2})", done.stdout)
            month = found.group(1) if found else None
            self.check(
                month is not None,
                "carebook demo",
                f"last full month {month}",
                f"no month in its output: {done.stdout[-300:]}",
            )
        if month:
            self.stats_and_report(month)
        self.csv_round_trip()

    def stats_and_report(self, month: str) -> None:
        done = self.cli("carebook stats --json", "stats", "--month", month, "--json")
        if done:
            try:
                stats = json.loads(done.stdout)
            except json.JSONDecodeError as error:
                self.fail("carebook stats --json", f"not JSON: {error}")
            else:
                good = (
                    set(stats) >= STATS_KEYS
                    and stats["month"] == month
                    and stats["contacts"] > 0
                    and len(stats["by_channel"]) == 7
                )
                self.check(
                    good,
                    "carebook stats --json",
                    f"{stats['contacts']} contacts in {month}",
                    f"missing keys {sorted(STATS_KEYS - set(stats))}, contacts {stats.get('contacts')}",
                )
        pdf = self.scratch / f"report-{month}.pdf"
        if self.cli("carebook report", "report", "--month", month, "-o", str(pdf)):
            data = pdf.read_bytes() if pdf.is_file() else b""
            detail = f"{len(data) // 1024} KiB"
            fonts = ""
            if data and shutil.which("pdffonts"):
                fonts = subprocess.run(
                    ["pdffonts", str(pdf)], capture_output=True, text=True, check=False
                ).stdout
                detail += ", DejaVu embedded" if "DejaVu" in fonts else ""
            self.check(
                data.startswith(b"%PDF-") and len(data) > 2000 and (not fonts or "DejaVu" in fonts),
                "carebook report",
                detail,
                f"no PDF written, or without the DejaVu font ({pdf})",
            )

    def csv_round_trip(self) -> None:
        good = self.scratch / "customers.csv"
        good.write_text(
            "name,email,phone\nAda Lovelace,ADA@Example.org,+44 20 7946 0123\n"
            "Hans Berg,hans@example.de,+49 30 901820\nYuki Sato,yuki@example.jp,+81 3-1234-5678\n",
            encoding="utf-8",
        )
        done = self.cli("carebook import customers (phone numbers)", "import", "customers", str(good))
        if done:
            self.check(
                "import id:" in done.stdout and "not a valid number" not in done.stdout + done.stderr,
                "carebook import customers (phone numbers)",
                "GB, DE and JP numbers accepted",
                done.stdout + done.stderr,
            )
        bad = self.scratch / "bad.csv"
        bad.write_text("name,email\nNo Mail,not-an-email\n", encoding="utf-8")
        done = self.cli(
            "carebook import (e-mail check)", "import", "customers", str(bad), "--dry-run", expect=1
        )
        if done:
            self.check(
                "not a valid email" in done.stderr,
                "carebook import (e-mail check)",
                "a bad address is refused",
                done.stderr.strip(),
            )
        out = self.scratch / "export.csv"
        if self.cli("carebook export customers", "export", "customers", str(out)):
            text = out.read_text(encoding="utf-8-sig") if out.is_file() else ""
            self.check(
                "Yuki Sato" in text,
                "carebook export customers",
                f"{len(text.splitlines())} lines",
                "the imported customers are missing",
            )
        helped = self.run("carebook", "export", "--help")
        for kind, suffix in (("vcard", "vcf"), ("ics", "ics")):
            if kind not in helped.stdout:
                self.skip(f"carebook export {kind}", "this CLI has no such command yet")
                continue
            target = self.scratch / f"export.{suffix}"
            if self.cli(f"carebook export {kind}", "export", kind, str(target)):
                self.check(
                    target.is_file() and target.stat().st_size > 0,
                    f"carebook export {kind}",
                    f"{target.stat().st_size} bytes" if target.is_file() else "",
                    "nothing written",
                )

    def gui(self) -> None:
        env = dict(self.env, QT_QPA_PLATFORM="offscreen", CAREBOOK_QUIT_AFTER_START="1")
        for exe in ("carebook-gui", "carebook"):
            self.start_gui(f"{exe} starts offscreen and quits", exe, env)
        if not sys.platform.startswith("linux"):
            return
        xvfb = shutil.which("xvfb-run")
        if not xvfb:
            self.skip("carebook-gui on X11 (xcb)", "xvfb-run is not installed (apt-get install xvfb)")
            return
        env = dict(self.env, QT_QPA_PLATFORM="xcb", CAREBOOK_QUIT_AFTER_START="1")
        self.start_gui(
            "carebook-gui on X11 (xcb, under Xvfb) starts and quits",
            "carebook-gui",
            env,
            prefix=(xvfb, "-a", "-s", "-screen 0 1280x800x24"),
        )

    def start_gui(self, what: str, exe: str, env: dict[str, str], prefix: tuple[str, ...] = ()) -> None:
        try:
            done = self.run(exe, env=env, timeout=GUI_TIMEOUT, prefix=prefix)
        except subprocess.TimeoutExpired:
            self.fail(what, f"still running after {GUI_TIMEOUT} s (a dialog waiting for an answer?)")
            return
        noise = [
            line
            for line in done.stderr.splitlines()
            if "Traceback" in line or "Error" in line or "could not" in line.lower()
        ]
        self.check(
            done.returncode == 0 and not noise,
            what,
            "exit 0",
            f"exit {done.returncode}; stderr: {done.stderr.strip()[-800:]}",
        )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Check a frozen Carebook folder by running it.")
    parser.add_argument("folder", nargs="?", default=str(ROOT / "dist" / "carebook"))
    parser.add_argument(
        "--since",
        metavar="FILE",
        help="a file touched when the build started: source files changed after it are not required",
    )
    args = parser.parse_args(argv[1:])
    folder = Path(args.folder).resolve()
    since = Path(args.since).stat().st_mtime if args.since and Path(args.since).exists() else None
    if not (folder / f"carebook{EXE}").is_file():
        print(f"{folder} holds no frozen Carebook; run make package first", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT))
    print(f"Checking {folder}")
    with tempfile.TemporaryDirectory(prefix="carebook-frozen-") as scratch:
        checker = Checker(folder, Path(scratch), since)
        checker.layout()
        checker.platform_plugins()
        checker.archives()
        checker.cli_commands()
        checker.gui()
    if checker.failures:
        print(f"{len(checker.failures)} checks failed: " + "; ".join(checker.failures))
        return 1
    print("All checks of the frozen folder passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

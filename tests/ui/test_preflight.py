"""Before Qt is imported the app checks that it can start here, and says why not in one line: Qt's
system libraries (Linux) and PySide6 releases known to crash on this Python. ``make`` uses the same list
to install or name the Debian packages."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ui import launch, preflight

ROOT = Path(__file__).resolve().parents[2]


def lacking(*sonames: str) -> Callable[[str], bool]:
    return lambda soname: soname not in sonames


def test_the_missing_libraries_of_qt_and_of_the_x11_plugin_are_named_as_debian_packages() -> None:
    finder = lacking("libEGL.so.1", "libxcb-cursor.so.0", "libxkbcommon-x11.so.0")

    assert preflight.missing_packages(["xcb"], finder=finder) == [
        "libegl1",
        "libxkbcommon-x11-0",
        "libxcb-cursor0",
    ]
    assert preflight.missing_packages(["offscreen"], finder=finder) == ["libegl1"]
    assert preflight.missing_packages(["xcb"], finder=lacking()) == []


def test_a_wayland_session_needs_the_libraries_of_one_platform_that_works() -> None:
    no_wayland = lacking("libwayland-cursor.so.0")
    assert preflight.missing_packages(["wayland", "xcb"], finder=no_wayland) == []  # Qt falls back to X11
    nothing = lacking("libwayland-cursor.so.0", "libxcb-cursor.so.0")
    assert preflight.missing_packages(["wayland", "xcb"], finder=nothing) == ["libwayland-cursor0"]


def test_the_platforms_are_those_qt_tries() -> None:
    assert preflight.platforms({}) == ["xcb"]
    assert preflight.platforms({"WAYLAND_DISPLAY": "wayland-0"}) == ["wayland", "xcb"]
    assert preflight.platforms({"QT_QPA_PLATFORM": "offscreen"}) == ["offscreen"]
    assert preflight.platforms({"QT_QPA_PLATFORM": "xcb:display=:1;wayland"}) == ["xcb", "wayland"]


def test_the_real_finder_loads_what_is_there_and_not_what_is_not() -> None:
    assert preflight.loads("libc.so.6") if sys.platform.startswith("linux") else True
    assert not preflight.loads("libcarebook-no-such-library.so.7")


@pytest.fixture
def gui_never_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    def load_gui() -> None:
        raise AssertionError("Qt's app was loaded although the start was refused")

    monkeypatch.setattr(launch, "load_gui", load_gui)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the libraries are checked on Linux")
@pytest.mark.usefixtures("gui_never_loads")
def test_carebook_without_qts_libraries_says_which_in_one_line_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(preflight, "loads", lacking("libxkbcommon-x11.so.0", "libEGL.so.1"))

    assert launch.main([]) == 1
    assert launch.gui_main() == 1

    errors = capsys.readouterr().err.splitlines()
    line = (
        "Carebook cannot start: Qt needs these system libraries: libegl1 libxkbcommon-x11-0 "
        "(on Debian/Ubuntu: sudo apt-get install libegl1 libxkbcommon-x11-0)"
    )
    assert errors == [line, line]


def test_the_frozen_app_is_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert preflight.libraries_problem(finder=lacking("libEGL.so.1")) is None


def test_pyside_6_12_0_is_refused_on_python_3_11_only() -> None:
    refused = preflight.pyside_problem("6.12.0", (3, 11, 7))
    assert refused == (
        "Carebook cannot start: PySide6 6.12.0 crashes on Python 3.11; reinstall with `make run` "
        "or pip install 'PySide6-Essentials~=6.11.3' 'PySide6-Addons~=6.11.3'"
    )
    assert preflight.pyside_problem("6.12.0", (3, 12, 1)) is None
    assert preflight.pyside_problem("6.11.3", (3, 11, 7)) is None


@pytest.mark.usefixtures("gui_never_loads")
def test_carebook_refuses_a_known_bad_pyside_before_importing_qt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import PySide6

    monkeypatch.setattr(preflight, "loads", lacking())
    monkeypatch.setattr(PySide6, "__version__", "6.12.0")
    monkeypatch.setattr(sys, "version_info", (3, 11, 9, "final", 0))
    assert launch.main([]) == 1
    monkeypatch.undo()
    assert capsys.readouterr().err.startswith("Carebook cannot start: PySide6 6.12.0 crashes on Python 3.11;")


def test_make_lists_the_packages_for_every_platform_it_needs_and_a_font(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(preflight, "FONT_FOLDERS", (tmp_path,))
    finder = lacking("libGL.so.1", "libxcb-cursor.so.0", "libwayland-cursor.so.0")

    assert preflight.needed_here(["xcb", "wayland", "offscreen"], finder=finder) == [
        "libgl1",
        "libxcb-cursor0",
        "fonts-dejavu-core",
        "libwayland-cursor0",
    ]
    (tmp_path / "truetype").mkdir()
    (tmp_path / "truetype" / "DejaVuSans.ttf").write_bytes(b"")
    assert preflight.needed_here(["offscreen"], finder=finder) == ["libgl1"]


def test_make_runs_the_check_with_a_bare_python_before_the_venv_exists() -> None:
    result = subprocess.run(
        [sys.executable, "-I", "ui/preflight.py", "offscreen"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stderr == ""
    assert result.stdout.strip() == "", "this machine runs the UI tests, so nothing can be missing"


@pytest.mark.parametrize("python", ["3.11", "3.12", "3.13", "3.14"])
def test_pyproject_never_installs_a_pyside_that_crashes_on_the_python_it_is_for(python: str) -> None:
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pyside = [Requirement(line) for line in project["dependencies"] if line.startswith("PySide6")]
    chosen = [
        requirement
        for requirement in pyside
        if requirement.marker is None or requirement.marker.evaluate({"python_version": python})
    ]
    names = sorted(requirement.name for requirement in chosen)
    assert names in (["PySide6-Addons", "PySide6-Essentials"], ["PySide6-Essentials", "PySide6-Pdf"])
    version = tuple(int(part) for part in python.split("."))
    for release in preflight.KNOWN_BAD:
        if preflight.pyside_problem(release, version):
            assert all(release not in requirement.specifier for requirement in chosen), (python, release)


def test_a_library_on_ld_library_path_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "libcarebook-test.so.3").write_bytes(b"")
    assert not preflight.loads("libcarebook-test.so.3")
    monkeypatch.setenv("LD_LIBRARY_PATH", f"/nonexistent:{tmp_path}")
    assert preflight.loads("libcarebook-test.so.3")

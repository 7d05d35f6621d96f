"""Packaging stays consistent: what the wheel ships, the desktop files, the icons and the frozen launchers.

Cheap checks only: the real build and run of the frozen app is ``make package`` (packaging/check_frozen.py).
"""

from __future__ import annotations

import ast
import configparser
import glob
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from setuptools import find_packages

import carebook

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
RESOURCE_KINDS = {"fonts": (".ttf",), "icons": (".svg",), "styles": (".qss",), "translations": (".qm",)}


def _shipped_package_data(package: str) -> set[str]:
    """Files (relative to the package folder) that the wheel carries for ``package`` as package data."""
    folder = ROOT / SETUPTOOLS.get("package-dir", {}).get(package, package.replace(".", "/"))
    patterns = SETUPTOOLS.get("package-data", {}).get(package, []) + SETUPTOOLS.get("package-data", {}).get(
        "*", []
    )
    shipped: set[str] = set()
    for pattern in patterns:
        for match in glob.glob(pattern, root_dir=folder, recursive=True):
            if (folder / match).is_file():
                shipped.add(Path(match).as_posix())
    return shipped


def test_the_wheel_lists_every_package_under_carebook_and_ui() -> None:
    found = set(find_packages(where=str(ROOT), include=["carebook", "carebook.*", "ui", "ui.*"]))
    listed = set(SETUPTOOLS["packages"])
    assert found - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    assert listed - found == {"carebook_resources"}, "pyproject.toml lists packages that do not exist"


def test_every_folder_of_python_code_is_a_regular_package() -> None:
    # find_packages (and so the wheel) skips a folder without __init__.py, even when it holds modules.
    folders = {
        path.parent
        for top in ("carebook", "ui")
        for path in (ROOT / top).rglob("*.py")
        if "__pycache__" not in path.parts
    }
    missing = sorted(str(f.relative_to(ROOT)) for f in folders if not (f / "__init__.py").is_file())
    assert missing == []


def test_fonts_icons_styles_and_translations_ship_as_package_data() -> None:
    assert SETUPTOOLS["package-dir"]["carebook_resources"] == "resources"
    shipped = _shipped_package_data("carebook_resources")
    needed = {
        path.relative_to(ROOT / "resources").as_posix()
        for kind, suffixes in RESOURCE_KINDS.items()
        for path in (ROOT / "resources" / kind).rglob("*")
        if path.suffix in suffixes
    }
    assert {"fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "icons/carebook.svg"} <= needed
    assert any(name.startswith("styles/") for name in needed)
    assert needed - shipped == set()
    assert "fonts/DejaVu-LICENSE.txt" in shipped  # the font licence travels with the fonts


def test_migrations_ship_as_modules_of_a_listed_package() -> None:
    assert "carebook.migrations" in SETUPTOOLS["packages"]
    names = sorted(p.name for p in (ROOT / "carebook" / "migrations").glob("*.py") if p.name != "__init__.py")
    assert names and all(re.fullmatch(r"\d{4}_[a-z0-9_]+\.py", name) for name in names)
    assert "exclude-package-data" not in SETUPTOOLS


def test_commands_are_the_same_in_the_wheel_and_the_frozen_folder() -> None:
    assert PYPROJECT["project"]["scripts"] == {"carebook": "ui.launch:main"}
    assert PYPROJECT["project"]["gui-scripts"] == {"carebook-gui": "ui.launch:gui_main"}
    for script, target in (("launch_cli.py", "ui.launch:main"), ("launch_gui.py", "ui.launch:gui_main")):
        module, function = target.split(":")
        tree = ast.parse((PACKAGING / script).read_text(encoding="utf-8"))
        imports = {
            (node.module, alias.name)
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for alias in node.names
        }
        assert (module, function) in imports, f"{script} must start {target}"
    spec = (PACKAGING / "carebook.spec").read_text(encoding="utf-8")
    assert '"launch_cli.py"' in spec and '"launch_gui.py"' in spec
    assert 'executable(cli, "carebook", console=True)' in spec
    assert 'executable(gui, "carebook-gui", console=False)' in spec
    compile(spec, "carebook.spec", "exec")  # at least valid Python


def test_the_app_id_is_reverse_dns_and_used_everywhere() -> None:
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[a-z][a-z0-9]*)+\.[A-Za-z][A-Za-z0-9]*", carebook.APP_ID)
    assert carebook.APP_ID == "org.carebook.Carebook"
    assert "setDesktopFileName(APP_ID)" in (ROOT / "ui" / "app.py").read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in (PACKAGING / "carebook.spec").read_text(encoding="utf-8")
    assert (PACKAGING / f"{carebook.APP_ID}.desktop").is_file()
    assert (PACKAGING / f"{carebook.APP_ID}.metainfo.xml").is_file()


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]  # keys are case-sensitive
    parser.read_string((PACKAGING / f"{carebook.APP_ID}.desktop").read_text(encoding="utf-8"))
    assert parser.sections() == ["Desktop Entry"]
    return parser["Desktop Entry"]


def test_the_desktop_file_starts_the_windowed_app_with_its_icon() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == carebook.APP_NAME
    assert entry["Icon"] == carebook.APP_ID
    assert entry["Exec"].split()[0] in PYPROJECT["project"]["gui-scripts"]
    assert entry["TryExec"] == entry["Exec"].split()[0]
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert all(value == value.strip() and value for value in entry.values())


def test_the_metainfo_describes_this_app_and_release() -> None:
    root = ET.parse(PACKAGING / f"{carebook.APP_ID}.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == carebook.APP_ID
    assert root.findtext("name") == carebook.APP_NAME
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]["text"]
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == f"{carebook.APP_ID}.desktop"
    binaries = {element.text for element in root.iterfind("provides/binary")}
    assert binaries == set(PYPROJECT["project"]["scripts"]) | set(PYPROJECT["project"]["gui-scripts"])
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == carebook.__version__, "add a <release> for this version"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date", ""))
    summary = root.findtext("summary") or ""
    assert summary and not summary.endswith(".") and len(summary) < 80


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_app_icon_is_rendered_at_each_usual_size(size: int) -> None:
    png = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{carebook.APP_ID}.png"
    assert _png_size(png) == (size, size)


def test_the_packaged_icons_are_rendered_from_the_current_app_icon() -> None:
    scalable = PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / f"{carebook.APP_ID}.svg"
    source = ROOT / "resources" / "icons" / "carebook.svg"
    assert scalable.read_bytes() == source.read_bytes(), "the app icon changed: run packaging/render_icons.py"
    ico = (PACKAGING / "icons" / "carebook.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] >= 5  # several sizes
    assert (PACKAGING / "icons" / "carebook.icns").read_bytes()[:4] == b"icns"


def test_the_windows_installer_script_uses_the_frozen_folder_and_the_app_id() -> None:
    iss = (PACKAGING / "windows" / "carebook.iss").read_text(encoding="utf-8")
    assert f"AppId={carebook.APP_ID}" in iss
    assert r'#define AppExe "carebook-gui.exe"' in iss
    assert r"dist\carebook\*" in iss
    icon = re.search(r"^SetupIconFile=\{#Root\}\\(.+)$", iss, re.MULTILINE)
    assert icon is not None and (ROOT / icon.group(1).replace("\\", "/")).is_file()


def test_reportlab_runs_with_its_c_speed_ups() -> None:
    """rl_accel (a dependency) gives reportlab C versions of the helpers every PDF line goes through:
    without them the month's PDF of a busy shop takes a fifth longer."""
    from reportlab.lib import rl_accel

    for name in ("fp_str", "escapePDF", "asciiBase85Encode"):
        assert type(getattr(rl_accel, name)).__name__ == "builtin_function_or_method", name
    assert "_rl_accel" in (PACKAGING / "carebook.spec").read_text(encoding="utf-8")  # frozen app too

"""Checks made before Qt is imported, so that a machine that cannot run the app gets one clear line
instead of Qt's plugin error or a crash: the system libraries Qt's platform plugin links to (Linux),
and PySide6 releases known to crash on this Python.

Standard library only: ``make`` runs this file with the system Python, before the virtual environment
exists, to name (or install, as root) the Debian packages that are missing:
``python3 ui/preflight.py [PLATFORM...]`` prints them on one line, or nothing (for the platform plugins
named, e.g. ``offscreen`` for the UI tests; by default those this session would use).
"""

from __future__ import annotations

import os
import sys
import sysconfig
from collections.abc import Callable, Sequence
from pathlib import Path

# The libraries Qt's GUI modules link to whatever the platform (soname: Debian package).
QT_GUI_LIBS = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
# What each platform plugin adds (offscreen, the UI tests' platform, adds nothing).
PLATFORM_LIBS = {
    "xcb": {
        "libxcb.so.1": "libxcb1",
        "libX11-xcb.so.1": "libx11-xcb1",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-image.so.0": "libxcb-image0",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-randr.so.0": "libxcb-randr0",
        "libxcb-render.so.0": "libxcb-render0",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxcb-shape.so.0": "libxcb-shape0",
        "libxcb-shm.so.0": "libxcb-shm0",
        "libxcb-sync.so.1": "libxcb-sync1",
        "libxcb-util.so.1": "libxcb-util1",
        "libxcb-xfixes.so.0": "libxcb-xfixes0",
        "libxcb-xkb.so.1": "libxcb-xkb1",
    },
    "wayland": {
        "libwayland-client.so.0": "libwayland-client0",
        "libwayland-cursor.so.0": "libwayland-cursor0",
    },
}
# Without any font the UI tests fail on Qt's font warnings and the app shows no text.
FONT_FOLDERS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"))
FONT_PACKAGE = "fonts-dejavu-core"

# (PySide6 release, first Python version that is safe): PySide6 6.12.0 drops a reference to None on
# every call of a method that returns nothing and to True on every signal emission; from Python 3.12
# on these objects are immortal, before it the interpreter aborts after a few thousand calls.
KNOWN_BAD = {"6.12.0": (3, 12)}


def library_folders(environ: dict[str, str] | os._Environ[str] = os.environ) -> list[Path]:
    """The folders the dynamic linker searches: LD_LIBRARY_PATH, /etc/ld.so.conf.d, the standard ones."""
    folders = [Path(entry) for entry in environ.get("LD_LIBRARY_PATH", "").split(":") if entry]
    conf = Path("/etc/ld.so.conf.d")
    for listing in sorted(conf.glob("*.conf")) if conf.is_dir() else []:
        for line in listing.read_text(encoding="utf-8", errors="replace").splitlines():
            entry = line.split("#")[0].strip()
            if entry.startswith("/"):
                folders.append(Path(entry))
    arch = sysconfig.get_config_var("MULTIARCH") or ""
    for top in ("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib"):
        folders += [Path(top) / arch, Path(top)] if arch else [Path(top)]
    return folders


def loads(soname: str) -> bool:
    """Whether the library is where the dynamic linker looks for it (Qt loads it right after)."""
    return any((folder / soname).exists() for folder in library_folders())


def platforms(environ: dict[str, str] | os._Environ[str] = os.environ) -> list[str]:
    """The platform plugins Qt will try, in order: QT_QPA_PLATFORM's, else Wayland then X11 in a
    Wayland session, else X11."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return [name.split(":")[0] for name in chosen.split(";") if name]
    return ["wayland", "xcb"] if environ.get("WAYLAND_DISPLAY") else ["xcb"]


def missing_packages(
    tried: Sequence[str], *, finder: Callable[[str], bool] | None = None, fonts: bool = False
) -> list[str]:
    """The Debian packages of the libraries Qt needs here that cannot be loaded (``finder``, by default
    ``loads``): those of its GUI modules, and those of the first platform in ``tried`` unless another one
    has all of its own."""
    finder = finder or loads
    missing = [package for soname, package in QT_GUI_LIBS.items() if not finder(soname)]
    wanted = [PLATFORM_LIBS.get(name, {}) for name in tried]
    lacking = [[package for soname, package in libs.items() if not finder(soname)] for libs in wanted]
    if lacking and all(lacking):
        missing += lacking[0]
    if fonts and not any(_has_fonts(folder) for folder in FONT_FOLDERS):
        missing.append(FONT_PACKAGE)
    return missing


def _has_fonts(folder: Path) -> bool:
    return folder.is_dir() and any(
        path.suffix.lower() in (".ttf", ".otf", ".pfb", ".ttc") for path in folder.rglob("*")
    )


def libraries_problem(finder: Callable[[str], bool] | None = None) -> str | None:
    """The one line saying which system libraries Qt lacks on this Linux machine, or None. Not checked
    elsewhere, nor in the frozen app (its folder brings the platform plugins' libraries along)."""
    if not sys.platform.startswith("linux") or getattr(sys, "frozen", False):
        return None
    missing = missing_packages(platforms(), finder=finder)
    if not missing:
        return None
    names = " ".join(missing)
    return (
        f"Carebook cannot start: Qt needs these system libraries: {names} "
        f"(on Debian/Ubuntu: sudo apt-get install {names})"
    )


def pyside_problem(pyside: str, python: tuple[int, ...]) -> str | None:
    """The one line refusing a PySide6 release known to crash on this Python, or None."""
    safe_from = KNOWN_BAD.get(pyside)
    if safe_from is None or python[:2] >= safe_from:
        return None
    shown = ".".join(str(part) for part in python[:2])
    return (
        f"Carebook cannot start: PySide6 {pyside} crashes on Python {shown}; reinstall with `make run` "
        "or pip install 'PySide6-Essentials~=6.11.3' 'PySide6-Addons~=6.11.3'"
    )


def problem() -> str | None:
    """Why the desktop app cannot start here, in one line, or None. Imports PySide6's package only
    (its version), none of its Qt modules."""
    found = libraries_problem()
    if found:
        return found
    import PySide6

    return pyside_problem(PySide6.__version__, sys.version_info[:3])


def needed_here(names: Sequence[str], finder: Callable[[str], bool] | None = None) -> list[str]:
    """For ``make``: the missing packages when every platform in ``names`` must work (none named: one
    of those this session would try), a font included; nothing outside Linux."""
    if not sys.platform.startswith("linux"):
        return []
    found: list[str] = []
    for group in [[name] for name in names] or [platforms()]:
        missing = missing_packages(group, finder=finder, fonts=True)
        found += [package for package in missing if package not in found]
    return found


if __name__ == "__main__":
    print(" ".join(needed_here(sys.argv[1:])))

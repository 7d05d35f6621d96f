"""Find files under ``resources/`` from the source tree, an installed wheel or a frozen build."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen:
        candidates.append(Path(frozen) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    try:
        import carebook_resources  # installed wheel: resources/ shipped as package data

        candidates.append(Path(carebook_resources.__file__).parent)
    except ImportError:
        pass
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Carebook's resources folder is missing; reinstall Carebook.")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)

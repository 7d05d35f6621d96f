"""Read PDFs back for the report tests with poppler's command-line tools (poppler-utils, poppler-data)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


def _run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def pages(path: Path, *, layout: bool = True) -> list[str]:
    """The text of each page (pdftotext), in reading order; with ``layout`` columns keep their places."""
    text = _run("pdftotext", *(["-layout"] if layout else []), "-enc", "UTF-8", str(path), "-")
    found = text.split("\f")
    return found[:-1] if found and not found[-1].strip() else found


def info(path: Path) -> dict[str, str]:
    result = {}
    for line in _run("pdfinfo", str(path)).splitlines():
        key, _, value = line.partition(":")
        result[key.strip()] = value.strip()
    return result


def page_size(path: Path) -> tuple[float, float]:
    match = re.match(r"([\d.]+) x ([\d.]+) pts", info(path)["Page size"])
    assert match, info(path)
    return float(match.group(1)), float(match.group(2))


def fonts(path: Path) -> list[str]:
    """The base names of the fonts the PDF uses (subset prefixes removed)."""
    lines = _run("pdffonts", str(path)).splitlines()[2:]
    return [line.split()[0].split("+")[-1] for line in lines if line.strip()]


_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>')


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x_min: float
    x_max: float
    y_max: float


def words(path: Path) -> tuple[list[Word], float, float]:
    """Every word with its box (pdftotext -bbox), and the page width and height."""
    html = _run("pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-")
    found: list[Word] = []
    width = height = 0.0
    page = 0
    for line in html.splitlines():
        page_match = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if page_match:
            page += 1
            width, height = float(page_match.group(1)), float(page_match.group(2))
            continue
        word = re.search(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>', line
        )
        if word:
            found.append(
                Word(word.group(4), page, float(word.group(1)), float(word.group(2)), float(word.group(3)))
            )
    return found, width, height

"""The core's shape: no import cycles among carebook's modules (the layers contract in pyproject.toml
orders them; this proves nothing loops back inside a layer either)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]


def _layer_contract() -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["type"] == "layers" and c.get("containers") == ["carebook"])


def _ignored() -> set[tuple[str, str]]:
    """The imports the layers contract names as pending removal (``ignore_imports``)."""
    pairs = [line.split("->") for line in _layer_contract().get("ignore_imports", [])]  # type: ignore[union-attr]
    return {(importer.strip(), imported.strip()) for importer, imported in pairs}


def cycles(
    graph: grimp.ImportGraph, package: str, ignored: Iterable[tuple[str, str]] = ()
) -> list[list[str]]:
    """The groups of ``package``'s modules that import each other in a loop (Tarjan's strongly connected
    components of the direct imports, inside-function and type-checking ones included)."""
    skip = set(ignored)
    modules = sorted(m for m in graph.modules if m == package or m.startswith(package + "."))
    edges = {
        m: sorted(
            i
            for i in graph.find_modules_directly_imported_by(m)
            if (i == package or i.startswith(package + ".")) and (m, i) not in skip
        )
        for m in modules
    }
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for target in edges[module]:
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in on_stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1 or module in edges[module]:
                found.append(sorted(group))

    for module in modules:
        if module not in index:
            visit(module)
    return found


def test_no_module_of_the_core_imports_itself_back() -> None:
    assert cycles(grimp.build_graph("carebook"), "carebook", _ignored()) == []


def test_a_loop_is_found() -> None:
    graph = grimp.build_graph("carebook")
    graph.add_import(importer="carebook.errors", imported="carebook.services.customers")
    found = cycles(graph, "carebook", _ignored())
    assert any({"carebook.errors", "carebook.services.customers"} <= set(group) for group in found)


def test_no_import_is_ignored_by_the_layers_contract() -> None:
    assert _ignored() == set()


SERVER_CONNECTION = {"carebook.server_address", "carebook.server_connection", "carebook.server_errors"}
# Its messages are in the counter's language: the two leaf modules that mark and translate them.
WORDS = {"carebook.marks", "carebook.translation"}


def test_the_connection_imports_nothing_of_carebook_but_its_errors_words_and_the_server_connection() -> None:
    graph = grimp.build_graph("carebook")
    for module in ("carebook.db", *SERVER_CONNECTION):
        imported = set(graph.find_modules_directly_imported_by(module)) - {
            imported for importer, imported in _ignored() if importer == module
        }
        own = {m for m in imported if m.startswith("carebook")}
        assert own <= {"carebook.errors", *SERVER_CONNECTION, *WORDS}, module
    by_db = graph.find_modules_directly_imported_by("carebook.db")
    assert {m for m in by_db if m.startswith("carebook")} == {"carebook.errors", *SERVER_CONNECTION, *WORDS}

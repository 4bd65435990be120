"""Imports point one way: ingest -> structure -> nlp -> attributions -> speakers -> pipeline
-> store -> serve / spark, with evaluate, training and the CLI on top.

Every ``import`` and ``from ... import`` in the package is read with ``ast`` (top level, inside
functions, under ``if TYPE_CHECKING``; relative or absolute) without importing anything.
``from pkg import name`` counts as an import of ``pkg.name`` where that is a module, else of
``pkg``; a package's own ``__init__`` running before its modules is not counted.
"""
from __future__ import annotations

import ast
import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

PACKAGE = "quotegraph"

# Each layer's rank: a module may import its own layer and layers of lower rank, nothing else.
# Layers of equal rank are siblings and import neither way.
RANKS = {
    "model": 0, "errors": 0, "text": 0,   # data classes, exceptions, word tokens: used everywhere
    "ingest": 1,
    "structure": 2,
    "nlp": 3,
    "attributions": 4,
    "speakers": 5,
    "pipeline": 6, "corpus": 6,           # one article's extraction; cross-article steps
    "": 7, "component": 7,                # quotegraph/__init__ and the spaCy component: APIs over pipeline
    "store": 8,
    "serve": 9, "spark": 9,
    "evaluate": 10,
    "training": 11,                       # trains with evaluate's metrics
    "cli": 12,
    "__main__": 13,
}
# What extraction itself must never load.
EXTRACTION = ("ingest", "structure", "nlp", "attributions", "speakers")
NOT_FOR_EXTRACTION = ("evaluate", "store", "serve", "spark", "cli", "training")
# Layers that may take public names only from the modules they run on.
CONSUMERS, PROVIDERS = ("serve", "spark"), ("store", "pipeline")


class Import(NamedTuple):
    importer: str
    line: int
    target: str           # the module imported
    names: tuple          # the names taken from it (``from target import names``)

    def __str__(self) -> str:
        taken = f" ({', '.join(self.names)})" if self.names else ""
        return f"{self.importer}:{self.line} imports {self.target}{taken}"


def layer(module: str) -> str:
    """``quotegraph.attributions.scorer`` -> ``attributions``; the package itself -> ``''``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


@lru_cache(maxsize=None)
def modules() -> dict[str, Path]:
    """Every module of the package, by dotted name (a package by its own name)."""
    root = Path(importlib.util.find_spec(PACKAGE).submodule_search_locations[0])
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = (PACKAGE, *path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module
    is_package = modules()[module].name == "__init__.py"
    base = module.split(".")[:len(module.split(".")) + is_package - node.level]
    return ".".join(base + ([node.module] if node.module else []))


@lru_cache(maxsize=None)
def imports() -> tuple[Import, ...]:
    """Every import of a package module by a package module."""
    known, found = modules(), []
    for module, path in known.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found += [Import(module, node.lineno, a.name, ()) for a in node.names
                          if a.name.split(".")[0] == PACKAGE]
            elif isinstance(node, ast.ImportFrom):
                target = _resolve(module, node)
                if target.split(".")[0] != PACKAGE:
                    continue
                plain = tuple(a.name for a in node.names if f"{target}.{a.name}" not in known)
                if plain:
                    found.append(Import(module, node.lineno, target, plain))
                found += [Import(module, node.lineno, f"{target}.{a.name}", ()) for a in node.names
                          if f"{target}.{a.name}" in known]
    return tuple(found)


def _report(what: str, offending: list) -> str:
    return f"{len(offending)} {what}:\n  " + "\n  ".join(map(str, offending))


def test_every_module_has_a_layer():
    unranked = sorted({layer(m) for m in modules()} - RANKS.keys())
    assert not unranked, f"layers missing from RANKS in {__file__}: {unranked}"


def test_no_import_cycles():
    graph: dict[str, set[str]] = {m: set() for m in modules()}
    for i in imports():
        graph[i.importer].add(i.target)
    cycles = [c for c in _strongly_connected(graph) if len(c) > 1 or c[0] in graph[c[0]]]
    messages = []
    for cycle in cycles:
        members = set(cycle)
        edges = sorted(str(i) for i in imports() if i.importer in members and i.target in members)
        messages.append(" <-> ".join(sorted(cycle)) + "\n    " + "\n    ".join(edges))
    assert not cycles, _report("import cycles", messages)


def test_extraction_never_imports_evaluation_storage_or_commands():
    offending = [i for i in imports() if layer(i.importer) in EXTRACTION
                 and layer(i.target) in NOT_FOR_EXTRACTION]
    assert not offending, _report("imports from extraction into " + ", ".join(NOT_FOR_EXTRACTION),
                                  offending)


def test_no_stage_imports_a_later_one():
    offending = [i for i in imports() if layer(i.importer) != layer(i.target)
                 and RANKS[layer(i.target)] >= RANKS[layer(i.importer)]]
    assert not offending, _report("imports of a later or sibling layer", offending)


def test_serve_and_spark_take_public_names_only():
    offending = [i for i in imports() if layer(i.importer) in CONSUMERS
                 and layer(i.target) in PROVIDERS
                 and any(_private(part) for part in (*i.target.split("."), *i.names))]
    assert not offending, _report("imports of private names", offending)


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components of ``graph``."""
    index, low, stack, on_stack, components = {}, {}, [], set(), []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for successor in sorted(graph.get(node, ())):
            if successor not in index:
                visit(successor)
                low[node] = min(low[node], low[successor])
            elif successor in on_stack:
                low[node] = min(low[node], index[successor])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            components.append(component)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return components

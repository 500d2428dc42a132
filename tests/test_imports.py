"""No import circles: every module of kg imports on its own, and the stages import only downward
(the graph of kg's imports, those inside functions included, has no cycle)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx

PACKAGE = Path(__file__).resolve().parents[1] / "kg"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = sorted(module_name(path) for path in PACKAGE.rglob("*.py"))


def imported_modules(path: Path) -> set[str]:
    """The kg modules that ``path`` imports, at the top or inside functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            submodules = {f"{node.module}.{alias.name}" for alias in node.names} & set(MODULES)
            found |= submodules
            if len(submodules) < len(node.names):  # names defined in the module itself
                found.add(node.module)
    return {name for name in found if name in MODULES}


def test_every_module_imports_on_its_own() -> None:
    """Each module in a fresh interpreter of its own (all started at once: spaCy is slow)."""
    started = {
        module: subprocess.Popen(
            [sys.executable, "-c", f"import {module}"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for module in MODULES
    }
    failed = {}
    for module, process in started.items():
        _, errors = process.communicate(timeout=300)
        if process.returncode != 0:
            failed[module] = errors.strip().splitlines()[-1:]
    assert failed == {}


def test_kg_imports_only_downward() -> None:
    imports = nx.DiGraph()
    for path in PACKAGE.rglob("*.py"):
        importer = module_name(path)
        imports.add_node(importer)
        for imported in imported_modules(path) - {importer}:
            if imported != "kg" or importer == "kg":
                imports.add_edge(importer, imported)
    assert list(nx.simple_cycles(imports)) == []
    # No module imports the package facade (kg/__init__.py), which imports them.
    importers_of_kg = {
        module_name(path) for path in PACKAGE.rglob("*.py") if "kg" in imported_modules(path)
    }
    assert importers_of_kg <= {"kg"}

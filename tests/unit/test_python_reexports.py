"""A namespace package of the python target (models/operations, models/shared) re-exports its
modules' names to type checkers with one `from .module import *` per module, and names them
for the runtime in attach_modules' map. The star import gives type checkers exactly the map's
names only if each model module defines those names and no other public name at its top
level (what it imports stays private to it: mypy --strict and pyright do not re-export an
import without `as`). This checks that on every committed python tree: the real APIs and the
golden cases. The type checker's side is checked in tests/e2e/test_leonardo_sdk.py
(test_package_passes_mypy_strict: a user's file that reaches names through the namespaces)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TREES = sorted({p.parents[1] for p in ROOT.glob("generated/*/python/src/*/models/__init__.py")}
               | {p.parents[1] for p in ROOT.glob("tests/golden/cases/*/expected/python/src/*/models/__init__.py")})


def _namespaces() -> list[Path]:
    found = [init for tree in TREES for init in sorted((tree / "models").glob("*/__init__.py"))
             if "attach_modules(" in init.read_text(encoding="utf-8")]
    return found


def _map(init: ast.Module) -> dict[str, list[str]]:
    """attach_modules' second argument: {".module": "Name Name ..."}."""
    for node in ast.walk(init):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "attach_modules":
            literal = ast.literal_eval(node.args[1])
            return {module: names.split() for module, names in literal.items()}
    raise AssertionError("no attach_modules call")


def _defined(module: ast.Module) -> set[str]:
    """The public names a module binds at its top level, other than by importing."""
    names: set[str] = set()
    for node in module.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return {n for n in names if not n.startswith("_")}


def test_there_are_namespaces_to_check() -> None:
    assert any("generated/leonardo" in str(t) for t in TREES), TREES
    assert len(_namespaces()) >= 2 * len(TREES) - 2  # operations and shared, in nearly every tree


@pytest.mark.parametrize("init", _namespaces(), ids=lambda p: str(p.relative_to(ROOT).parent))
def test_each_module_defines_exactly_the_names_its_star_import_re_exports(init: Path) -> None:
    tree = ast.parse(init.read_text(encoding="utf-8"))
    names = _map(tree)
    checking = next(n for n in tree.body if isinstance(n, ast.If) and getattr(n.test, "id", "") == "TYPE_CHECKING")
    stars = [n.module for n in checking.body
             if isinstance(n, ast.ImportFrom) and n.level == 1 and [a.name for a in n.names] == ["*"]]
    assert sorted(f".{m}" for m in stars) == sorted(names), "one star import per module of the map"
    seen: dict[str, str] = {}
    for module, listed in names.items():
        defined = _defined(ast.parse((init.parent / f"{module[1:]}.py").read_text(encoding="utf-8")))
        assert defined == set(listed), f"{module}: defines {sorted(defined ^ set(listed))} unlike the map"
        for name in listed:
            assert name not in seen, f"{name} in both {seen.get(name)} and {module}"
            seen[name] = module

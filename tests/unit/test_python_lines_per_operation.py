"""The python target emits little code per operation (issue 11: black's cost is per line).

Each operation's request and response plumbing is one `Op` descriptor in its group's module
(`_op_<method> = Op(...)`): the sync method keeps its full signature and docstring, and its
body is one call into the runtime (`_basesdk.BaseSDK._call`); the async method is one line
made from it (`<method>_async = async_twin(<method>)`), unless the operation warns of a
deprecation (then it is written out, its body one call of `_call_async`).
Model modules import only what they use. The budgets below are hand-set: before the Op
descriptors, the same 20-operation synthetic spec gave 55 formatted lines per operation in
resources/, 50 in models/operations/ and 31 in models/shared/; with them, 36 in resources/
before the async twins. Behaviour is covered by the wire and e2e tests.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OPS = 20  # benchmarks/synth_spec.py: 4 resources of 5 operations, 2 resources a tag

# formatted lines per operation, by folder of the package: hand-set budgets (see above)
BUDGET = {"resources": 27, "models/operations": 45, "models/shared": 33}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("lines")
    spec, settings = tmp / "synth.yaml", tmp / "codegen.yaml"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "synth_spec.py"), str(OPS), "-o", str(spec),
                    "--settings", str(settings)], check=True)
    subprocess.run([sys.executable, "-m", "codegen", "generate", "--spec", str(spec), "--settings", str(settings),
                    "--out", str(tmp / "out")], check=True, capture_output=True)
    return tmp / "out" / "python" / "src" / "synthetic_sdk"


@pytest.mark.parametrize("folder", sorted(BUDGET))
def test_lines_per_operation_stay_within_budget(package: Path, folder: str) -> None:
    files = [p for p in (package / folder).glob("*.py") if p.name != "__init__.py"]
    assert files
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in files)
    assert lines / OPS <= BUDGET[folder], f"{folder}: {lines / OPS:.1f} lines per operation"


def test_every_method_body_is_one_call_of_its_operations_descriptor(package: Path) -> None:
    methods = 0
    twins: list[str] = []
    for path in sorted((package / "resources").glob("group_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        descriptors = {t.id for node in tree.body if isinstance(node, ast.Assign)
                       for t in node.targets if isinstance(t, ast.Name)}
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            defined: set[str] = set()
            for fn in cls.body:
                if isinstance(fn, ast.Assign):  # name_async = async_twin(name), after the sync method
                    assert ast.unparse(fn) in (f"{n}_async = async_twin({n})" for n in defined), ast.unparse(fn)
                    twins.append(ast.unparse(fn.targets[0]))
                    continue
                if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    continue
                methods += 1
                defined.add(fn.name)
                ret = fn.body[-1]
                assert isinstance(ret, ast.Return) and ret.value is not None
                call = ret.value.value if isinstance(ret.value, ast.Await) else ret.value
                assert isinstance(call, ast.Call)
                expected = "_call_async" if isinstance(fn, ast.AsyncFunctionDef) else "_call"
                assert ast.unparse(call.func) == f"self.{expected}"
                name = fn.name.removesuffix("_async") if isinstance(fn, ast.AsyncFunctionDef) else fn.name
                assert ast.unparse(call.args[0]) == f"_op_{name}" and f"_op_{name}" in descriptors
                assert ast.unparse(call.args[1]) == "locals()"
                assert fn.args.kwonlyargs[-3:] and [a.arg for a in fn.args.kwonlyargs[-3:]] == \
                    ["retries", "server_url", "timeout_ms"]
    # a sync method per operation, and its async twin (no operation of the spec is deprecated)
    assert (methods, len(twins), len(set(twins))) == (OPS, OPS, OPS)


def test_model_modules_import_only_what_they_use(package: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--isolated", "--select", "F401",
                        "--output-format", "concise", str(package / "models" / "operations"),
                        str(package / "models" / "shared"), "--exclude", "__init__.py"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr

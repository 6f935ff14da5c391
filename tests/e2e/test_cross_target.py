"""Each real spec rendered with the *other* Python target: Leap with `python`, Leonardo with
`python-flat`. Exit 0 must mean a working package: it installs, imports, passes
`mypy --strict`, and every operation it has can be called against the spec-driven mock
server on 127.0.0.1 (the server checks the request; the SDK must parse the answer).

The specs are copied with the few edits that each target needs, all of them changes a
spec author would make (the generator reports each one with a pointer otherwise):

* Leap for `python`: its one multipart/form-data operation is left out (the `python`
  target rejects that content type with exit 2 and a pointer);
* Leonardo for `python-flat`: the component `uuid` would be the module `model/uuid.py`,
  which shadows the standard library module the generated code imports, so it is renamed;
  request body fields that have a path parameter's name (`id`) get `x-py-name: body_<name>`,
  as the flat style puts both into one keyword list.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.cli import main as codegen_main
from codegen.targets import python_names as pn

from .mockserver import FULL, MockServer
from .plans import ROOT, Planner, flat_call, to_python_names, write_plan
from .venvs import Venv, run_in_venv

TOKEN = "sk-cross-SECRET-0451"
DRIVERS = Path(__file__).parent / "drivers"


def _leap_for_python(spec: dict[str, Any]) -> dict[str, Any]:
    for path, item in list(spec["paths"].items()):
        for method, op in list(item.items()):
            if isinstance(op, dict) and "multipart/form-data" in (op.get("requestBody") or {}).get("content", {}):
                del item[method]
        if not item:
            del spec["paths"][path]
    return spec


def _leonardo_for_flat(spec: dict[str, Any]) -> dict[str, Any]:
    text = json.dumps(spec).replace('"#/components/schemas/uuid"', '"#/components/schemas/UuidString"')
    spec = json.loads(text)
    schemas = spec["components"]["schemas"]
    schemas["UuidString"] = schemas.pop("uuid")
    for item in spec["paths"].values():
        for op in item.values():
            if not isinstance(op, dict) or "requestBody" not in op:
                continue
            names = set()
            for p in op.get("parameters", []):
                if "$ref" in p:
                    p = spec["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]
                names.add(p["name"])
            schema = op["requestBody"]["content"].get("application/json", {}).get("schema", {})
            for name, prop in schema.get("properties", {}).items():
                if name in names:
                    prop["x-py-name"] = "body_" + name
    return spec


CASES = {
    # id: (api, template, package, sdk class, spec edit, operations expected)
    "leap-python": ("leap", "python", "leap_std", "LeapStd", _leap_for_python, 10),
    "leonardo-python-flat": ("leonardo", "python-flat", "leonardo_flat", "LeonardoFlat", _leonardo_for_flat, 40),
}


class Rendered:
    def __init__(self, case: str, root: Path) -> None:
        api, template, package, sdk_class, edit, count = CASES[case]
        self.api, self.template, self.package, self.sdk_class, self.count = api, template, package, sdk_class, count
        spec = yaml.safe_load((ROOT / "spec" / api / "openapi.yaml").read_text(encoding="utf-8"))
        self.spec = root / "openapi.yaml"
        self.spec.write_text(yaml.safe_dump(edit(spec), sort_keys=False, allow_unicode=True), encoding="utf-8")
        self.settings = root / "codegen.yaml"
        self.settings.write_text(yaml.safe_dump({"spec": "openapi.yaml", "targets": [{
            "name": "python", "template": template, "distribution": package.replace("_", "-"),
            "package": package, "sdk_class": sdk_class, "version": "1.0.0"}]}), encoding="utf-8")
        self.out = root / "out"
        self.exit = codegen_main(["generate", "--spec", str(self.spec), "--settings", str(self.settings),
                                  "--out", str(self.out)])
        self.package_dir = self.out / "python"


@pytest.fixture(scope="module", params=sorted(CASES))
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Rendered, Path]:
    r = Rendered(request.param, tmp_path_factory.mktemp(request.param))
    assert r.exit == 0, f"codegen generate exited {r.exit} for {request.param}"
    python = Venv(tmp_path_factory.mktemp("venv-" + request.param)).install(r.package_dir, extra=["mypy==2.4.1"])
    return r, python


def test_package_imports_and_passes_mypy_strict(rendered: tuple[Rendered, Path]) -> None:
    r, python = rendered
    imp = run_in_venv(python, f"import {r.package}; print({r.package}.{r.sdk_class}.__name__)", timeout=120)
    assert imp.rc == 0 and imp.stdout.strip() == r.sdk_class, imp.stderr
    res = run_in_venv(python, None, ["--strict", "--no-incremental", "-p", r.package], module="mypy", timeout=600)
    assert res.rc == 0, f"mypy --strict failed on {r.package} ({r.template}):\n{res.stdout}\n{res.stderr}"


def test_every_operation_against_a_loopback_server(rendered: tuple[Rendered, Path], tmp_path: Path) -> None:
    r, python = rendered
    planner = Planner(r.api, spec=r.spec, settings=r.settings)
    ops = planner.api.operations
    assert len(ops) == r.count
    planned = [planner.plan(op, mode=FULL, body_as="python" if r.template == "python" else "wire") for op in ops]
    if r.template == "python":
        calls: list[dict[str, Any]] = [p.call for p in planned]
        driver = DRIVERS / "python_target_driver.py"
    else:
        calls = [flat_call(planner, p) for p in planned]
        driver = DRIVERS / "python_flat_driver.py"
    with MockServer(r.spec, token=TOKEN) as server:
        plan = write_plan(tmp_path / "plan.json", r.package, r.sdk_class, server.base_url, TOKEN,
                          calls)
        result = run_in_venv(python, driver, [str(plan)], timeout=300)
        assert result.rc == 0, result.stderr
        assert server.violations == []
        requests = list(server.requests)
    results = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(results) == len(planned)
    failed = [(p.op.operation_id, res) for p, res in zip(planned, results) if not res["ok"]]
    assert failed == []
    assert len(requests) == len(planned)
    for p, req, res in zip(planned, requests, results):
        name = p.op.operation_id
        assert res["ok"], (name, res)
        assert req.operation_id == name and req.method == p.method
        assert req.json == p.json if p.json is not None else not req.has_json, name
        sent = json.loads(req.response_body) if req.response_body else None
        if r.template == "python":
            got = res["object"]
        else:  # the flat style's bodies are keyed by the Python field names
            got = res["body"]
            sent = to_python_names(planner.api, sent, p.op.success.type if p.op.success else None)
        assert got == sent, name  # parsed completely: nothing lost or invented
        assert TOKEN not in json.dumps(res)


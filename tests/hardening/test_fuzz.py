"""Property-based fuzzing of the generator (hypothesis).

1. Random valid specs from a small grammar (objects with primitive, enum, array and $ref
   fields, required or not, nullable or not; GET by id, list, POST with a body), rendered
   with both Python targets: `codegen generate` exits 0, every module compiles, the package
   imports, and every operation round-trips a request and a response through the
   spec-driven mock server on 127.0.0.1 (the server checks the request against the spec,
   the SDK must parse the spec-shaped answer).
2. Random byte mutations of the real specs: the generator never crashes. Every run ends in
   exit 0 or a CodegenError (exit 2); anything else is a finding.

CI runs FUZZ_EXAMPLES (default 4 specs, 25 mutations per real spec) with a fixed seed
(hypothesis' derandomize). A longer, random run:

    FUZZ_EXAMPLES=200 FUZZ_RANDOM=1 .venv/bin/python -m pytest tests/hardening/test_fuzz.py -p no:cacheprovider
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.cli import main as codegen_main
from codegen.errors import CodegenError
from codegen.pipeline import load_api
from codegen.render import render
from codegen.settings import load_settings

from tests.e2e.mockserver import FULL, MockServer
from tests.e2e.plans import Planner, flat_call

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "4"))
MUTATIONS = int(os.environ.get("FUZZ_MUTATIONS", str(max(25, EXAMPLES * 6))))
FIXED = os.environ.get("FUZZ_RANDOM", "") != "1"
DRIVERS = ROOT / "tests" / "e2e" / "drivers"
TOKEN = "fuzz-SECRET-token"
COMMON = dict(deadline=None, derandomize=FIXED, suppress_health_check=list(HealthCheck), database=None)

WORDS = ["item", "user", "order", "price", "tag", "note", "size", "color", "owner", "count", "label", "state"]

# -- the grammar -----------------------------------------------------------------------------
primitive = st.sampled_from([{"type": "string"}, {"type": "integer"}, {"type": "number"}, {"type": "boolean"},
                             {"type": "string", "format": "date-time"}, {"type": "string", "format": "uuid"}])
enum_schema = st.lists(st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True), min_size=1, max_size=4,
                       unique=True).map(lambda vs: {"type": "string", "enum": vs})


@st.composite
def field_schema(draw: st.DrawFn, earlier: list[str]) -> dict[str, Any]:
    kinds = ["primitive", "enum", "array"] + (["ref", "ref-array"] if earlier else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "primitive":
        schema = dict(draw(primitive))
    elif kind == "enum":
        schema = draw(enum_schema)
    elif kind == "array":
        schema = {"type": "array", "items": draw(primitive)}
    elif kind == "ref":
        return {"$ref": f"#/components/schemas/{draw(st.sampled_from(earlier))}"}
    else:
        return {"type": "array", "items": {"$ref": f"#/components/schemas/{draw(st.sampled_from(earlier))}"}}
    if draw(st.booleans()):
        schema["nullable"] = True
    if draw(st.booleans()):
        schema["description"] = draw(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]),
                                             max_size=30))
    return schema


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    n_models = draw(st.integers(1, 4))
    schemas: dict[str, Any] = {}
    for i in range(n_models):
        name = f"{draw(st.sampled_from(WORDS)).capitalize()}Model{i}"
        props: dict[str, Any] = {}
        for j in range(draw(st.integers(1, 5))):
            props[f"{draw(st.sampled_from(WORDS))}{j}"] = draw(field_schema(list(schemas)))
        required = draw(st.lists(st.sampled_from(sorted(props)), unique=True, max_size=len(props)))
        schema: dict[str, Any] = {"type": "object", "properties": props}
        if required:
            schema["required"] = required
        schemas[name] = schema
    paths: dict[str, Any] = {}
    for i, name in enumerate(schemas):
        ref = {"$ref": f"#/components/schemas/{name}"}
        one = {"200": {"description": "One.", "content": {"application/json": {"schema": ref}}}}
        many = {"200": {"description": "Many.", "content": {"application/json": {
            "schema": {"type": "array", "items": ref}}}}}
        id_param = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
        paths[f"/res{i}/{{id}}"] = {"get": {"operationId": f"getRes{i}", "tags": ["Main"], "parameters": [id_param],
                                            "responses": one}}
        item: dict[str, Any] = {"get": {"operationId": f"listRes{i}", "tags": ["Main"], "responses": many,
                                        "parameters": [{"name": "limit", "in": "query",
                                                        "schema": {"type": "integer"}}]}}
        if draw(st.booleans()):
            item["post"] = {"operationId": f"createRes{i}", "tags": ["Main"], "responses": one,
                            "requestBody": {"required": True, "content": {"application/json": {"schema": ref}}}}
        paths[f"/res{i}"] = item
    return {"openapi": "3.0.3", "info": {"title": "Fuzz", "version": "1"},
            "servers": [{"url": "https://api.example.com/v1"}], "security": [{"bearer": []}],
            "tags": [{"name": "Main"}], "paths": paths,
            "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}, "schemas": schemas}}


def _settings(folder: Path, template: str, package: str) -> Path:
    path = folder / f"codegen-{template}.yaml"
    path.write_text(yaml.safe_dump({"spec": "openapi.yaml", "targets": [{
        "name": template, "template": template, "distribution": package.replace("_", "-"), "package": package,
        "sdk_class": "FuzzSDK", "version": "1.0.0"}]}), encoding="utf-8")
    return path


def _round_trip(folder: Path, spec: Path, template: str) -> None:
    package = "fuzz_std" if template == "python" else "fuzz_flat"
    settings_path = _settings(folder, template, package)
    out = folder / "out"
    rc = codegen_main(["generate", "--spec", str(spec), "--settings", str(settings_path), "--out", str(out),
                       "-j", "1"])
    assert rc == 0, f"codegen generate exited {rc} on a valid spec ({template}):\n{spec.read_text()}"
    src = out / template / "src"
    for py in sorted(src.rglob("*.py")):
        compile(py.read_bytes(), str(py), "exec")
    planner = Planner("fuzz", spec=spec, settings=settings_path)
    body_as = "python" if template == "python" else "wire"
    planned = [planner.plan(op, mode=FULL, body_as=body_as) for op in planner.api.operations]
    calls = [p.call for p in planned] if template == "python" else [flat_call(planner, p) for p in planned]
    driver = DRIVERS / ("python_target_driver.py" if template == "python" else "python_flat_driver.py")
    with MockServer(spec, token=TOKEN) as server:
        plan = folder / "plan.json"
        plan.write_text(json.dumps({"package": package, "sdk_class": "FuzzSDK", "server_url": server.base_url,
                                    "token": TOKEN, "calls": calls}), encoding="utf-8")
        proc = subprocess.run([sys.executable, str(driver), str(plan)], capture_output=True, text=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(src)}, stdin=subprocess.DEVNULL)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert server.violations == [], server.violations
    results = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert len(results) == len(planned)
    failed = [(p.op.operation_id, r) for p, r in zip(planned, results) if not r["ok"]]
    assert failed == [], f"{template}: calls failed\n{failed}\n{spec.read_text()}"


@settings(max_examples=EXAMPLES, **COMMON)  # type: ignore[arg-type]
@given(spec=specs())
def test_random_valid_specs_generate_working_packages(spec: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
        folder = Path(tmp)
        path = folder / "openapi.yaml"
        path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True), encoding="utf-8")
        cwd = os.getcwd()
        os.chdir(folder)
        try:
            for template in ("python", "python-flat"):
                _round_trip(folder, path, template)
        finally:
            os.chdir(cwd)


# -- mutations of the real specs --------------------------------------------------------------
def _mutation_run(api: str, data: bytes, template: str) -> None:
    with tempfile.TemporaryDirectory(prefix="mutant-") as tmp:
        folder = Path(tmp)
        (folder / "openapi.yaml").write_bytes(data)
        settings_path = _settings(folder, template, "mutant_sdk")
        settings = dataclasses.replace(load_settings(settings_path), spec_path=folder / "openapi.yaml")
        try:
            loaded = load_api(settings)
            for target in settings.targets:
                for path, text in render(loaded.api, target).items():
                    if path.suffix == ".py":  # what black would be given must be Python
                        compile(text, str(path), "exec")
        except CodegenError:
            pass  # exit 2: a problem reported with its place in the spec


def _mutations(text: bytes) -> st.SearchStrategy[bytes]:
    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(text)
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(data) - 1))
            op = draw(st.sampled_from(["flip", "delete", "insert", "duplicate-line"]))
            if op == "flip":
                data[at] = draw(st.integers(0, 255))
            elif op == "delete":
                del data[at:at + draw(st.integers(1, 40))]
            elif op == "insert":
                data[at:at] = draw(st.sampled_from([b"\x00", b"*", b"&a ", b"[", b"{", b"$ref: x", b": ", b"\n- ",
                                                    b"\xff", b"'", b"~1", b"\t"]))
            else:
                start = data.rfind(b"\n", 0, at) + 1
                end = data.find(b"\n", at)
                data[start:start] = data[start:end + 1 if end >= 0 else len(data)]
        return bytes(data)
    return mutate()


LEAP = (ROOT / "spec" / "leap" / "openapi.yaml").read_bytes()
LEONARDO = (ROOT / "spec" / "leonardo" / "openapi.yaml").read_bytes()


@settings(max_examples=MUTATIONS, **COMMON)  # type: ignore[arg-type]
@given(data=_mutations(LEAP), template=st.sampled_from(["python", "python-flat"]))
def test_mutations_of_the_leap_spec_never_crash(data: bytes, template: str) -> None:
    _mutation_run("leap", data, template)


@settings(max_examples=max(4, MUTATIONS // 5), **COMMON)  # type: ignore[arg-type]
@given(data=_mutations(LEONARDO), template=st.sampled_from(["python", "python-flat"]))
def test_mutations_of_the_leonardo_spec_never_crash(data: bytes, template: str) -> None:
    _mutation_run("leonardo", data, template)

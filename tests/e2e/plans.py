"""Call plans for the SDK drivers, derived from the IR (names) and the spec (values).

The IR says what the SDK calls things (group attribute, method, keyword names, Python
field names); the spec, through mockserver.SchemaValidator, gives valid values (uuid
patterns included, so Prism accepts them too). The expected request is what the
server must see on the wire: the spec's names, nothing the caller did not set.
"""

from __future__ import annotations

import dataclasses
import json
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen.ir import ARRAY, MAP, MODEL, Api, Operation, TypeRef
from codegen.pipeline import load_api
from codegen.settings import load_settings
from codegen.targets import python_names as pn

from .mockserver import FULL, SchemaValidator, load_spec

ROOT = Path(__file__).resolve().parents[2]


def load_ir(api: str) -> Api:
    return load_api(load_settings(ROOT / "spec" / api / "codegen.yaml", api=api)).api


@dataclass
class PlannedCall:
    op: Operation
    call: dict[str, Any]  # what the driver gets
    method: str
    path: str  # the path the server must see (after the base path), percent-encoded
    query: dict[str, list[str]]
    json: Any  # the body the server must see, or None


def wire_value(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    return str(value)


def to_python_names(api: Api, value: Any, t: TypeRef | None) -> Any:
    """A wire-keyed instance re-keyed with the SDK's Python field names (recursively)."""
    if t is None or value is None:
        return value
    if t.kind == MODEL and t.ref and isinstance(value, dict):
        fields = {f.names.wire: f for f in api.model(t.ref).fields}
        return {
            (pn.field_name(fields[k]) if k in fields else k): to_python_names(api, v, fields[k].type if k in fields else None)
            for k, v in value.items()
        }
    if t.kind == ARRAY and isinstance(value, list):
        return [to_python_names(api, v, t.items) for v in value]
    if t.kind == MAP and isinstance(value, dict):
        return {k: to_python_names(api, v, t.items) for k, v in value.items()}
    return value


class Planner:
    def __init__(self, api_name: str, spec: Path | None = None, settings: Path | None = None) -> None:
        """Plans for spec/<api_name>/, or for another spec file and its settings file."""
        if spec is not None and settings is not None:
            loaded = load_settings(settings, api=api_name)
            self.api = load_api(dataclasses.replace(loaded, spec_path=spec.resolve())).api
        else:
            self.api = load_ir(api_name)
            spec = ROOT / "spec" / api_name / "openapi.yaml"
        self.spec = load_spec(spec)
        self.validator = SchemaValidator(self.spec)

    def group_of(self, op: Operation) -> str:
        return pn.group_attr(self.api.group_of(op))

    def raw_op(self, op: Operation) -> dict[str, Any]:
        return self.spec["paths"][op.path][op.method.lower()]

    def param_schema(self, op: Operation, wire: str, location: str) -> Any:
        raw = self.spec["paths"][op.path]
        for p in list(raw.get("parameters") or []) + list(self.raw_op(op).get("parameters") or []):
            p = self.validator.resolve(p)
            if p.get("name") == wire and p.get("in") == location:
                return p.get("schema", {})
        raise KeyError(wire)

    def body_schema(self, op: Operation) -> Any:
        rb = self.validator.resolve(self.raw_op(op)["requestBody"])
        return rb["content"][op.body.content_type]["schema"] if op.body else None

    def plan(self, op: Operation, *, mode: str = FULL, body_as: str = "python", is_async: bool = False,
             optional_params: bool = True) -> PlannedCall:
        kwargs: dict[str, Any] = {}
        path = op.path
        query: dict[str, list[str]] = {}
        for p in op.params:
            if not p.required and not optional_params:
                continue
            value = self.validator.generate(self.param_schema(op, p.names.wire, p.location), FULL, p.names.wire,
                                            direction="request")
            kwargs[pn.param_name(p)] = value
            if p.location == "path":
                path = path.replace("{" + p.names.wire + "}", urllib.parse.quote(wire_value(value), safe=""))
            elif p.location == "query":
                query[p.names.wire] = [wire_value(v) for v in value] if isinstance(value, list) else [wire_value(value)]
        body = None
        body_arg = None
        body_model = None
        if op.body is not None:
            body = self.validator.generate(self.body_schema(op), mode, "body", direction="request")
            body_arg = "request_body" if op.params else "request"
            body_model = pn.table(self.api).cls(op.body.type.ref or "") if op.body.type.kind == MODEL else None
            kwargs[body_arg] = to_python_names(self.api, body, op.body.type) if body_as == "python" else body
        call = {
            "group": self.group_of(op),
            "method": pn.method(op),
            "kwargs": kwargs,
            "body_arg": body_arg,
            "body_model": body_model,
            "body_as": "model" if body_as == "model" else "dict",
            "async": is_async,
        }
        return PlannedCall(op, call, op.method, path, query, body)


def flat_call(planner: Planner, planned: PlannedCall) -> dict[str, Any]:
    """The call of the python-flat style for a plan made with body_as="wire": an object body
    is passed field by field (Python names, values re-keyed), any other body as `body`."""
    op, call, body = planned.op, planned.call, planned.json
    kwargs = {k: v for k, v in call["kwargs"].items() if k != call["body_arg"]}
    if op.body is not None and op.body.type.kind == MODEL and not op.body.type.nullable and op.body.type.ref:
        fields = {f.names.wire: f for f in planner.api.model(op.body.type.ref).fields}
        kwargs.update({pn.field_name(fields[k]): to_python_names(planner.api, v, fields[k].type)
                       for k, v in body.items()})
    elif op.body is not None:
        kwargs["body"] = to_python_names(planner.api, body, op.body.type)
    return {"group": call["group"], "method": call["method"], "kwargs": kwargs}


def write_plan(path: Path, package: str, sdk_class: str, server_url: str, token: str,
               calls: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps({"package": package, "sdk_class": sdk_class, "server_url": server_url,
                                "token": token, "calls": calls}), encoding="utf-8")
    return path


def doc_blocks(tree: Path) -> list[tuple[str, str]]:
    """Every ```python block of every page under a generated docs tree, named page#index."""
    blocks = []
    for page in sorted(tree.rglob("*.md")):
        for i, block in enumerate(re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S)):
            blocks.append((f"{page.relative_to(tree)}#{i}", block))
    return blocks


# The loop of a docs runner: exec each block in a fresh namespace, one "@@"-prefixed JSON line
# per block (the blocks themselves may print anything). The runner sets the SDK up before it.
EXEC_BLOCKS = r'''
import json as _json, sys as _sys, traceback as _traceback
for _name, _code in _json.load(open(_sys.argv[1])):
    try:
        exec(compile(_code, _name, "exec"), {"__name__": "__docs__"})
        print("@@" + _json.dumps({"block": _name, "ok": True}))
    except BaseException:
        print("@@" + _json.dumps({"block": _name, "ok": False, "error": _traceback.format_exc()}))
'''

"""Call every operation of a generated `python` SDK against Prism (the corpus script's
`--prism` sample).

Arguments come from the IR: the spec's examples where it gives them, else values of the
declared type and format (an enum's first value, required fields only). The SDK is given
a credential for every security scheme. A call passes when it returns a parsed 2xx
response, or raises an error whose status the operation documents. Calls that Prism itself
says it cannot serve are counted apart, with the reason: a spec path with a fragment
(`/#X-Amz-Target=...` in AWS JSON specs; the SDK rightly sends `/`, so Prism matches no
route) and a response schema Prism cannot build a body for (SCHEMA_TOO_COMPLEX).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CALL_TIMEOUT_S = 600

_FORMATS = {
    "date-time": "2024-01-02T03:04:05Z",
    "date": "2024-01-02",
    "time": "03:04:05",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "email": "user@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "byte": "eA==",
}

DRIVER = r'''
import json, sys, traceback
calls = json.loads(open(sys.argv[1]).read())
base_url = sys.argv[2]
from corpus_sdk import sdk as sdk_module
from corpus_sdk.models.errors import SDKError
credentials = json.loads(sys.argv[3])
for k, v in list(credentials.items()):
    if isinstance(v, list):
        credentials[k] = tuple(v)
s = sdk_module.CorpusSDK(server_url=base_url, timeout_ms=20000, **credentials)
results = []
for call in calls:
    kwargs = call["kwargs"]
    for k in call.get("bytes", []):
        kwargs[k] = kwargs[k].encode()
    try:
        res = getattr(getattr(s, call["group"]), call["method"])(**kwargs)
        results.append({"op": call["op"], "ok": 200 <= res.status_code < 300, "status": res.status_code})
    except SDKError as exc:
        documented = any(k == str(exc.status_code) or k.upper() == str(exc.status_code)[0] + "XX"
                         or k == "default" for k in call["documented"])
        limit = ""  # Prism's own errors that say it cannot serve this operation (its type URLs)
        if exc.status_code == 404 and "NO_PATH_MATCHED_ERROR" in exc.body and "#" in call["path"]:
            limit = "the spec's path has a fragment (#), which no HTTP request carries"
        elif exc.status_code == 500 and "SCHEMA_TOO_COMPLEX" in exc.body:
            limit = "Prism could not build a response from the schema"
        results.append({"op": call["op"], "ok": documented and not limit, "status": exc.status_code,
                        "limit": limit, "error": exc.message[:200] + " " + exc.body[:1000]})
    except Exception as exc:
        results.append({"op": call["op"], "ok": False, "error": f"{type(exc).__name__}: {str(exc)[:300]}"})
print(json.dumps(results))
'''


def resolve(doc: Any, pointer: str) -> Any:
    """The node of a local JSON pointer (`#/paths/~1a/get`), or None."""
    node = doc
    for part in pointer.lstrip("#").split("/")[1:]:
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def constraints(doc: Any, node: Any, depth: int = 0) -> dict[str, Any]:
    """pattern, minLength and maxLength of a string schema (through $ref, allOf and a
    parameter's schema), as the spec writes them: the IR does not keep them."""
    if depth > 8 or not isinstance(node, dict):
        return {}
    out: dict[str, Any] = {}
    if isinstance(node.get("$ref"), str) and node["$ref"].startswith("#"):
        out.update(constraints(doc, resolve(doc, node["$ref"]), depth + 1))
    for sub in ([node["schema"]] if "schema" in node else []) + list(node.get("allOf") or []):
        for k, v in constraints(doc, sub, depth + 1).items():
            out.setdefault(k, v)
    out.update({k: node[k] for k in ("pattern", "minLength", "maxLength") if k in node})
    return out


def from_pattern(pattern: str) -> str | None:
    """A short string that `pattern` matches (searched, as JSON Schema does), or None."""
    import re

    import re._parser as sre  # type: ignore[import-not-found]  # (Python 3.11+: sre_parse's home)
    try:
        parsed = sre.parse(pattern)
    except Exception:  # noqa: BLE001 - a dialect Python does not read
        return None

    def one_of(items: list[Any]) -> str:
        negate = any(str(op) == "NEGATE" for op, _ in items)
        chars = set()
        for op, av in items:
            op = str(op)
            if op == "LITERAL":
                chars.add(chr(av))
            elif op == "RANGE":
                chars.update(chr(x) for x in range(av[0], min(av[1], av[0] + 64) + 1))
            elif op == "CATEGORY":
                cat = str(av)
                chars.update("0" if "DIGIT" in cat and "NOT" not in cat else " " if "SPACE" in cat and "NOT" not in
                             cat else "a")
        if negate:
            return next(ch for ch in "aA0_-" if ch not in chars)
        return min(chars, key=lambda ch: (not ch.isalnum(), ch)) if chars else "a"

    def walk(seq: Any) -> str:
        out = []
        for op, av in seq:
            op = str(op)
            if op == "LITERAL":
                out.append(chr(av))
            elif op == "NOT_LITERAL":
                out.append("a" if chr(av) != "a" else "b")
            elif op == "ANY":
                out.append("a")
            elif op == "IN":
                out.append(one_of(av))
            elif op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, _high, sub = av
                out.append(walk(sub) * low)
            elif op == "SUBPATTERN":
                out.append(walk(av[-1]))
            elif op == "ATOMIC_GROUP":
                out.append(walk(av))
            elif op == "BRANCH":
                out.append(walk(av[1][0]))
        return "".join(out)

    text = walk(parsed)
    try:
        return text if re.search(pattern, text) else None
    except re.error:
        return None


def example(api: Any, t: Any, depth: int = 0, doc: Any = None, node: Any = None) -> Any:
    """A value of type `t`; `node` is the spec's schema (or parameter) of this place, whose
    pattern and length a string follows."""
    from codegen.ir import (
        ANY,
        ARRAY,
        BINARY,
        BOOLEAN,
        ENUM,
        INTEGER,
        MAP,
        MODEL,
        NUMBER,
        STRING,
        UNION,
    )

    if t.kind == ENUM and t.ref:
        return api.enum(t.ref).values[0].value
    if t.kind == STRING:
        text = _FORMATS.get(t.format or "", "string")
        limits = constraints(doc, node) if doc is not None else {}
        if isinstance(limits.get("pattern"), str):
            text = from_pattern(limits["pattern"]) or text
        if isinstance(limits.get("maxLength"), int):
            text = text[: limits["maxLength"]]
        if isinstance(limits.get("minLength"), int) and len(text) < limits["minLength"]:
            text += "a" * (limits["minLength"] - len(text))
        return text
    if t.kind == INTEGER:
        return 1
    if t.kind == NUMBER:
        return 1.5
    if t.kind == BOOLEAN:
        return True
    if t.kind == ARRAY:
        items = (node or {}).get("items") if isinstance(node, dict) else None
        return [example(api, t.items, depth + 1, doc, items)] if depth < 6 and t.items is not None else []
    if t.kind == MODEL and t.ref:
        if depth > 6:
            return {}
        model = api.model(t.ref)
        out = {}
        for f in model.fields:
            if f.required:
                out[f.names.wire] = f.example if f.has_example else example(
                    api, f.type, depth + 1, doc, resolve(doc, f.pointer) if doc is not None else None)
        return out
    if t.kind == BINARY:
        return "data"
    if t.kind in (MAP, ANY):
        return {}
    if t.kind == UNION and t.members:
        # a string member first: in a path or query, "1" would match both integer and string,
        # and a oneOf takes exactly one (github's workflow_id); else the first member
        member = next((m for m in t.members if m.kind == STRING and not m.format), t.members[0])
        return example(api, member, depth + 1, doc, None)
    return None


def plan(api: Any, doc: Any = None) -> list[dict[str, Any]]:
    """One call per operation: the SDK method and keyword arguments (strings following the
    spec's pattern and lengths where `doc`, the spec's data, is given)."""
    from codegen.ir import BINARY_MEDIA, TEXT_MEDIA
    from codegen.targets import python_names as pn

    group_of = {op.operation_id: g for g in api.groups for op in g.operations}
    calls = []
    for op in api.operations:
        kwargs: dict[str, Any] = {}
        as_bytes = []
        for p in op.params:
            if p.required:
                kwargs[pn.param_name(p)] = p.example if p.has_example and p.example is not None else example(
                    api, p.type, 0, doc, resolve(doc, p.pointer) if doc is not None else None)
        if op.body is not None and op.body.required:
            name = "request_body" if op.params else "request"
            if op.body.kind == BINARY_MEDIA:
                kwargs[name] = "data"
                as_bytes.append(name)
            elif op.body.kind == TEXT_MEDIA:
                kwargs[name] = "text"
            else:
                kwargs[name] = op.body.example if op.body.has_example else example(api, op.body.type, 0, doc)
        documented = [r.status for r in op.responses]
        calls.append({"op": op.operation_id, "path": op.path, "group": pn.group_attr(group_of[op.operation_id]),
                      "method": pn.method(op), "kwargs": kwargs, "bytes": as_bytes, "documented": documented})
    return calls


def credentials(api: Any) -> dict[str, Any]:
    from codegen.ir import HTTP_BASIC
    from codegen.python_common import scheme_arg

    return {scheme_arg(s): ["user", "pass"] if s.kind == HTTP_BASIC else "token-123" for s in api.schemes}


def _spec_data(spec: Path) -> Any:
    import yaml

    text = spec.read_text(encoding="utf-8")
    return json.loads(text) if spec.suffix == ".json" else yaml.safe_load(text)


def call_every_operation(spec: Path, out: Path) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from codegen.pipeline import load_api
    from codegen.settings import load_settings
    from tests.e2e.prism import prism_server

    settings = load_settings(out / "codegen.yaml", api="corpus")
    api = load_api(settings).api
    calls = plan(api, _spec_data(spec))
    calls_file = out / "prism-calls.json"
    calls_file.write_text(json.dumps(calls, default=str))
    report: dict[str, Any] = {"operations": len(calls), "ok": 0, "failures": []}
    try:
        with prism_server(spec, seed=1, dynamic=False) as base_url:
            proc = subprocess.run([sys.executable, "-c", DRIVER, str(calls_file), base_url,
                                   json.dumps(credentials(api))], cwd=out / "python" / "src", capture_output=True,
                                  text=True, timeout=CALL_TIMEOUT_S, stdin=subprocess.DEVNULL,
                                  env={**os.environ, "PYTHONPATH": str(out / "python" / "src")})
    except Exception as exc:  # noqa: BLE001 - Prism refusing a spec is a result too
        report["failures"].append(f"prism: {type(exc).__name__}: {str(exc)[:300]}")
        return report
    if proc.returncode != 0:
        report["failures"].append(f"driver exit {proc.returncode}: {proc.stderr.strip()[-400:]}")
        return report
    results = json.loads(proc.stdout.strip().splitlines()[-1])
    report["ok"] = sum(1 for r in results if r["ok"])
    report["failures"] = [f"{r['op']}: {r.get('status', '')} {r.get('error', '')}" for r in results
                          if not r["ok"] and not r.get("limit")]
    report["prism_limits"] = [f"{r['op']}: {r['limit']}" for r in results if r.get("limit")]
    report["results"] = results
    return report

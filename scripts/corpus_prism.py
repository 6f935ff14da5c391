"""Call every operation of a generated `python` SDK against Prism (the corpus script's
`--prism` sample).

Arguments come from the IR: the spec's examples where it gives them, else values of the
declared type and format (an enum's first value, required fields only). The SDK is given
a credential for every security scheme. A call passes when it returns a parsed 2xx
response, or raises an error whose status the operation documents.
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
        results.append({"op": call["op"], "ok": documented, "status": exc.status_code,
                        "error": exc.message[:200] + " " + exc.body[:1000]})
    except Exception as exc:
        results.append({"op": call["op"], "ok": False, "error": f"{type(exc).__name__}: {str(exc)[:300]}"})
print(json.dumps(results))
'''


def example(api: Any, t: Any, depth: int = 0) -> Any:
    from codegen.ir import ANY, ARRAY, BINARY, BOOLEAN, ENUM, INTEGER, MAP, MODEL, NUMBER, STRING

    if t.kind == ENUM and t.ref:
        return api.enum(t.ref).values[0].value
    if t.kind == STRING:
        return _FORMATS.get(t.format or "", "string")
    if t.kind == INTEGER:
        return 1
    if t.kind == NUMBER:
        return 1.5
    if t.kind == BOOLEAN:
        return True
    if t.kind == ARRAY:
        return [example(api, t.items, depth + 1)] if depth < 6 and t.items is not None else []
    if t.kind == MODEL and t.ref:
        if depth > 6:
            return {}
        model = api.model(t.ref)
        out = {}
        for f in model.fields:
            if f.required:
                out[f.names.wire] = f.example if f.has_example else example(api, f.type, depth + 1)
        return out
    if t.kind == BINARY:
        return "data"
    if t.kind in (MAP, ANY):
        return {}
    return None


def plan(api: Any) -> list[dict[str, Any]]:
    """One call per operation: the SDK method and keyword arguments."""
    from codegen.ir import BINARY_MEDIA, TEXT_MEDIA
    from codegen.targets import python_names as pn

    group_of = {op.operation_id: g for g in api.groups for op in g.operations}
    calls = []
    for op in api.operations:
        kwargs: dict[str, Any] = {}
        as_bytes = []
        for p in op.params:
            if p.required:
                kwargs[pn.param_name(p)] = p.example if p.has_example and p.example is not None else example(api, p.type)
        if op.body is not None and op.body.required:
            name = "request_body" if op.params else "request"
            if op.body.kind == BINARY_MEDIA:
                kwargs[name] = "data"
                as_bytes.append(name)
            elif op.body.kind == TEXT_MEDIA:
                kwargs[name] = "text"
            else:
                kwargs[name] = op.body.example if op.body.has_example else example(api, op.body.type)
        documented = [r.status for r in op.responses]
        calls.append({"op": op.operation_id, "group": pn.group_attr(group_of[op.operation_id]),
                      "method": pn.method(op), "kwargs": kwargs, "bytes": as_bytes, "documented": documented})
    return calls


def credentials(api: Any) -> dict[str, Any]:
    from codegen.ir import HTTP_BASIC
    from codegen.python_common import scheme_arg

    return {scheme_arg(s): ["user", "pass"] if s.kind == HTTP_BASIC else "token-123" for s in api.schemes}


def call_every_operation(spec: Path, out: Path) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from codegen.pipeline import load_api
    from codegen.settings import load_settings
    from tests.e2e.prism import prism_server

    settings = load_settings(out / "codegen.yaml", api="corpus")
    api = load_api(settings).api
    calls = plan(api)
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
    report["failures"] = [f"{r['op']}: {r.get('status', '')} {r.get('error', '')}" for r in results if not r["ok"]]
    report["results"] = results
    return report

"""Runs inside a fresh venv where a generated SDK of the `python` target is installed.

Reads a JSON plan from argv[1], makes every call it lists with the installed SDK, and
prints one JSON result per call on stdout. It knows nothing about any particular API:
the plan names the package, the SDK class, the group attribute, the method and the
arguments; the test that wrote the plan checks what the server saw.

Plan:   {"package": ..., "sdk_class": ..., "server_url": ..., "token": ...,
         "calls": [{"group", "method", "kwargs", "body_arg", "body_model", "body_as", "async",
                    "retries": [initial, max, exponent, elapsed] | null, "timeout_ms": int | null}]}
Result: {"ok": true, "status_code", "content_type", "object_type", "object"}  or
        {"ok": false, "error_type", "error_module", "message", "status_code", "body", "repr"}
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
from typing import Any


def _dump(obj: Any) -> Any:
    if obj is None:
        return None
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(obj, list):  # an array response
        return [_dump(item) for item in obj]
    return obj


def main() -> None:
    plan = json.loads(open(sys.argv[1], encoding="utf-8").read())
    pkg = importlib.import_module(plan["package"])
    operations = importlib.import_module(plan["package"] + ".models.operations")
    utils = importlib.import_module(plan["package"] + ".utils")
    sdk_cls = getattr(pkg, plan["sdk_class"])
    sdk = sdk_cls(bearer_auth=plan["token"], server_url=plan["server_url"])
    for call in plan["calls"]:
        kwargs = dict(call["kwargs"])
        if call.get("body_as") == "model" and call.get("body_model"):
            model = getattr(operations, call["body_model"], None)
            if model is None:
                shared = importlib.import_module(plan["package"] + ".models.shared")
                model = getattr(shared, call["body_model"])
            kwargs[call["body_arg"]] = model.model_validate(kwargs[call["body_arg"]])
        if call.get("retries"):
            a, b, c, d = call["retries"]
            kwargs["retries"] = utils.RetryConfig("backoff", utils.BackoffStrategy(a, b, c, d), True)
        if call.get("timeout_ms"):
            kwargs["timeout_ms"] = call["timeout_ms"]
        group = getattr(sdk, call["group"])
        try:
            if call.get("async"):
                res = asyncio.run(getattr(group, call["method"] + "_async")(**kwargs))
            else:
                res = getattr(group, call["method"])(**kwargs)
            out = {
                "ok": True,
                "response_type": type(res).__name__,
                "status_code": res.status_code,
                "content_type": res.content_type,
                "raw_status": res.raw_response.status_code,
                "object_type": type(getattr(res, "object", None)).__name__,
                "object": _dump(getattr(res, "object", None)),
            }
        except Exception as exc:  # reported, not raised: the test decides
            out = {
                "ok": False,
                "error_type": type(exc).__name__,
                "error_module": type(exc).__module__,
                "message": str(exc),
                "repr": repr(exc),
                "status_code": getattr(exc, "status_code", None),
                "body": getattr(exc, "body", None),
            }
        out["sdk_repr"] = repr(sdk)
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()

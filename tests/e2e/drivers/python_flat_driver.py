"""Runs inside a fresh venv where a generated SDK of the `python-flat` target is installed.

Reads a JSON plan from argv[1], makes every call it lists with the installed SDK (keyword
arguments as the plan gives them) and prints one JSON result per call on stdout. It knows
nothing about any particular API.

Plan:   {"package", "sdk_class", "server_url", "token", "calls": [{"group", "method", "kwargs"}]}
Result: {"ok": true, "status", "body"}  or  {"ok": false, "error_type", "message", "repr"}
"""

from __future__ import annotations

import decimal
import importlib
import json
import sys
from collections.abc import Mapping
from typing import Any


def plain(value: Any) -> Any:
    """The deserialised body as JSON values (Decimal numbers back to int/float)."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, decimal.Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def main() -> None:
    plan = json.loads(open(sys.argv[1], encoding="utf-8").read())
    pkg = importlib.import_module(plan["package"])
    client = getattr(pkg, plan["sdk_class"])(host=plan["server_url"], access_token=plan["token"])
    for call in plan["calls"]:
        try:
            res = getattr(getattr(client, call["group"]), call["method"])(**call["kwargs"])
            out = {"ok": True, "status": res.status, "body": plain(res.body)}
        except Exception as exc:  # reported, not raised: the test decides
            out = {"ok": False, "error_type": type(exc).__name__, "message": str(exc), "repr": repr(exc)}
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()

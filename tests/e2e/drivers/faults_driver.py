"""Runs inside a fresh venv with a generated SDK installed: one call per plan entry against
the fault server, reporting what the SDK did (JSON lines). Knows the two Python styles:
`python` (the Leonardo package) and `python-flat` (the Leap package), and their extended
runtimes, `python-ext` and `python-flat-ext` (a credential per security scheme: `bearer`).

Plan: {"style", "package", "sdk_class", "group", "method", "kwargs", "token",
       "calls": [{"url", "retries", "connection_errors", "deadline", "read_timeout", "max_bytes"}]}
Result: {"ok", "type", "mro", "elapsed", "str_len", "repr", "body_len", "status", "leak"}
"""

from __future__ import annotations

import importlib
import io
import json
import logging
import sys
import time
from typing import Any


def main() -> None:
    plan = json.loads(open(sys.argv[1], encoding="utf-8").read())
    token = plan["token"]
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    pkg = importlib.import_module(plan["package"])
    for call in plan["calls"]:
        log.seek(0)
        log.truncate()
        flat = plan["style"].startswith("python-flat")
        if not flat:
            utils = importlib.import_module(plan["package"] + ".utils")
            retries = (utils.RetryConfig("backoff", utils.BackoffStrategy(50, 200, 1.5, 5000),
                                         call["connection_errors"]) if call["retries"] else None)
            auth = {"bearer": token} if plan["style"] == "python-ext" else {"bearer_auth": token}
            sdk = getattr(pkg, plan["sdk_class"])(
                **auth, server_url=call["url"], retry_config=retries,
                timeout_ms=int(call["deadline"] * 1000), read_timeout_ms=int(call["read_timeout"] * 1000),
                max_response_bytes=call["max_bytes"])
        else:
            conf = importlib.import_module(plan["package"] + ".configuration")
            retries = (conf.RetryConfig("backoff", conf.BackoffStrategy(50, 200, 1.5, 5000), call["connection_errors"])
                       if call["retries"] else None)
            limits = {"timeout": call["read_timeout"], "deadline": call["deadline"],
                      "max_response_bytes": call["max_bytes"], "retry_config": retries}
            if plan["style"] == "python-flat-ext":
                client = importlib.import_module(plan["package"] + ".client")
                configuration = conf.Configuration(call["url"], schemes=client.SECURITY_SCHEMES,
                                                   credentials={"bearer": token}, **limits)
            else:
                configuration = conf.Configuration(call["url"], token, **limits)
            sdk = getattr(pkg, plan["sdk_class"])(configuration=configuration)
        out: dict[str, Any] = {"repr": repr(sdk)}
        group = getattr(sdk, plan["group"])  # loads the group's modules (lazily imported) before the clock starts
        start = time.monotonic()
        try:
            res = getattr(group, plan["method"])(**plan["kwargs"])
            out.update(ok=True, result=repr(res)[:2000])
            body = getattr(res, "body", None) if flat else getattr(res, "object", None)
            if hasattr(body, "model_dump"):
                body = body.model_dump(mode="json", by_alias=True)
            out["body"] = json.loads(json.dumps(body, default=str))
        except Exception as exc:  # reported: the test decides
            text, rep = str(exc), repr(exc)
            body = getattr(exc, "body", None)
            out.update(ok=False, type=type(exc).__name__, mro=[c.__name__ for c in type(exc).__mro__],
                       str_len=len(text), message=text[:300], repr=rep[:300],
                       body_len=len(body) if isinstance(body, (str, bytes)) else None,
                       status=getattr(exc, "status_code", getattr(exc, "status", None)))
            out["repr"] += text + rep
        out["elapsed"] = time.monotonic() - start
        out["leak"] = token in out["repr"] or token in log.getvalue()
        out["repr"] = out["repr"][:500]
        print(json.dumps(out, default=str), flush=True)


if __name__ == "__main__":
    main()

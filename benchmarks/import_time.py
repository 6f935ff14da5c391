"""Import time, first call and per-call cost of our Leonardo SDK, paired with the published one.

    .venv/bin/python benchmarks/import_time.py [--runs 20] [--calls 300] [--vendor 7.0.0]

Two scratch venvs on the same interpreter: generated/leonardo/python (installed fresh from a
copy, with the same pydantic and httpx versions as the vendor venv) and leonardo-ai-sdk
<vendor> from the package index (cached under .tools/published/). Every figure is a median,
and the two SDKs are measured alternately in the same run so that machine load hits both:

  * cold import: the wall time of `python -c "import leonardo_ai_sdk"` minus that of
    `python -c pass` (median of --runs processes each); also `from ... import LeonardoAiSDK`;
  * import + construct + first call: a process that imports, creates the client and calls
    `user.get_user_self()` against a loopback server, minus `python -c pass`;
  * per call: in one warm process, 5 x --calls calls of the same operation against the same
    server, alternating call by call with raw httpx doing the same GET and json parsing; the
    median call of each, given as a ratio to raw httpx.

The loopback server (127.0.0.1, stopped at the end) answers every GET with one fixed body
that matches the spec, so that both SDKs validate the same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.published import published_venv  # noqa: E402
from tests.e2e.venvs import Venv  # noqa: E402

BODY = json.dumps({"user_details": [{
    "user": {"id": "00000000-0000-4000-8000-000000000000", "username": "bench"},
    "tokenRenewalDate": "2026-01-01T00:00:00Z", "paidTokens": 10, "subscriptionTokens": 20,
    "subscriptionGptTokens": 30, "subscriptionModelTokens": 40, "apiConcurrencySlots": 2,
    "apiPaidTokens": 50, "apiSubscriptionTokens": 60, "apiPlanTokenRenewalDate": "2026-01-01T00:00:00Z",
}]}).encode()


RESPONSE = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + str(len(BODY)).encode() + b"\r\n\r\n" + BODY)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        super().setup()
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:  # noqa: N802
        self.wfile.write(RESPONSE)  # one write: no Nagle / delayed-ACK stall between header and body

    def log_message(self, *args: object) -> None:
        pass


FIRST_CALL = """
import sys
from leonardo_ai_sdk import LeonardoAiSDK
s = LeonardoAiSDK(bearer_auth="t", server_url=sys.argv[1])
res = s.user.get_user_self()
assert res.status_code == 200
"""

PER_CALL = """
import json, statistics, sys, time
import httpx
from leonardo_ai_sdk import LeonardoAiSDK
url, calls = sys.argv[1], int(sys.argv[2])
s = LeonardoAiSDK(bearer_auth="t", server_url=url)
raw = httpx.Client()
def sdk():
    return s.user.get_user_self().object
def plain():
    r = raw.get(url + "/me", headers={"Authorization": "Bearer t", "Accept": "application/json"})
    r.raise_for_status()
    return r.json()
out = {"sdk": [], "raw": []}
for f in (sdk, plain):
    for _ in range(20):
        f()  # warm up: connections, validators
for _ in range(5 * calls):  # the two alternate call by call so that load hits both alike
    for name, f in (("sdk", sdk), ("raw", plain)):
        t = time.perf_counter()
        f()
        out[name].append(time.perf_counter() - t)
print(json.dumps({k: statistics.median(v) for k, v in out.items()}))
"""


# as a user's machine runs it: bytecode cached (precompiled below), no variables of ours
ENV = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH", "VIRTUAL_ENV")}


def wall(python: Path, args: list[str]) -> float:
    t = time.perf_counter()
    subprocess.run([str(python), *args], check=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   timeout=120, env=ENV)
    return time.perf_counter() - t


def precompile(python: Path) -> None:
    """Write the .pyc files of the whole venv, as pip does when it installs a package."""
    code = "import compileall, sysconfig; compileall.compile_dir(sysconfig.get_paths()['purelib'], quiet=2)"
    subprocess.run([str(python), "-c", code], check=True, timeout=600, env=ENV, stdin=subprocess.DEVNULL)


def versions(python: Path) -> dict[str, str]:
    code = ("import json, importlib.metadata as m; print(json.dumps({d: m.version(d) for d in "
            "('leonardo-ai-sdk', 'pydantic', 'httpx')}))")
    return json.loads(subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True,
                                     timeout=60).stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--calls", type=int, default=300)
    ap.add_argument("--vendor", default="7.0.0")
    args = ap.parse_args()

    vendor = published_venv("leonardo-ai-sdk", args.vendor)
    pins = versions(vendor)
    ours_dir = Path(tempfile.mkdtemp(prefix="bench-ours-"))
    ours = Venv(ours_dir / "venv").install(ROOT / "generated" / "leonardo" / "python",
                                           extra=[f"pydantic=={pins['pydantic']}", f"httpx=={pins['httpx']}"])
    sdks = {"ours": ours, f"vendor {args.vendor}": vendor}
    for name, py in sdks.items():
        print(f"{name}: {versions(py)}")
        precompile(py)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        samples: dict[tuple[str, str], list[float]] = {}
        cases = {
            "bare": ["-c", "pass"],
            "import": ["-c", "import leonardo_ai_sdk"],
            "import class": ["-c", "from leonardo_ai_sdk import LeonardoAiSDK"],
            "first call": ["-c", FIRST_CALL, url],
        }
        for _ in range(args.runs):
            for name, py in sdks.items():
                for case, argv in cases.items():
                    samples.setdefault((name, case), []).append(wall(py, argv))
        med = {k: statistics.median(v) * 1000 for k, v in samples.items()}
        print(f"\nmedians of {args.runs} processes each, in ms (minus `python -c pass`):")
        print(f"{'':24}" + "".join(f"{n:>18}" for n in sdks))
        for case in ("import", "import class", "first call"):
            print(f"{case:24}" + "".join(f"{med[(n, case)] - med[(n, 'bare')]:18.1f}" for n in sdks))
        print(f"{'bare interpreter':24}" + "".join(f"{med[(n, 'bare')]:18.1f}" for n in sdks))

        print(f"\nper call (median of {5 * args.calls} calls each, alternating), against raw httpx in the same process:")
        for name, py in sdks.items():
            r = subprocess.run([str(py), "-c", PER_CALL, url, str(args.calls)], check=True, capture_output=True,
                               text=True, timeout=600, stdin=subprocess.DEVNULL, env=ENV)
            m = json.loads(r.stdout)
            print(f"  {name:18} sdk {m['sdk'] * 1e6:8.1f} us   raw httpx {m['raw'] * 1e6:8.1f} us   "
                  f"ratio {m['sdk'] / m['raw']:.2f}x")
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(ours_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The TypeScript SDKs against the published @leonardo-ai/sdk, medians of N runs.

    .venv/bin/python benchmarks/ts_sdk.py [--runs 10] [--calls 300] [--scratch DIR]

Measures, each beside its baseline:
  * time to generate the TypeScript target of each API cold (a fresh `python` process
    rendering into an empty folder; baseline: `python -c pass`);
  * `tsc --noEmit` on each generated package (pinned typescript from .tools/);
  * the packed tarball of each package, and of the published @leonardo-ai/sdk@4.17.0;
  * cold import in node: `node -e 'await import(pkg)'` minus a bare `node -e ''` (median of
    `--runs`), ours and the published one;
  * per call against a loopback node HTTP server answering a spec-shaped getGenerationById
    body: raw `fetch` + `JSON.parse`, our `leonardo.image.getGenerationById`, the published
    one's; `--calls` sequential calls a round (the kinds interleaved call by call), median
    over `--runs` rounds.

The published package is installed from the npm registry into the scratch folder
(default: a temporary folder; never inside the repository) and only called through its
public surface.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / ".tools" / "node_modules" / ".bin"
PUBLISHED = "@leonardo-ai/sdk@4.17.0"
APIS = {"leonardo": "@leonardo-ai/sdk", "leap": "leap-sdk"}
NPM = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"]


def sh(cmd: list[str], cwd: Path, timeout: float = 600) -> str:
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        sys.exit(f"`{' '.join(cmd)}` in {cwd} failed ({proc.returncode}):\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}")
    return proc.stdout


def timed(cmd: list[str], cwd: Path, runs: int) -> float:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        sh(cmd, cwd)
        out.append(time.perf_counter() - t0)
    return statistics.median(out)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


GENERATE = """
import sys, tempfile
from pathlib import Path
from codegen.pipeline import generate_api, load_api
from codegen.settings import load_settings
from codegen.render import render
from codegen.format import format_files
api = sys.argv[1]
settings = load_settings(Path("spec") / api / "codegen.yaml", api=api)
loaded = load_api(settings)
(target,) = [t for t in settings.targets if t.template == "typescript"]
files, _ = format_files(render(loaded.api, target), lambda p, t: None)
out = Path(tempfile.mkdtemp())
for rel, text in files.items():
    (out / rel).parent.mkdir(parents=True, exist_ok=True)
    (out / rel).write_text(text, encoding="utf-8")
"""

SERVER = """
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
const body = readFileSync(process.argv[2]);
const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "content-length": body.length });
    res.end(body);
  });
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
setTimeout(() => process.exit(0), 600000).unref();
"""

CALLS = """
const [pkg, base, n, rounds] = [process.argv[2], process.argv[3], +process.argv[4], +process.argv[5]];
const { Leonardo } = await import(pkg);
const sdk = new Leonardo({ bearerAuth: "token", serverURL: base });
const url = base + "/generations/g-1";
const kinds = {
  fetch: async () => JSON.parse(await (await fetch(url, { headers: { authorization: "Bearer token", accept: "application/json" } })).text()),
  sdk: async () => sdk.image.getGenerationById("g-1"),
};
const out = {};
for (const f of Object.values(kinds)) for (let i = 0; i < 50; i++) await f();  // warm up
for (let r = 0; r < rounds; r++) {
  const sums = {};
  for (let i = 0; i < n; i++) {
    for (const [name, f] of Object.entries(kinds)) {  // interleaved: same machine state for both
      const t0 = performance.now();
      await f();
      sums[name] = (sums[name] ?? 0) + performance.now() - t0;
    }
  }
  for (const [name, total] of Object.entries(sums)) (out[name] ??= []).push(total / n);
}
console.log(JSON.stringify(out));
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--calls", type=int, default=300)
    ap.add_argument("--scratch", type=Path, default=None)
    args = ap.parse_args()
    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="ts-bench-"))
    if ROOT in scratch.resolve().parents:
        sys.exit("the scratch folder must be outside the repository")
    scratch.mkdir(parents=True, exist_ok=True)
    py = sys.executable

    print(f"# TypeScript SDK benchmarks (medians; scratch {scratch})")
    base_py = timed([py, "-c", "pass"], ROOT, 5)
    for api in APIS:
        t = timed([py, "-c", GENERATE, api], ROOT, 5)
        print(f"generate {api}/typescript cold (fresh process): {ms(t)}  (python -c pass: {ms(base_py)}; "
              f"difference {ms(t - base_py)})")

    tarballs: dict[str, Path] = {}
    for api, name in APIS.items():
        pkg = scratch / f"pkg-{api}"
        shutil.rmtree(pkg, ignore_errors=True)
        shutil.copytree(ROOT / "generated" / api / "typescript", pkg,
                        ignore=shutil.ignore_patterns(".codegen-manifest.json"))
        sh(["npm", "install", *NPM], pkg)
        t = timed([str(TOOLS / "tsc"), "--noEmit", "-p", "tsconfig.json"], pkg, 3)
        print(f"tsc --noEmit {api}/typescript: {ms(t)}")
        sh(["npm", "run", "build"], pkg)
        packed = json.loads(sh(["npm", "pack", "--json", "--pack-destination", str(scratch), *NPM], pkg))[0]
        tarballs[api] = scratch / packed["filename"]
        print(f"tarball {packed['filename']}: {packed['size']} bytes packed, {packed['unpackedSize']} unpacked, "
              f"{packed['entryCount']} files")
    pub = json.loads(sh(["npm", "pack", PUBLISHED, "--json", "--pack-destination", str(scratch), *NPM], scratch))[0]
    print(f"tarball {pub['filename']} (published): {pub['size']} bytes packed, {pub['unpackedSize']} unpacked, "
          f"{pub['entryCount']} files")

    projects = {"ours": tarballs["leonardo"], "published": scratch / pub["filename"], "leap": tarballs["leap"]}
    for label, tgz in projects.items():
        app = scratch / f"app-{label}"
        shutil.rmtree(app, ignore_errors=True)
        app.mkdir()
        (app / "package.json").write_text(json.dumps({"name": f"app-{label}", "private": True, "type": "module"}))
        sh(["npm", "install", str(tgz), *NPM], app)

    # interleaved run by run, so that a busy moment of the machine hits every kind alike
    imports = {"bare": (scratch, ["node", "-e", ""])}
    for label, pkg in (("ours", "@leonardo-ai/sdk"), ("published", "@leonardo-ai/sdk"), ("leap", "leap-sdk")):
        imports[label] = (scratch / f"app-{label}", ["node", "--input-type=module", "-e",
                                                     f"await import({json.dumps(pkg)});"])
    samples: dict[str, list[float]] = {k: [] for k in imports}
    for _ in range(args.runs):
        for label, (cwd, cmd) in imports.items():
            t0 = time.perf_counter()
            sh(cmd, cwd)
            samples[label].append(time.perf_counter() - t0)
    bare = statistics.median(samples["bare"])
    for label in ("ours", "published", "leap"):
        t = statistics.median(samples[label])
        print(f"cold import {label}: {ms(t - bare)} over bare node ({ms(t)} total, bare {ms(bare)})")

    body = {"generations_by_pk": {"id": "g-1", "status": "COMPLETE", "prompt": "a red fox", "imageHeight": 512,
                                  "imageWidth": 512, "modelId": "m-1", "createdAt": "2024-01-01T00:00:00Z",
                                  "generated_images": [{"id": f"i-{i}", "url": "https://example.com/i.png",
                                                        "nsfw": False, "likeCount": 0,
                                                        "generated_image_variation_generics": []}
                                                       for i in range(4)]}}
    (scratch / "body.json").write_text(json.dumps(body))
    (scratch / "server.mjs").write_text(SERVER)
    (scratch / "calls.mjs").write_text(CALLS)
    server = subprocess.Popen(["node", "server.mjs", "body.json"], cwd=scratch, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        for label in ("ours", "published"):
            app = scratch / f"app-{label}"
            shutil.copy(scratch / "calls.mjs", app / "calls.mjs")
            out = json.loads(sh(["node", "calls.mjs", "@leonardo-ai/sdk", f"http://127.0.0.1:{port}",
                                 str(args.calls), str(args.runs)], app))
            f, s = statistics.median(out["fetch"]), statistics.median(out["sdk"])
            print(f"per call {label}: {s * 1000:.0f} us; raw fetch beside it {f * 1000:.0f} us; ratio {s / f:.2f}x")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()

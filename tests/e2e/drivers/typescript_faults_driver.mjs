// Runs a generated TypeScript SDK (compiled, imported from its dist/index.js) against the
// misbehaving servers of tests/e2e/test_typescript_faults.py, every call in this one process.
//
// Plan (argv[2], JSON): {"module": path of dist/index.js, "sdk_class", "group", "method",
//   "args", "token",
//   "calls": [{"name", "url", "retries": bool, "connection_errors": bool,
//              "timeout_ms", "read_timeout_ms", "max_bytes" (numbers or null: the defaults),
//              "per_call": bool (limits and retries given to the call, not the client)}]}
// Prints one JSON line per call: {"name", "ok", "elapsed" (s), "type", "mro", "message",
//   "message_len", "status", "body_len", "body_head", "object", "inspect_len", "leak"};
// a call still running after 20 s is reported with "type": "HungCall".
// "leak" lists where the token showed up: the error's message, its util.inspect output,
// the client's util.inspect output, or anything written to the console while it ran.
import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { pathToFileURL } from "node:url";

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"));
const pkg = await import(pathToFileURL(plan.module).href);
const Client = pkg[plan.sdk_class];

// everything the SDK might log goes through here
const logged = [];
for (const level of ["log", "info", "warn", "error", "debug", "trace"]) {
  console[level] = (...a) => logged.push(a.map((x) => inspect(x)).join(" "));
}
const GUARD_MS = 20000;
class HungCall extends Error {}
const print = (line) => process.stdout.write(line + "\n");

function mro(e) {
  const out = [];
  for (let p = e?.constructor; p && p !== Function.prototype; p = Object.getPrototypeOf(p)) {
    if (p.name) out.push(p.name);
  }
  return out;
}

for (const call of plan.calls) {
  const limits = {};
  if (call.timeout_ms != null) limits.timeoutMs = call.timeout_ms;
  if (call.read_timeout_ms != null) limits.readTimeoutMs = call.read_timeout_ms;
  if (call.max_bytes != null) limits.maxResponseBytes = call.max_bytes;
  const retries = call.retries
    ? {
        strategy: "backoff",
        backoff: { initialInterval: 50, maxInterval: 500, exponent: 2, maxElapsedTime: 30000 },
        retryConnectionErrors: Boolean(call.connection_errors),
      }
    : undefined;
  const clientOptions = { bearerAuth: plan.token, serverURL: call.url };
  let callOptions;
  if (call.per_call) {
    callOptions = { ...limits, ...(retries ? { retries } : {}) };
  } else {
    Object.assign(clientOptions, limits, retries ? { retryConfig: retries } : {});
  }
  const sdk = new Client(clientOptions);
  logged.length = 0;
  const t0 = performance.now();
  let out;
  try {
    // a call that hangs is a result too (the SDK failed to bound it), not a stuck driver
    let guard;
    const hung = new Promise((_, reject) => {
      guard = setTimeout(() => reject(new HungCall()), GUARD_MS);
    });
    const res = await Promise.race([sdk[plan.group][plan.method](...plan.args, callOptions), hung]).finally(
      () => clearTimeout(guard),
    );
    out = { ok: true, status: res.statusCode, object: res.object ?? null };
  } catch (e) {
    const shown = inspect(e, { depth: 4 });
    out = {
      ok: false,
      type: e?.constructor?.name ?? typeof e,
      mro: mro(e),
      message: String(e?.message ?? e).slice(0, 20000),
      message_len: String(e?.message ?? e).length,
      status: e?.statusCode ?? null,
      body_len: typeof e?.body === "string" ? e.body.length : null,
      body_head: typeof e?.body === "string" ? e.body.slice(0, 200) : null,
      inspect_len: shown.length,
      leak: [],
    };
    if (out.message.includes(plan.token)) out.leak.push("message");
    if (shown.includes(plan.token)) out.leak.push("inspect");
  }
  out.elapsed = (performance.now() - t0) / 1000;
  out.name = call.name;
  out.leak ??= [];
  if (inspect(sdk, { depth: 6, showHidden: false }).includes(plan.token)) out.leak.push("client");
  if (logged.some((l) => l.includes(plan.token))) out.leak.push("console");
  print(JSON.stringify(out));
}
process.exit(0); // calls that hung may still hold sockets open

// Runs in a node project where a generated TypeScript SDK (the packed tarball) is installed.
//
// Reads a JSON plan from argv[2], makes every call it lists with the installed SDK and prints
// one JSON result per call on stdout. It knows nothing about any API: the plan names the
// package, the client class, the group property, the method (or standalone function) and
// the positional arguments; the test that wrote the plan checks what the server saw.
//
// Plan:   {"package", "sdk_class", "server_url", "token",
//          "calls": [{"group", "method", "fn", "standalone", "args",
//                     "retries": [initial, max, exponent, elapsed] | null, "timeout_ms",
//                     "server_url" (optional: this call's own client)}]}
//         An argument {"$blob": text, "name": file} becomes a File; null becomes undefined.
// Result: {"ok": true, "statusCode", "contentType", "object", "raw"} or
//         {"ok": false, "error_type", "message", "statusCode", "body", "inspect"}
import { readFileSync } from "node:fs";
import { inspect } from "node:util";

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"));
const pkg = await import(plan.package);
const Client = pkg[plan.sdk_class];
const Core = pkg[plan.sdk_class + "Core"];
const options = { bearerAuth: plan.token, serverURL: plan.server_url };
const sdk = new Client(options);
const core = new Core(options);

function revive(v) {
  if (v === null) return undefined;
  if (Array.isArray(v)) return v.map(reviveInner);
  return reviveInner(v);
}
function reviveInner(v) {
  if (Array.isArray(v)) return v.map(reviveInner);
  if (v && typeof v === "object") {
    if ("$blob" in v) return new File([v.$blob], v.name);
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, reviveInner(x)]));
  }
  return v;
}

for (const call of plan.calls) {
  const opts = {};
  if (call.retries) {
    const [initialInterval, maxInterval, exponent, maxElapsedTime] = call.retries;
    opts.retries = {
      strategy: "backoff",
      backoff: { initialInterval, maxInterval, exponent, maxElapsedTime },
      retryConnectionErrors: true,
    };
  }
  if (call.timeout_ms) opts.timeoutMs = call.timeout_ms;
  const args = call.args.map(revive);
  // a call may talk to another server (e.g. a closed port for connection errors)
  const own = call.server_url ? { bearerAuth: plan.token, serverURL: call.server_url } : null;
  let out;
  try {
    let res;
    if (call.standalone) {
      const mod = await import(`${plan.package}/funcs/${call.fn}.js`);
      const r = await mod[call.fn](own ? new Core(own) : core, ...args, opts);
      if (r.ok !== true && r.ok !== false) throw new Error("not a Result");
      if (!r.ok) throw r.error;
      res = r.value;
    } else {
      const client = own ? new Client(own) : sdk;
      res = await client[call.group][call.method](...args, opts);
    }
    out = {
      ok: true,
      statusCode: res.statusCode,
      contentType: res.contentType,
      raw: res.rawResponse instanceof Response,
      object: res.object === undefined ? null : res.object,
    };
  } catch (e) {
    out = {
      ok: false,
      error_type: e?.constructor?.name ?? typeof e,
      message: String(e?.message ?? e),
      statusCode: e?.statusCode ?? null,
      body: e?.body ?? null,
      inspect: inspect(e, { depth: 3 }),
    };
  }
  out.sdk_inspect = inspect(sdk, { depth: 3 }) + inspect(core, { depth: 3 });
  console.log(JSON.stringify(out));
}

// Compiled (tsc --strict) inside a copy of the TypeScript package generated from the golden
// case operations_security, as src/driver.ts: every operation, every security scheme, run
// against the loopback server of tests/e2e/test_typescript_wire.py (its URL in argv[2]).
// Prints one JSON object: case name -> outcome. Each call carries `x-case: <name>` so the
// server can file what it received under that name.
import { Golden, GoldenCore } from "./index.js";
import { itemsGetItem } from "./funcs/itemsGetItem.js";
import { ErrorResponse, SDKError } from "./sdk/models/errors/index.js";

type Outcome = Record<string, unknown>;
const argv = (globalThis as unknown as { process: { argv: string[] } }).process
  .argv;
const serverURL = argv[2] + "/v1";
const out: Record<string, Outcome> = {};
const tag = (name: string) => ({ fetchOptions: { headers: { "x-case": name } } });

function failure(e: unknown): Outcome {
  if (e instanceof ErrorResponse) {
    return {
      error: e.name,
      status: e.status,
      statusCode: e.statusCode,
      data: e.data,
      message: e.message,
    };
  }
  if (e instanceof Error) {
    return {
      error: e.name,
      statusCode: e instanceof SDKError ? e.statusCode : null,
      message: e.message,
    };
  }
  return { error: String(e) };
}

async function run(name: string, f: () => Promise<unknown>): Promise<void> {
  try {
    out[name] = { ok: true, value: await f() };
  } catch (e) {
    out[name] = { ok: false, ...failure(e) };
  }
}

const bearer = new Golden({ serverURL, bearer: "BEARER-SECRET" });
const apiKey = new Golden({ serverURL, apiKeyHeader: "HEADER-KEY-SECRET" });
const both = new Golden({
  serverURL,
  bearer: async () => "BEARER-FN-SECRET",
  apiKeyHeader: "HEADER-KEY-SECRET",
});
const basic = new Golden({
  serverURL,
  basic: { username: "user", password: "PASS-SECRET" },
});
const oauthToken = new Golden({ serverURL, oauth: "OAUTH-SECRET" });
const openid = new Golden({ serverURL, openid: "OIDC-SECRET" });
const short = new Golden({
  serverURL,
  oauth: { clientId: "short", clientSecret: "CS-SECRET" },
});
const long = new Golden({
  serverURL,
  oauth: { clientId: "long", clientSecret: "CS-SECRET" },
});
const refused = new Golden({
  serverURL,
  oauth: { clientId: "bad", clientSecret: "CS-SECRET" },
});
const keys = new Golden({
  serverURL,
  apiKeyQuery: "QUERY-KEY-SECRET",
  apiKeyCookie: "COOKIE-KEY-SECRET",
});
const halfKeys = new Golden({ serverURL, apiKeyQuery: "QUERY-KEY-SECRET" });

const pick = (r: { statusCode: number; object?: unknown }) => ({
  statusCode: r.statusCode,
  object: r.object,
});

await run("getItem", async () =>
  pick(await bearer.items.getItem(1, ["a", "b"], "req-1", "s 1", tag("getItem"))),
);
await run("getItem.apiKey", async () =>
  pick(await apiKey.items.getItem(1, undefined, undefined, undefined, tag("getItem.apiKey"))),
);
await run("getItem.both", async () =>
  pick(await both.items.getItem(1, undefined, undefined, undefined, tag("getItem.both"))),
);
for (const id of [404, 500, 401]) {
  const name = `getItem.${id}`;
  await run(name, () => bearer.items.getItem(id, undefined, undefined, undefined, tag(name)));
}
await run("getItem.standalone404", async () => {
  const core = new GoldenCore({ serverURL, bearer: "BEARER-SECRET" });
  const r = await itemsGetItem(core, 404, undefined, undefined, undefined, tag("getItem.standalone404"));
  if (r.ok) return "unexpected success";
  const e = r.error;
  // the documented statuses narrow the data's type
  if (e instanceof ErrorResponse && e.status === "404") {
    return { status: e.status, title: (e.data as { title?: string }).title };
  }
  return failure(e);
});
await run("headItem", async () =>
  pick(await bearer.items.headItemsByItemId(1, undefined, tag("headItem"))),
);
await run("search", async () =>
  pick(
    await basic.default_.search(
      ["a b", "c"],
      [1, 2],
      ["red", "blue"],
      { name: "n&m", size: 2 },
      { x: 1, y: 2 },
      tag("search"),
    ),
  ),
);
await run("createItem.json", async () =>
  pick(await oauthToken.items.createItem({ name: "n", size: 2 }, tag("createItem.json"))),
);
await run("createItem.form", async () =>
  pick(
    await openid.items.createItem(
      { name: "n m", tags: ["a", "b"] },
      { ...tag("createItem.form"), contentType: "application/x-www-form-urlencoded" },
    ),
  ),
);
await run("createItem.text", async () =>
  pick(
    await oauthToken.items.createItem("hello", {
      ...tag("createItem.text"),
      contentType: "text/plain",
    }),
  ),
);
for (const name of ["createItem.short1", "createItem.short2"]) {
  await run(name, async () => pick(await short.items.createItem({ name }, tag(name))));
}
for (const name of ["createItem.long1", "createItem.long2"]) {
  await run(name, async () => pick(await long.items.createItem({ name }, tag(name))));
}
await run("createItem.refused", () => refused.items.createItem({ name: "x" }, tag("createItem.refused")));
await run("uploadFile", async () =>
  pick(
    await keys.files.uploadFile(
      {
        file: new File(["file content"], "a.txt", { type: "text/plain" }),
        note: "a note",
        tags: ["t1", "t2"],
      },
      tag("uploadFile"),
    ),
  ),
);
await run("uploadFile.half", async () =>
  pick(await halfKeys.files.uploadFile({ file: new Blob(["x"]) }, tag("uploadFile.half"))),
);
await run("putFile", async () =>
  pick(await bearer.files.putFile("a b.bin", new Blob([new Uint8Array([0, 1, 2, 255])]), tag("putFile"))),
);
await run("downloadFile", async () => {
  const r = await bearer.files.downloadFile("big.bin", tag("downloadFile"));
  const stream = r.object as ReadableStream<Uint8Array>;
  let length = 0;
  let sum = 0;
  let chunks = 0;
  for (const reader = stream.getReader(); ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks += 1;
    length += value.length;
    for (const b of value) sum = (sum + b) % 65521;
  }
  return { statusCode: r.statusCode, length, sum, streamed: chunks > 0 };
});
await run("serverVariables", async () => ({
  defaults: new Golden({})._serverURL,
  us: new Golden({ serverVariables: { region: "us", version: "v2" } })._serverURL,
}));
await run("inspect", async () => {
  const util = (await import("node:util" as string)) as {
    inspect: (v: unknown, o: object) => string;
  };
  return [bearer, both, basic, short, keys, new GoldenCore({ bearer: "BEARER-SECRET" })]
    .map((c) => util.inspect(c, { showHidden: true, depth: 5 }) + JSON.stringify(c))
    .join("\n");
});
console.log(JSON.stringify(out));

// Compiled (tsc --strict) inside a copy of the TypeScript package generated from the golden
// case params_bodies, as src/driver.ts; see ts_wire_operations_security.ts.
import { Golden } from "./index.js";

const argv = (globalThis as unknown as { process: { argv: string[] } }).process
  .argv;
const sdk = new Golden({ serverURL: argv[2], bearerAuth: "BEARER-SECRET" });
const tag = (name: string) => ({ fetchOptions: { headers: { "x-case": name } } });
const out: Record<string, unknown> = {};
const pick = (r: { statusCode: number; object?: unknown }) => ({
  statusCode: r.statusCode,
  object: r.object,
});
out["listThings"] = pick(await sdk.things.listThings("u 1", true, 5, tag("listThings")));
out["listThings.default"] = pick(
  await sdk.things.listThings("u1", false, undefined, tag("listThings.default")),
);
out["createThing"] = pick(
  await sdk.things.createThing("u1", { name: "n", weight: 1.5 }, tag("createThing")),
);
out["importThings"] = pick(await sdk.things.importThings({ source: "s" }, tag("importThings")));
console.log(JSON.stringify(out));

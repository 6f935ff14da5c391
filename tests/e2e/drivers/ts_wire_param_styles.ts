// Compiled (tsc --strict) inside a copy of the TypeScript package generated from the golden
// case param_styles, as src/driver.ts; see ts_wire_operations_security.ts.
import { Golden } from "./index.js";

const argv = (globalThis as unknown as { process: { argv: string[] } }).process
  .argv;
const sdk = new Golden({ serverURL: argv[2] });
const tag = (name: string) => ({ fetchOptions: { headers: { "x-case": name } } });
const out: Record<string, unknown> = {};
const p = { x: 1, y: 2 };
const r = await sdk.default_.getCell(
  [1, 2], ["a", "b"], ["a", "b"], ["c", "d"], p, p, { x: 3, y: 4 }, p, p, ["a", "b"], [1, 2],
  tag("getCell"),
);
out["getCell"] = { statusCode: r.statusCode, object: r.object };
const minimal = await sdk.default_.getCell(
  [7], ["é"], ["a b"], ["c"], { x: 5 }, { y: 6 }, undefined, undefined, undefined, undefined,
  undefined, tag("getCell.minimal"),
);
out["getCell.minimal"] = { statusCode: minimal.statusCode };
console.log(JSON.stringify(out));

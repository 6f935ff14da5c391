/*
 * Generated from spec.yaml. Do not edit.
 */

import {
  invoke,
  type APIError,
  type ClientCore,
  type OperationSpec,
  type RequestOptions,
} from "../lib/http.js";
import { wire } from "../lib/wire.js";
import {
  GetCellResponseBody$,
  type GetCellResponse,
  type GetCellResponseBody,
} from "../sdk/models/operations/getcell.js";
import { Point$, type Point } from "../sdk/models/shared/point.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/cells/{simple}/{label}/{matrix}/{labelx}/{matrixx}/{obj}",
  args: [
    ["simple", "path simple", "ra", "integer"],
    ["label", "path label", "ra", "string"],
    ["matrix", "path matrix", "ra", "string"],
    ["labelx", "path label*", "ra", "string"],
    ["matrixx", "path matrix*", "r", Point$],
    ["obj", "path simple", "r", Point$],
    ["point", "query form", "o", Point$],
    ["filter", "query json", "o", Point$],
    ["X-Point", "header simple*", "o", Point$],
    ["X-Tags", "header simple", "oa", "string"],
    ["ids", "cookie form", "oa", "integer"],
  ],
  response: undefined,
  secured: false,
  wire: wire({
    security: [],
    media: [],
    responses: [["200", "json", "", GetCellResponseBody$]],
    accept: "application/json",
  }),
};

export function default_GetCell(
  client: ClientCore,
  simple: Array<number>,
  label: Array<string>,
  matrix: Array<string>,
  labelx: Array<string>,
  matrixx: Point,
  obj: Point,
  point?: Point,
  filter?: Point,
  xPoint?: Point,
  xTags?: Array<string>,
  ids?: Array<number>,
  options?: RequestOptions,
): Promise<Result<GetCellResponse, APIError>> {
  return invoke(
    client,
    OPERATION,
    [
      simple,
      label,
      matrix,
      labelx,
      matrixx,
      obj,
      point,
      filter,
      xPoint,
      xTags,
      ids,
    ],
    options,
  );
}

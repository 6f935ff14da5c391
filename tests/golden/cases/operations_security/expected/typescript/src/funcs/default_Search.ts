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
  SearchFilter$,
  SearchPoint$,
  type SearchFilter,
  type SearchPoint,
  type SearchResponse,
} from "../sdk/models/operations/search.js";
import { Item$, type Item } from "../sdk/models/shared/item.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/search",
  args: [
    ["tags", "query form*", "oa", "string"],
    ["ids", "query spaceDelimited", "oa", "integer"],
    ["colors", "query pipeDelimited", "oa", "string"],
    ["filter", "query deepObject*", "o", SearchFilter$],
    ["point", "query form*", "o", SearchPoint$],
  ],
  response: undefined,
  secured: true,
  wire: wire({
    security: [["basic"]],
    media: [],
    responses: [["200", "json", "a", Item$]],
    accept: "application/vnd.example+json",
  }),
};

export function default_Search(
  client: ClientCore,
  tags?: Array<string>,
  ids?: Array<number>,
  colors?: Array<string>,
  filter?: SearchFilter,
  point?: SearchPoint,
  options?: RequestOptions,
): Promise<Result<SearchResponse, APIError>> {
  return invoke(client, OPERATION, [tags, ids, colors, filter, point], options);
}

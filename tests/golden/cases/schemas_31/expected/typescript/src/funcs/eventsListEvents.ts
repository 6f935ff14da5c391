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
import type { ListEventsResponse } from "../sdk/models/operations/listevents.js";
import { Event$, type Event } from "../sdk/models/shared/event.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/events",
  args: [],
  response: ["a", Event$],
  secured: false,
};

export function eventsListEvents(
  client: ClientCore,
  options?: RequestOptions,
): Promise<Result<ListEventsResponse, APIError>> {
  return invoke(client, OPERATION, [], options);
}

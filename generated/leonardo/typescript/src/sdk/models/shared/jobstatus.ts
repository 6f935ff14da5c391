/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * The status of the current task.
 */
export type JobStatus = "PENDING" | "COMPLETE" | "FAILED" | (string & {});

export function JobStatus$(): Values {
  return ["PENDING", "COMPLETE", "FAILED"];
}

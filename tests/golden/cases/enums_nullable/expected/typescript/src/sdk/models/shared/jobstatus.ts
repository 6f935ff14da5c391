/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Values } from "../../../lib/schema.js";

/**
 * Where a job is.
 */
export type JobStatus = "PENDING" | "COMPLETE" | "FAILED" | (string & {});

export function JobStatus$(): Values {
  return ["PENDING", "COMPLETE", "FAILED"];
}

/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Dict, Fields } from "../../../lib/schema.js";
import { JobKind$, type JobKind } from "./jobkind.js";
import { JobStatus$, type JobStatus } from "./jobstatus.js";
import { Priority$, type Priority } from "./priority.js";

export interface Job {
  id: string;
  /**
   * Where a job is.
   */
  status: JobStatus;
  priority?: Priority;
  /**
   * When it finished, if it did.
   */
  finishedAt?: string | null;
  kind?: JobKind | null;
  tags?: Array<string>;
  meta?: Dict<number>;
}

export function Job$(): Fields {
  return [
    ["id", "id", "r", "string"],
    ["status", "status", "r", JobStatus$],
    ["priority", "priority", "o", Priority$],
    ["finishedAt", "finishedAt", "on", "string"],
    ["kind", "kind", "on", JobKind$],
    ["tags", "tags", "oa", "string"],
    ["meta", "meta", "om", "integer"],
  ];
}

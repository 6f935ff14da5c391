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
import type { GetJobResponse } from "../sdk/models/operations/getjob.js";
import { Job$, type Job } from "../sdk/models/shared/job.js";
import { JobStatus$, type JobStatus } from "../sdk/models/shared/jobstatus.js";
import type { Result } from "../types/fp.js";

const OPERATION: OperationSpec = {
  method: "GET",
  path: "/jobs/{id}",
  args: [
    ["id", "path", "r", "string"],
    ["state", "query", "o", JobStatus$],
  ],
  response: ["", Job$],
  secured: true,
};

/**
 * Get a job
 */
export function jobsGetJob(
  client: ClientCore,
  id: string,
  state?: JobStatus,
  options?: RequestOptions,
): Promise<Result<GetJobResponse, APIError>> {
  return invoke(client, OPERATION, [id, state], options);
}

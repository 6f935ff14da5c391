/*
 * Generated from spec.yaml. Do not edit.
 */

import type { ClientCore, RequestOptions } from "../lib/http.js";
import type { GetJobResponse } from "./models/operations/getjob.js";
import type { JobStatus } from "./models/shared/jobstatus.js";
import { unwrapAsync } from "../types/fp.js";

const funcs = () => import("./lazy/jobs.js");

export class Jobs {
  readonly #core: ClientCore;

  constructor(core: ClientCore) {
    this.#core = core;
  }

  /**
   * Get a job
   */
  async getJob(
    id: string,
    state?: JobStatus,
    options?: RequestOptions,
  ): Promise<GetJobResponse> {
    const f = await funcs();
    return unwrapAsync(f.jobsGetJob(this.#core, id, state, options));
  }
}

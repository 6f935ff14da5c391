/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/jobsGetJob.js";

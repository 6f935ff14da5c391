/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./job.js";
export * from "./jobkind.js";
export * from "./jobstatus.js";
export * from "./priority.js";

/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./getjob.js";

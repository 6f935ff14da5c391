/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./created.js";
export * from "./item.js";
export * from "./problem.js";

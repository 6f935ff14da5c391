/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./conflict.js";
export * from "./created.js";
export * from "./item.js";
export * from "./locked.js";
export * from "./problem.js";

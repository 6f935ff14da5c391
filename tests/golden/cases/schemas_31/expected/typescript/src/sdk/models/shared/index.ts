/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./circle.js";
export * from "./event.js";
export * from "./level.js";
export * from "./square.js";

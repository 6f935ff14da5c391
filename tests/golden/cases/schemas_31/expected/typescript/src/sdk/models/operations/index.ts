/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./annotate.js";
export * from "./getshape.js";
export * from "./listevents.js";

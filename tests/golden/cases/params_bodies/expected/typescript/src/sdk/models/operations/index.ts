/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./creatething.js";
export * from "./importthings.js";
export * from "./listthings.js";

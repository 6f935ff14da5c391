/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./createvariationnobg.js";
export * from "./get3dmodelsbyuserid.js";

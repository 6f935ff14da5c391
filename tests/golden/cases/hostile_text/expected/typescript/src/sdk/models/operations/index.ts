/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./doodd.js";

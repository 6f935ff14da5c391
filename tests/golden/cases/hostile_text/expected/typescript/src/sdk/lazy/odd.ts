/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/oddDoOdd.js";

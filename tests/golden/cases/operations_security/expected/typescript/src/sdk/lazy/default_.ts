/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/default_Search.js";

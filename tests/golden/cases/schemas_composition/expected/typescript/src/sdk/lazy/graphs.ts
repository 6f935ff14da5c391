/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/graphsGetAuthor.js";
export * from "../../funcs/graphsGetTree.js";

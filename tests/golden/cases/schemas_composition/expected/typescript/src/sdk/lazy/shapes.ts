/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/shapesGetValue.js";
export * from "../../funcs/shapesListShapes.js";

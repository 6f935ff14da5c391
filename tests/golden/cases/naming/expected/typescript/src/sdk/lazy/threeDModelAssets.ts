/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/threeDModelAssetsGet3DModelsByUserId.js";

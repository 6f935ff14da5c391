/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/thingsCreateThing.js";
export * from "../../funcs/thingsImportThings.js";
export * from "../../funcs/thingsListThings.js";

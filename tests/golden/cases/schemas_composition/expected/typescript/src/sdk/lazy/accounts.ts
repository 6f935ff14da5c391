/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/accountsGetInventory.js";
export * from "../../funcs/accountsGetMisc.js";
export * from "../../funcs/accountsPutAccount.js";

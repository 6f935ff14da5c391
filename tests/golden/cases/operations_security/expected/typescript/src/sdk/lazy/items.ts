/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/itemsCreateItem.js";
export * from "../../funcs/itemsGetItem.js";
export * from "../../funcs/itemsHeadItemsByItemId.js";

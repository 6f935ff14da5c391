/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./createpet.js";
export * from "./getauthor.js";
export * from "./getinventory.js";
export * from "./getmisc.js";
export * from "./getpet.js";
export * from "./gettree.js";
export * from "./getvalue.js";
export * from "./listshapes.js";
export * from "./putaccount.js";

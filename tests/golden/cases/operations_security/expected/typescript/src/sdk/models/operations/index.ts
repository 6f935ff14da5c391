/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./createitem.js";
export * from "./downloadfile.js";
export * from "./getitem.js";
export * from "./headitemsbyitemid.js";
export * from "./putfile.js";
export * from "./search.js";
export * from "./uploadfile.js";

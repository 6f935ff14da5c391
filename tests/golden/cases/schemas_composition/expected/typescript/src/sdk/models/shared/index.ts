/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "./account.js";
export * from "./animal.js";
export * from "./author.js";
export * from "./book.js";
export * from "./cat.js";
export * from "./circle.js";
export * from "./dog.js";
export * from "./inventory.js";
export * from "./mixed.js";
export * from "./nullablestatus.js";
export * from "./priority.js";
export * from "./square.js";
export * from "./treenode.js";

/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/eventsAnnotate.js";
export * from "../../funcs/eventsGetShape.js";
export * from "../../funcs/eventsListEvents.js";

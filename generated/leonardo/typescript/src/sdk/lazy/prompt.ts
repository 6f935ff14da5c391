/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "../../funcs/promptPromptImprove.js";
export * from "../../funcs/promptPromptRandom.js";

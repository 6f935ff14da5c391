/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "../../funcs/imageCreateGeneration.js";
export * from "../../funcs/imageDeleteGenerationById.js";
export * from "../../funcs/imageGetGenerationById.js";
export * from "../../funcs/imageGetGenerationsByUserId.js";

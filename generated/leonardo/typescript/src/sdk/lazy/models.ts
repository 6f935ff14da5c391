/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "../../funcs/modelsCreateModel.js";
export * from "../../funcs/modelsDeleteModelById.js";
export * from "../../funcs/modelsGetModelById.js";
export * from "../../funcs/modelsListPlatformModels.js";

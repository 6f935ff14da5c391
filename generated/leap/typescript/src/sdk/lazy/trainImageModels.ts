/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

export * from "../../funcs/trainImageModelsDeleteModel.js";
export * from "../../funcs/trainImageModelsGetModel.js";
export * from "../../funcs/trainImageModelsListAllModels.js";
export * from "../../funcs/trainImageModelsTrainModel.js";

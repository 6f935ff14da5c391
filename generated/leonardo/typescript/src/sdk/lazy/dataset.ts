/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "../../funcs/datasetCreateDataset.js";
export * from "../../funcs/datasetDeleteDatasetById.js";
export * from "../../funcs/datasetGetDatasetById.js";
export * from "../../funcs/datasetUploadDatasetImage.js";
export * from "../../funcs/datasetUploadDatasetImageFromGen.js";

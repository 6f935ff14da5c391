/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "../../funcs/threeDModelAssetsDelete3DModelById.js";
export * from "../../funcs/threeDModelAssetsGet3DModelById.js";
export * from "../../funcs/threeDModelAssetsGet3DModelsByUserId.js";
export * from "../../funcs/threeDModelAssetsUploadModelAsset.js";

/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "../../funcs/initImagesDeleteInitImageById.js";
export * from "../../funcs/initImagesGetInitImageById.js";
export * from "../../funcs/initImagesUploadCanvasInitImage.js";
export * from "../../funcs/initImagesUploadInitImage.js";

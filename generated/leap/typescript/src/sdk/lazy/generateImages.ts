/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

export * from "../../funcs/generateImagesCreate.js";
export * from "../../funcs/generateImagesFindAll.js";
export * from "../../funcs/generateImagesFindOne.js";
export * from "../../funcs/generateImagesRemove.js";

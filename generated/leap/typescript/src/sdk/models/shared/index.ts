/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

export * from "./createandtrainmodeldto.js";
export * from "./createinferencedto.js";
export * from "./createmusicgeninferencedto.js";
export * from "./createmusicgeninferencedtomode.js";
export * from "./inferenceentity.js";
export * from "./inferenceentitystate.js";
export * from "./inferenceentityupscalingoption.js";
export * from "./inferenceimageentity.js";
export * from "./listmodelsv2response.js";
export * from "./modelv2entity.js";
export * from "./musicgeninferenceentity.js";
export * from "./musicgeninferenceentitystate.js";

/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "../../funcs/imageCreateGeneration.js";
export * from "../../funcs/imageDeleteGenerationById.js";
export * from "../../funcs/imageGetGenerationById.js";
export * from "../../funcs/imageGetGenerationsByUserId.js";
export * from "../../funcs/motionCreateSVDMotionGeneration.js";
export * from "../../funcs/realtimeCanvasCreateLCMGeneration.js";
export * from "../../funcs/realtimeCanvasPerformAlchemyUpscaleLCM.js";
export * from "../../funcs/realtimeCanvasPerformInpaintingLCM.js";
export * from "../../funcs/realtimeCanvasPerformInstantRefine.js";
export * from "../../funcs/textureCreateTextureGeneration.js";
export * from "../../funcs/textureDeleteTextureGenerationById.js";

/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "../../funcs/realtimeCanvasCreateLCMGeneration.js";
export * from "../../funcs/realtimeCanvasPerformAlchemyUpscaleLCM.js";
export * from "../../funcs/realtimeCanvasPerformInpaintingLCM.js";
export * from "../../funcs/realtimeCanvasPerformInstantRefine.js";

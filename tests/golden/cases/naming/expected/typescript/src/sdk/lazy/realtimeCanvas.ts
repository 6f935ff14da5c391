/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/realtimeCanvasCreateVariationNoBG.js";

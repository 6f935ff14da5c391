/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "../../funcs/variationCreateUniversalUpscalerJob.js";
export * from "../../funcs/variationCreateVariationNoBG.js";
export * from "../../funcs/variationCreateVariationUnzoom.js";
export * from "../../funcs/variationCreateVariationUpscale.js";
export * from "../../funcs/variationGetVariationById.js";

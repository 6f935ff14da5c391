/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "../../funcs/textureCreateTextureGeneration.js";
export * from "../../funcs/textureDeleteTextureGenerationById.js";
export * from "../../funcs/textureGetTextureGenerationById.js";
export * from "../../funcs/textureGetTextureGenerationsByModelId.js";

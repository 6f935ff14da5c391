/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

export * from "../../funcs/generateMusicCreateAudio.js";
export * from "../../funcs/generateMusicFindAllAudio.js";
export * from "../../funcs/generateMusicFindOneAudio.js";

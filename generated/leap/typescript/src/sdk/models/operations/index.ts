/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

export * from "./inferencescontrollercreate.js";
export * from "./inferencescontrollerfindall.js";
export * from "./inferencescontrollerfindone.js";
export * from "./inferencescontrollerremove.js";
export * from "./musiccontrollercreateaudio.js";
export * from "./musiccontrollerfindallaudio.js";
export * from "./musiccontrollerfindoneaudio.js";
export * from "./trainimagemodelsdeletemodel.js";
export * from "./trainimagemodelsgetmodel.js";
export * from "./trainimagemodelslistallmodels.js";
export * from "./trainimagemodelstrainmodel.js";

/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/filesDownloadFile.js";
export * from "../../funcs/filesPutFile.js";
export * from "../../funcs/filesUploadFile.js";

/*
 * Generated from spec.yaml. Do not edit.
 */

export const SERVER_URL = "";
export const SDK_VERSION = "0.0.1";
export const USER_AGENT = "@golden/schemas-composition/0.0.1 typescript";

/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

export const SERVER_URL = "https://api.tryleap.ai";
export const SDK_VERSION = "1.0.0";
export const USER_AGENT = "leap-sdk/1.0.0 typescript";

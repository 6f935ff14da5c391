/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export const SERVER_URL = "https://cloud.leonardo.ai/api/rest/v1";
export const SDK_VERSION = "1.0.0";
export const USER_AGENT = "@leonardo-ai/sdk/1.0.0 typescript";

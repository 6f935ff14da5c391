/*
 * Generated from spec.yaml. Do not edit.
 */

export const SERVER_URL = "https://api.example.com/v1";
export const SDK_VERSION = "0.0.1";
export const USER_AGENT = "@golden/enums-nullable/0.0.1 typescript";

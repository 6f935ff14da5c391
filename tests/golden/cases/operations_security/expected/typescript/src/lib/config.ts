/*
 * Generated from spec.yaml. Do not edit.
 */

export const SERVER_URL = "https://{region}.api.example.com/{version}";
export const SDK_VERSION = "0.0.1";
export const USER_AGENT = "@golden/operations-security/0.0.1 typescript";

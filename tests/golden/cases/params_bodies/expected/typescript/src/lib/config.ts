/*
 * Generated from spec.yaml. Do not edit.
 */

export const SERVER_URL = "https://api.example.com";
export const SDK_VERSION = "0.0.1";
export const USER_AGENT = "@golden/params-bodies/0.0.1 typescript";

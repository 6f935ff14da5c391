export * from "./httpclienterrors.js";
export * from "./responsetoolargeerror.js";
export * from "./responsevalidationerror.js";
export * from "./sdkerror.js";

export * from "./httpclienterrors.js";
export * from "./responsevalidationerror.js";
export * from "./sdkerror.js";

/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "./canvasrequesttype.js";
export * from "./controlnetinput.js";
export * from "./controlnetinputinitimagetype.js";
export * from "./controlnetinputstrengthtype.js";
export * from "./controlnettype.js";
export * from "./custommodeltype.js";
export * from "./elementinput.js";
export * from "./generatedimagevariationgeneric.js";
export * from "./jobstatus.js";
export * from "./lcmgenerationoutput.js";
export * from "./lcmgenerationstyle.js";
export * from "./lora.js";
export * from "./modelassettextureimage.js";
export * from "./modelassettexturetypes.js";
export * from "./pricingcalculatorservices.js";
export * from "./sdgenerationschedulers.js";
export * from "./sdgenerationstyle.js";
export * from "./sdversions.js";
export * from "./strength.js";
export * from "./universalupscalerstyle.js";
export * from "./variationtype.js";

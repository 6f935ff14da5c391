/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

export * from "./createdataset.js";
export * from "./creategeneration.js";
export * from "./createlcmgeneration.js";
export * from "./createmodel.js";
export * from "./createsvdmotiongeneration.js";
export * from "./createtexturegeneration.js";
export * from "./createuniversalupscalerjob.js";
export * from "./createvariationnobg.js";
export * from "./createvariationunzoom.js";
export * from "./createvariationupscale.js";
export * from "./delete3dmodelbyid.js";
export * from "./deletedatasetbyid.js";
export * from "./deletegenerationbyid.js";
export * from "./deleteinitimagebyid.js";
export * from "./deletemodelbyid.js";
export * from "./deletetexturegenerationbyid.js";
export * from "./get3dmodelbyid.js";
export * from "./get3dmodelsbyuserid.js";
export * from "./getdatasetbyid.js";
export * from "./getgenerationbyid.js";
export * from "./getgenerationsbyuserid.js";
export * from "./getinitimagebyid.js";
export * from "./getmodelbyid.js";
export * from "./gettexturegenerationbyid.js";
export * from "./gettexturegenerationsbymodelid.js";
export * from "./getuserself.js";
export * from "./getvariationbyid.js";
export * from "./listelements.js";
export * from "./listplatformmodels.js";
export * from "./performalchemyupscalelcm.js";
export * from "./performinpaintinglcm.js";
export * from "./performinstantrefine.js";
export * from "./pricingcalculator.js";
export * from "./promptimprove.js";
export * from "./promptrandom.js";
export * from "./uploadcanvasinitimage.js";
export * from "./uploaddatasetimage.js";
export * from "./uploaddatasetimagefromgen.js";
export * from "./uploadinitimage.js";
export * from "./uploadmodelasset.js";

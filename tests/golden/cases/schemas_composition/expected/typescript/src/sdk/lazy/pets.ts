/*
 * Generated from spec.yaml. Do not edit.
 */

export * from "../../funcs/petsCreatePet.js";
export * from "../../funcs/petsGetPet.js";

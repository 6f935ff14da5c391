/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  CustomModelType$,
  type CustomModelType,
} from "../shared/custommodeltype.js";
import { SdVersions$, type SdVersions } from "../shared/sdversions.js";
import { Strength$, type Strength } from "../shared/strength.js";

export interface CreateModelRequestBody {
  /**
   * The name of the model.
   */
  name: string;
  /**
   * The description of the model.
   */
  description?: string | null;
  /**
   * The ID of the dataset to train the model on.
   */
  datasetId: string;
  /**
   * The instance prompt to use during training.
   */
  instancePrompt: string;
  /**
   * The category the most accurately reflects the model.
   */
  modelType?: CustomModelType;
  /**
   * Whether or not the model is NSFW.
   */
  nsfw?: boolean | null;
  /**
   * The resolution for training. Must be 512 or 768.
   */
  resolution?: number | null;
  /**
   * The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models
   */
  sdVersion?: SdVersions;
  /**
   * When training using the PIXEL_ART model type, this influences the training strength.
   */
  strength?: Strength;
}

export function CreateModelRequestBody$(): Fields {
  return [
    ["name", "name", "r", "string"],
    ["description", "description", "on", "string"],
    ["datasetId", "datasetId", "r", "string"],
    ["instancePrompt", "instance_prompt", "r", "string"],
    ["modelType", "modelType", "o", CustomModelType$],
    ["nsfw", "nsfw", "on", "boolean"],
    ["resolution", "resolution", "on", "integer"],
    ["sdVersion", "sd_Version", "o", SdVersions$],
    ["strength", "strength", "o", Strength$],
  ];
}

export interface CreateModelResponse {
  /**
   * HTTP response content type for this operation
   */
  contentType: string;
  /**
   * HTTP response status code for this operation
   */
  statusCode: number;
  /**
   * Raw HTTP response; suitable for custom response parsing
   */
  rawResponse: Response;
  object?: CreateModelResponseBody | undefined;
}

export interface CreateModelResponseBody {
  sdTrainingJob?: CreateModelSdTrainingJob | null;
}

export function CreateModelResponseBody$(): Fields {
  return [["sdTrainingJob", "sdTrainingJob", "on", CreateModelSdTrainingJob$]];
}

export interface CreateModelSdTrainingJob {
  customModelId?: string;
  /**
   * API Credits Cost for Model Training. Available for Production API Users.
   */
  apiCreditCost?: number | null;
}

export function CreateModelSdTrainingJob$(): Fields {
  return [
    ["customModelId", "customModelId", "o", "string"],
    ["apiCreditCost", "apiCreditCost", "on", "integer"],
  ];
}

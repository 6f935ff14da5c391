/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";
import {
  CustomModelType$,
  type CustomModelType,
} from "../shared/custommodeltype.js";
import { JobStatus$, type JobStatus } from "../shared/jobstatus.js";
import { SdVersions$, type SdVersions } from "../shared/sdversions.js";

/**
 * columns and relationships of "custom_models"
 */
export interface GetModelByIdCustomModelsByPk {
  createdAt?: string;
  description?: string;
  id?: string | null;
  instancePrompt?: string | null;
  modelHeight?: number;
  modelWidth?: number;
  name?: string;
  public?: boolean;
  /**
   * The base version of stable diffusion to use if not using a custom model. v1_5 is 1.5, v2 is 2.1, if not specified it will default to v1_5. Also includes SDXL and SDXL Lightning models
   */
  sdVersion?: SdVersions;
  /**
   * The status of the current task.
   */
  status?: JobStatus;
  /**
   * The category the most accurately reflects the model.
   */
  type?: CustomModelType;
  updatedAt?: string;
}

export function GetModelByIdCustomModelsByPk$(): Fields {
  return [
    ["createdAt", "createdAt", "o", "string"],
    ["description", "description", "o", "string"],
    ["id", "id", "on", "string"],
    ["instancePrompt", "instancePrompt", "on", "string"],
    ["modelHeight", "modelHeight", "o", "integer"],
    ["modelWidth", "modelWidth", "o", "integer"],
    ["name", "name", "o", "string"],
    ["public", "public", "o", "boolean"],
    ["sdVersion", "sdVersion", "o", SdVersions$],
    ["status", "status", "o", JobStatus$],
    ["type", "type", "o", CustomModelType$],
    ["updatedAt", "updatedAt", "o", "string"],
  ];
}

export interface GetModelByIdResponse {
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
  object?: GetModelByIdResponseBody | undefined;
}

export interface GetModelByIdResponseBody {
  /**
   * columns and relationships of "custom_models"
   */
  customModelsByPk?: GetModelByIdCustomModelsByPk | null;
}

export function GetModelByIdResponseBody$(): Fields {
  return [
    [
      "customModelsByPk",
      "custom_models_by_pk",
      "on",
      GetModelByIdCustomModelsByPk$,
    ],
  ];
}

/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "custom_models"
 */
export interface DeleteModelByIdDeleteCustomModelsByPk {
  id?: string | null;
}

export function DeleteModelByIdDeleteCustomModelsByPk$(): Fields {
  return [["id", "id", "on", "string"]];
}

export interface DeleteModelByIdResponse {
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
  object?: DeleteModelByIdResponseBody | undefined;
}

export interface DeleteModelByIdResponseBody {
  /**
   * columns and relationships of "custom_models"
   */
  deleteCustomModelsByPk?: DeleteModelByIdDeleteCustomModelsByPk | null;
}

export function DeleteModelByIdResponseBody$(): Fields {
  return [
    [
      "deleteCustomModelsByPk",
      "delete_custom_models_by_pk",
      "on",
      DeleteModelByIdDeleteCustomModelsByPk$,
    ],
  ];
}

/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "generations"
 */
export interface DeleteGenerationByIdDeleteGenerationsByPk {
  id?: string | null;
}

export function DeleteGenerationByIdDeleteGenerationsByPk$(): Fields {
  return [["id", "id", "on", "string"]];
}

export interface DeleteGenerationByIdResponse {
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
  object?: DeleteGenerationByIdResponseBody | undefined;
}

export interface DeleteGenerationByIdResponseBody {
  /**
   * columns and relationships of "generations"
   */
  deleteGenerationsByPk?: DeleteGenerationByIdDeleteGenerationsByPk | null;
}

export function DeleteGenerationByIdResponseBody$(): Fields {
  return [
    [
      "deleteGenerationsByPk",
      "delete_generations_by_pk",
      "on",
      DeleteGenerationByIdDeleteGenerationsByPk$,
    ],
  ];
}

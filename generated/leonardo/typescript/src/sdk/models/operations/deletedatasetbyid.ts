/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "datasets"
 */
export interface DeleteDatasetByIdDeleteDatasetsByPk {
  id?: string | null;
}

export function DeleteDatasetByIdDeleteDatasetsByPk$(): Fields {
  return [["id", "id", "on", "string"]];
}

export interface DeleteDatasetByIdResponse {
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
  object?: DeleteDatasetByIdResponseBody | undefined;
}

export interface DeleteDatasetByIdResponseBody {
  /**
   * columns and relationships of "datasets"
   */
  deleteDatasetsByPk?: DeleteDatasetByIdDeleteDatasetsByPk | null;
}

export function DeleteDatasetByIdResponseBody$(): Fields {
  return [
    [
      "deleteDatasetsByPk",
      "delete_datasets_by_pk",
      "on",
      DeleteDatasetByIdDeleteDatasetsByPk$,
    ],
  ];
}

/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "datasets"
 */
export interface CreateDatasetInsertDatasetsOne {
  id?: string | null;
}

export function CreateDatasetInsertDatasetsOne$(): Fields {
  return [["id", "id", "on", "string"]];
}

export interface CreateDatasetRequestBody {
  /**
   * The name of the dataset.
   */
  name: string;
  /**
   * A description for the dataset.
   */
  description?: string | null;
}

export function CreateDatasetRequestBody$(): Fields {
  return [
    ["name", "name", "r", "string"],
    ["description", "description", "on", "string"],
  ];
}

export interface CreateDatasetResponse {
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
  object?: CreateDatasetResponseBody | undefined;
}

export interface CreateDatasetResponseBody {
  /**
   * columns and relationships of "datasets"
   */
  insertDatasetsOne?: CreateDatasetInsertDatasetsOne | null;
}

export function CreateDatasetResponseBody$(): Fields {
  return [
    [
      "insertDatasetsOne",
      "insert_datasets_one",
      "on",
      CreateDatasetInsertDatasetsOne$,
    ],
  ];
}

/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "datasets"
 */
export interface GetDatasetByIdDatasetsByPk {
  createdAt?: string;
  datasetImages?: Array<GetDatasetByIdDatasetsByPkDatasetImages>;
  description?: string | null;
  id?: string | null;
  name?: string;
  updatedAt?: string;
}

export function GetDatasetByIdDatasetsByPk$(): Fields {
  return [
    ["createdAt", "createdAt", "o", "string"],
    [
      "datasetImages",
      "dataset_images",
      "oa",
      GetDatasetByIdDatasetsByPkDatasetImages$,
    ],
    ["description", "description", "on", "string"],
    ["id", "id", "on", "string"],
    ["name", "name", "o", "string"],
    ["updatedAt", "updatedAt", "o", "string"],
  ];
}

/**
 * columns and relationships of "dataset_images"
 */
export interface GetDatasetByIdDatasetsByPkDatasetImages {
  createdAt?: string;
  id?: string | null;
  url?: string;
}

export function GetDatasetByIdDatasetsByPkDatasetImages$(): Fields {
  return [
    ["createdAt", "createdAt", "o", "string"],
    ["id", "id", "on", "string"],
    ["url", "url", "o", "string"],
  ];
}

export interface GetDatasetByIdResponse {
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
  object?: GetDatasetByIdResponseBody | undefined;
}

export interface GetDatasetByIdResponseBody {
  /**
   * columns and relationships of "datasets"
   */
  datasetsByPk?: GetDatasetByIdDatasetsByPk | null;
}

export function GetDatasetByIdResponseBody$(): Fields {
  return [
    ["datasetsByPk", "datasets_by_pk", "on", GetDatasetByIdDatasetsByPk$],
  ];
}

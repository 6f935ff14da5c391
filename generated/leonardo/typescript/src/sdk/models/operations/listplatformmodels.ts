/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

/**
 * columns and relationships of "custom_models"
 */
export interface ListPlatformModelsCustomModels {
  description?: string;
  featured?: boolean;
  /**
   * columns and relationships of "generated_images"
   */
  generatedImage?: ListPlatformModelsCustomModelsGeneratedImage | null;
  id?: string | null;
  name?: string;
  nsfw?: boolean;
}

export function ListPlatformModelsCustomModels$(): Fields {
  return [
    ["description", "description", "o", "string"],
    ["featured", "featured", "o", "boolean"],
    [
      "generatedImage",
      "generated_image",
      "on",
      ListPlatformModelsCustomModelsGeneratedImage$,
    ],
    ["id", "id", "on", "string"],
    ["name", "name", "o", "string"],
    ["nsfw", "nsfw", "o", "boolean"],
  ];
}

/**
 * columns and relationships of "generated_images"
 */
export interface ListPlatformModelsCustomModelsGeneratedImage {
  id?: string | null;
  url?: string;
}

export function ListPlatformModelsCustomModelsGeneratedImage$(): Fields {
  return [
    ["id", "id", "on", "string"],
    ["url", "url", "o", "string"],
  ];
}

export interface ListPlatformModelsResponse {
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
  object?: ListPlatformModelsResponseBody | undefined;
}

export interface ListPlatformModelsResponseBody {
  customModels?: Array<ListPlatformModelsCustomModels>;
}

export function ListPlatformModelsResponseBody$(): Fields {
  return [
    ["customModels", "custom_models", "oa", ListPlatformModelsCustomModels$],
  ];
}

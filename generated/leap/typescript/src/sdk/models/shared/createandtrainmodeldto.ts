/*
 * Generated from spec/leap/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface CreateAndTrainModelDto {
  /**
   * Provide a name so you can more easily identify the model.
   */
  name?: string;
  /**
   * This is the keyword you will use during image generation to trigger your custom subject. For example "a photo of @me".
   */
  subjectKeyword?: string;
  /**
   * The subject type - a short description, usually a noun, that describes what the underlying model is learning. For example: person, man, woman, cat, dog, icon, style. Defaults to "person".
   */
  subjectType?: string;
  /**
   * An optional webhook URL that will be called with a POST request when the model completes training or fails.
   */
  webhookUrl?: string;
  /**
   * An array of strings containing the URLs of the images to upload. Either this or imageSampleFiles is required, but not both.
   */
  imageSampleUrls?: Array<string>;
  /**
   * An array of files containing the images to upload. Either this or imageSampleUrls is required, but not both.
   */
  imageSampleFiles?: Array<Blob>;
}

export function CreateAndTrainModelDto$(): Fields {
  return [
    ["name", "name", "o", "string"],
    ["subjectKeyword", "subjectKeyword", "o", "string"],
    ["subjectType", "subjectType", "o", "string"],
    ["webhookUrl", "webhookUrl", "o", "string"],
    ["imageSampleUrls", "imageSampleUrls", "oa", "string"],
    ["imageSampleFiles", "imageSampleFiles", "oa", "binary"],
  ];
}

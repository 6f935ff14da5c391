/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields, Values } from "../../../lib/schema.js";

/**
 * pick | one
 */
export type DoOddMode = "a|b" | 'c"d' | "e\\f" | "*/" | "{{x}}" | (string & {});

export function DoOddMode$(): Values {
  return ["a|b", 'c"d', "e\\f", "*/", "{{x}}"];
}

/**
 * Body """ docs {{ x }}
 */
export interface DoOddRequestBody {
  /**
   * Field ends with backslash \
   */
  text?: string;
  /**
   * pick | one
   */
  mode?: DoOddMode;
}

export function DoOddRequestBody$(): Fields {
  return [
    [
      "text",
      "text",
      "r",
      "string",
      'It\'s a "default" with \'\'\' and """ {{ x }}',
    ],
    ["mode", "mode", "o", DoOddMode$],
  ];
}

export interface DoOddResponse {
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
  object?: DoOddResponseBody | undefined;
}

export interface DoOddResponseBody {
  /**
   * `backticks` and ``double``
   */
  weirdKey?: string;
}

export function DoOddResponseBody$(): Fields {
  return [["weirdKey", "weird key", "o", "string"]];
}

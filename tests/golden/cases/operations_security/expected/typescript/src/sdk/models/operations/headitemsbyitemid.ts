/*
 * Generated from spec.yaml. Do not edit.
 */

export interface HeadItemsByItemIdResponse {
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
}

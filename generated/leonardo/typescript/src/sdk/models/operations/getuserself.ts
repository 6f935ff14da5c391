/*
 * Generated from spec/leonardo/openapi.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface GetUserSelfResponse {
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
  object?: GetUserSelfResponseBody | undefined;
}

export interface GetUserSelfResponseBody {
  userDetails?: Array<GetUserSelfUserDetails>;
}

export function GetUserSelfResponseBody$(): Fields {
  return [["userDetails", "user_details", "oa", GetUserSelfUserDetails$]];
}

/**
 * columns and relationships of "user_details"
 */
export interface GetUserSelfUserDetails {
  /**
   * columns and relationships of "users"
   */
  user?: GetUserSelfUserDetailsUser | null;
  /**
   * User Plan Token Renewal Date.
   */
  tokenRenewalDate?: string | null;
  /**
   * Current balance of paid tokens the user has.
   */
  paidTokens?: number | null;
  /**
   * Current balance of user plan subscription tokens the user has.
   */
  subscriptionTokens?: number;
  /**
   * Current balance of user plan GPT tokens the user has.
   */
  subscriptionGptTokens?: number;
  /**
   * Current balance of model training tokens the user has.
   */
  subscriptionModelTokens?: number;
  /**
   * API Concurrency Slots.
   */
  apiConcurrencySlots?: number;
  /**
   * Current balance of API paid tokens the user has.
   */
  apiPaidTokens?: number | null;
  /**
   * Current balance of Enterprise API subscriptions tokens the user has.
   */
  apiSubscriptionTokens?: number;
  /**
   * API Plan Token Renewal Date.
   */
  apiPlanTokenRenewalDate?: string | null;
}

export function GetUserSelfUserDetails$(): Fields {
  return [
    ["user", "user", "on", GetUserSelfUserDetailsUser$],
    ["tokenRenewalDate", "tokenRenewalDate", "on", "string"],
    ["paidTokens", "paidTokens", "on", "integer"],
    ["subscriptionTokens", "subscriptionTokens", "o", "integer"],
    ["subscriptionGptTokens", "subscriptionGptTokens", "o", "integer"],
    ["subscriptionModelTokens", "subscriptionModelTokens", "o", "integer"],
    ["apiConcurrencySlots", "apiConcurrencySlots", "o", "integer"],
    ["apiPaidTokens", "apiPaidTokens", "on", "integer"],
    ["apiSubscriptionTokens", "apiSubscriptionTokens", "o", "integer"],
    ["apiPlanTokenRenewalDate", "apiPlanTokenRenewalDate", "on", "string"],
  ];
}

/**
 * columns and relationships of "users"
 */
export interface GetUserSelfUserDetailsUser {
  id?: string | null;
  /**
   * Username of the user.
   */
  username?: string | null;
}

export function GetUserSelfUserDetailsUser$(): Fields {
  return [
    ["id", "id", "on", "string"],
    ["username", "username", "on", "string"],
  ];
}

/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface Account {
  id: string;
  password: string;
  email: string;
  created?: string;
  birthday?: string;
  avatar?: string;
  raw?: Blob;
}

export function Account$(): Fields {
  return [
    ["id", "id", "r", "string"],
    ["password", "password", "r", "string"],
    ["email", "email", "r", "string"],
    ["created", "created", "o", "string"],
    ["birthday", "birthday", "o", "string"],
    ["avatar", "avatar", "o", "string"],
    ["raw", "raw", "o", "binary"],
  ];
}

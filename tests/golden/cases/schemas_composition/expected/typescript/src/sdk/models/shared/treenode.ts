/*
 * Generated from spec.yaml. Do not edit.
 */

import type { Fields } from "../../../lib/schema.js";

export interface TreeNode {
  value: string;
  children?: Array<TreeNode>;
  parent?: TreeNode | null;
}

export function TreeNode$(): Fields {
  return [
    ["value", "value", "r", "string"],
    ["children", "children", "oa", TreeNode$],
    ["parent", "parent", "on", TreeNode$],
  ];
}

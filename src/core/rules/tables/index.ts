import type { Rule } from "../rule";

export const TABLE_RULES: Rule[] = [];

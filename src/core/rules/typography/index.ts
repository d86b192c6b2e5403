import type { Rule } from "../rule";

export const TYPOGRAPHY_RULES: Rule[] = [];

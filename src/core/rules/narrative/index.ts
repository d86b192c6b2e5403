import type { Rule } from "../rule";

export const NARRATIVE_RULES: Rule[] = [];

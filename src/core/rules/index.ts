/** Every rule of the catalogue, by group. Adding a rule means adding its file and one line in its group. */
import type { Rule } from "./rule";
import { HISTORY_RULES } from "./history/index";
import { NARRATIVE_RULES } from "./narrative/index";
import { STRUCTURE_RULES } from "./structure/index";
import { TABLE_RULES } from "./tables/index";
import { TYPOGRAPHY_RULES } from "./typography/index";

export const RULES: Rule[] = [...STRUCTURE_RULES, ...TABLE_RULES, ...NARRATIVE_RULES, ...TYPOGRAPHY_RULES, ...HISTORY_RULES];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}

/** A rule's documentation for the page, loaded with the rules when first asked for, so the page starts small. */
import type { RuleDoc } from "../core/rules/docs";

export async function loadRuleDoc(id: string): Promise<RuleDoc | null> {
  const [{ ruleById }, { ruleDoc }] = await Promise.all([import("../core/rules/index"), import("../core/rules/docs")]);
  const rule = ruleById(id);
  return rule ? ruleDoc(rule) : null;
}

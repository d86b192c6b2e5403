import { compareLocations, WHOLE_FILE } from "../model/location";
import type { Finding, FormatVersion } from "../model/report";
import type { ParsedReport } from "../parse/parsed";
import type { EarlierReport, FindingDraft, Rule } from "./rule";
import { RULES } from "./index";
import { isRuleOn, NO_SETTINGS, type RuleSettings } from "../settings/rule-settings";

/** Whether a rule runs on reports of a format version: by its own test, else on all but pre-2019 reports (only recognised). */
export function runsOnVersion(rule: Rule, version: FormatVersion): boolean {
  return rule.appliesToVersion ? rule.appliesToVersion(version) : version !== "pre-2019";
}

function applies(rule: Rule, parsed: ParsedReport): boolean {
  if (rule.skipFormats?.includes(parsed.document.format)) return false;
  return runsOnVersion(rule, parsed.report.formatVersion);
}

/** A table said to be unreadable (structure/table-unreadable) is not also reported missing. */
function saidUnreadable(parsed: ParsedReport, ruleId: string, draft: FindingDraft): boolean {
  return ruleId === "structure/table-missing" && (parsed.unreadableTables ?? []).some(({ table }) => table === draft.location.template?.table);
}

export const RULE_FAILED = "engine/rule-failed";

/** Said in place of a rule's findings when the rule threw: the tool's fault, not the report's. */
function ruleFailed(rule: Rule): Finding {
  return {
    rule: RULE_FAILED,
    severity: "info",
    message: `规则 ${rule.id}（${rule.title}）运行出错，这一项未能检查。这是本工具的问题，不是报告的问题；其他规则的结果不受影响。`,
    location: WHOLE_FILE,
  };
}

/**
 * Findings one rule lists in one report. A hostile or broken file (a 10 MB text of table rows) can make a
 * rule fire hundreds of thousands of times; listing them all would exhaust memory and help nobody.
 */
export const MAX_FINDINGS_PER_RULE = 500;

/** The first findings of a rule in document order, and one finding counting the rest. */
function capped(rule: Rule, findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS_PER_RULE) return findings;
  const listed = findings.sort((a, b) => compareLocations(a.location, b.location)).slice(0, MAX_FINDINGS_PER_RULE);
  const rest = findings.length - MAX_FINDINGS_PER_RULE;
  const more: Finding = {
    rule: rule.id,
    severity: "info",
    message: `“${rule.title}”另有 ${rest} 处同类问题未逐一列出（每条规则最多列出 ${MAX_FINDINGS_PER_RULE} 处），请先改正已列出的问题后重新检查。`,
    location: findings[MAX_FINDINGS_PER_RULE].location,
  };
  return [...listed, more];
}

/** One rule's findings, with the severity the settings give it, if any; a rule that throws costs only its own findings, never the file's. */
function ruleFindings(rule: Rule, parsed: ParsedReport, history: EarlierReport[], settings: RuleSettings): Finding[] {
  const chosen = settings.rules[rule.id]?.severity;
  try {
    const findings = [...rule.check({ parsed, history })]
      .filter((draft) => !saidUnreadable(parsed, rule.id, draft))
      .map((draft) => ({ rule: rule.id, severity: chosen ?? draft.severity ?? rule.severity, ...withoutSeverity(draft) }));
    return capped(rule, findings);
  } catch {
    return [ruleFailed(rule)];
  }
}

/** Runs the rules the settings leave on. */
export function runRules(parsed: ParsedReport, rules: Rule[] = RULES, history: EarlierReport[] = [], settings: RuleSettings = NO_SETTINGS): Finding[] {
  // A loop and a module-level comparator: inline callbacks would be compiled again after each full collection (README, "V8").
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (isRuleOn(settings, rule.id) && applies(rule, parsed)) findings.push(...ruleFindings(rule, parsed, history, settings));
  }
  return findings.sort(byLocation);
}

const byLocation = (a: Finding, b: Finding) => compareLocations(a.location, b.location);

function withoutSeverity<T extends { severity?: unknown }>(draft: T): Omit<T, "severity"> {
  const { severity: _ignored, ...rest } = draft;
  return rest;
}

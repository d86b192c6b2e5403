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

/** Document order of a finding, for a list that reads top to bottom. */
function position(finding: Finding): number {
  const { line, block, page, box } = finding.location;
  if (line !== undefined) return line;
  if (block !== undefined) return block;
  if (page !== undefined) return page * 100_000 - (box ? box[3] : 0);
  return 0;
}

/** A table said to be unreadable (structure/table-unreadable) is not also reported missing. */
function saidUnreadable(parsed: ParsedReport, ruleId: string, draft: FindingDraft): boolean {
  return ruleId === "structure/table-missing" && (parsed.unreadableTables ?? []).some(({ table }) => table === draft.location.table);
}

/** Runs the rules the settings leave on, each finding with the severity the settings give its rule, if any. */
export function runRules(parsed: ParsedReport, rules: Rule[] = RULES, history: EarlierReport[] = [], settings: RuleSettings = NO_SETTINGS): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!isRuleOn(settings, rule.id) || !applies(rule, parsed)) continue;
    const chosen = settings.rules[rule.id]?.severity;
    for (const draft of rule.check({ parsed, history })) {
      if (saidUnreadable(parsed, rule.id, draft)) continue;
      findings.push({ rule: rule.id, severity: chosen ?? draft.severity ?? rule.severity, ...withoutSeverity(draft) });
    }
  }
  return findings.sort((a, b) => position(a) - position(b));
}

function withoutSeverity<T extends { severity?: unknown }>(draft: T): Omit<T, "severity"> {
  const { severity: _ignored, ...rest } = draft;
  return rest;
}

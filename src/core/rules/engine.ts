import type { Finding, FormatVersion } from "../model/report";
import type { ParsedReport } from "../parse/parsed";
import type { EarlierReport, FindingDraft, Rule } from "./rule";
import { RULES } from "./index";

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

export function runRules(parsed: ParsedReport, rules: Rule[] = RULES, history: EarlierReport[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!applies(rule, parsed)) continue;
    for (const draft of rule.check({ parsed, history })) {
      if (saidUnreadable(parsed, rule.id, draft)) continue;
      findings.push({ rule: rule.id, severity: draft.severity ?? rule.severity, ...withoutSeverity(draft) });
    }
  }
  return findings.sort((a, b) => position(a) - position(b));
}

function withoutSeverity<T extends { severity?: unknown }>(draft: T): Omit<T, "severity"> {
  const { severity: _ignored, ...rest } = draft;
  return rest;
}

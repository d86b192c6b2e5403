/**
 * The one rule tester, in the shape of ESLint's RuleTester: a rule, `valid` reports on which it must say
 * nothing, and `invalid` reports each with the exact list of findings it must make. Every run goes
 * through the engine as the check runs it (src/core/rules/engine.ts): the format and version gates
 * (`skipFormats`, `appliesToVersion`), the rule settings and the guarded run (a rule that throws gives
 * `engine/rule-failed`, which no expected list contains). A test that needs a format version the gates
 * would skip states the version it tests (`version`), and the tester checks the report is of it.
 *
 *   testRule(dash, {
 *     valid: [{ name: "a real dash", text: report({ 1: ["抓总——综合部门"] }) }],
 *     invalid: [{ name: "two hyphens", text: …, findings: [{ severity: "info", message: "…", location: { line: 3 } }] }],
 *   });
 *
 * A case that states its findings whole (every field, the location's too) says `exact: true`, and they
 * must then equal the findings, with no field more.
 *
 * `runRule` is the same run for a test that asserts more than a list can say (the characters a location
 * points at, every place of a grouped finding).
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../../src/core/extract/text";
import type { ExtractedDocument } from "../../src/core/model/document";
import type { Finding, FormatVersion, Severity } from "../../src/core/model/report";
import { parseDocument } from "../../src/core/parse/index";
import { runRules } from "../../src/core/rules/engine";
import { ruleById } from "../../src/core/rules/index";
import type { EarlierReport, Rule } from "../../src/core/rules/rule";
import { NO_SETTINGS, type RuleSettings } from "../../src/core/settings/rule-settings";

/** A report to run a rule on: the text of a .txt upload, or a document a real reader (DOCX, PDF) made. */
export interface RuleInput {
  text?: string;
  document?: ExtractedDocument;
  /** The same agency's earlier reports, for the cross-year rules. */
  history?: EarlierReport[];
  /** Rules turned off or given another severity. */
  settings?: RuleSettings;
  /** The format version the report must be read as; stated where it matters to the gates. */
  version?: FormatVersion;
}

/**
 * A finding as a case expects it: the fields it states must match (objects, as `location`, in the fields
 * they state), the rule id always; the list is exact — no finding more, none less, in document order.
 */
export type ExpectedFinding = { severity: Severity } & Partial<Omit<Finding, "rule" | "severity" | "location" | "places">> & {
    location?: object;
    places?: object[];
  };

export interface ValidCase extends RuleInput {
  name: string;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** The findings are stated whole, every field of each: compared as equal, not as a match of the fields stated. */
  exact?: boolean;
}

function ruleOf(rule: Rule | string): Rule {
  if (typeof rule !== "string") return rule;
  const registered = ruleById(rule);
  if (!registered) throw new Error(`no rule ${rule}`);
  return registered;
}

/** The rule's findings on the report, through the engine's gates, settings and guard. */
export function runRule(rule: Rule | string, input: RuleInput | string): Finding[] {
  const { text, document, history = [], settings = NO_SETTINGS, version } = typeof input === "string" ? { text: input } : input;
  if ((text === undefined) === (document === undefined)) throw new Error("give the report as text or as a document, one of them");
  const parsed = parseDocument(document ?? extractText(new TextEncoder().encode(text)));
  if (version !== undefined && parsed.report.formatVersion !== version) {
    throw new Error(`the report is read as format ${parsed.report.formatVersion}, the case states ${version}`);
  }
  return runRules(parsed, [ruleOf(rule)], history, settings);
}

/** The findings a case expects, with the rule's id. */
function expected(rule: Rule, findings: ExpectedFinding[]): object[] {
  return findings.map((finding) => ({ rule: rule.id, ...finding }));
}

/** ESLint's RuleTester for our rules: one test per case, named by the case. */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.id} (rule tester)`, () => {
    if (cases.valid.length > 0) {
      it.each(cases.valid.map((one) => [one.name, one] as const))("valid: %s", (_, one) => {
        expect(runRule(rule, one)).toEqual([]);
      });
    }
    if (cases.invalid.length > 0) {
      it.each(cases.invalid.map((one) => [one.name, one] as const))("invalid: %s", (_, one) => {
        if (one.findings.length === 0) throw new Error("an invalid case expects at least one finding; put it in valid");
        const found = runRule(rule, one);
        expect(found).toHaveLength(one.findings.length);
        if (one.exact) expect(found).toEqual(expected(rule, one.findings));
        else expect(found).toMatchObject(expected(rule, one.findings));
      });
    }
  });
}

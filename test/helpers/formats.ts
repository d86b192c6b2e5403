/** For the DOCX and HTML tests: the generated fixtures, checking them as the command line does, findings compared with the seed as text. */
import { readFileSync } from "node:fs";
import { nodeExtractors } from "../../src/cli/extractors";
import { checkFile, checkText } from "../../src/core/check";
import type { CheckResult, Finding } from "../../src/core/model/report";
import { seedText, type SeedId } from "./seeds";

export function generated(file: string): Uint8Array {
  return readFileSync(new URL(`../fixtures/generated/${file}`, import.meta.url));
}

export function check(name: string, bytes: Uint8Array): Promise<CheckResult> {
  return checkFile({ name, bytes }, { extractors: nodeExtractors });
}

/**
 * rules.md “按格式不适用的规则”: “[bookmark: …]” is how a text conversion prints a Word bookmark; the DOCX
 * and the saved page hold the bookmark itself, so that typo/artefact finding has no counterpart there.
 */
function appliesOutsideText(finding: Finding): boolean {
  return !(finding.rule === "typo/artefact" && String(finding.actual).startsWith("[bookmark:"));
}

export function ruleIds(findings: Finding[]): string[] {
  return [...new Set(findings.map((finding) => finding.rule))].sort();
}

/** The rules the seed as text triggers that also apply to its DOCX and HTML forms. */
export async function textRuleIds(id: SeedId): Promise<string[]> {
  const result = await checkText(`${id}.txt`, seedText(id));
  return ruleIds(result.findings!.filter(appliesOutsideText));
}

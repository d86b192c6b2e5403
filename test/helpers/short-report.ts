/**
 * For the typography rules' tests (run through rule-tester.ts): an edited seed, a small report written in
 * the test, or a real DOCX package built in the test and read by the real DOCX reader.
 */
import { buildDocx } from "../../scripts/fixtures/docx-writer";
import { extractDocx } from "../../src/core/extract/docx";
import type { ExtractedDocument } from "../../src/core/model/document";
import type { Finding } from "../../src/core/model/report";
import { SECTIONS } from "../../src/core/model/template";
import { seedText, type SeedId } from "./seeds";
import { standardHeading } from "../../src/core/rules/lib/sections";

/** The seed with line `line` (1-based) changed by `edit`. */
export function editedSeed(seed: SeedId, line: number, edit: (text: string) => string): string {
  const lines = seedText(seed).split("\n");
  lines[line - 1] = edit(lines[line - 1]);
  return lines.join("\n");
}

/**
 * A short report: title, then the six standard section headings, each followed by the lines given for
 * it. Line numbers: title 1, heading of section 一 2, its lines from 3 on, and so on.
 */
export function report(bodies: Partial<Record<number, string[]>>): string {
  const lines = ["北京市某某区城市管理委员会2023年政府信息公开工作年度报告"];
  for (const { number } of SECTIONS) lines.push(standardHeading(number), ...(bodies[number] ?? ["本部分内容。"]));
  return lines.join("\n");
}

/** A real Word package of body paragraphs (written by the fixtures' DOCX writer), read by the real DOCX extractor. */
export function docxDocument(paragraphs: string[]): ExtractedDocument {
  const items = paragraphs.map((text) => ({ kind: "paragraph" as const, text, role: "body" as const }));
  return extractDocx(buildDocx({ seed: "typography", truth: { title: "", agency: "", year: null, tables: {} }, items }));
}

/** What the tests compare: rule, place and message. */
export function summary(finding: Finding): { rule: string; line?: number; column?: number | string; message: string } {
  const { line, column } = finding.location;
  return { rule: finding.rule, line, column, message: finding.message };
}

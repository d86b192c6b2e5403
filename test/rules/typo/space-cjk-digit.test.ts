import { describe, expect, it } from "vitest";
import type { ExtractedDocument } from "../../../src/core/model/document";
import { SEED_IDS, seedText } from "../../helpers/seeds";
import { spaceCjkDigit } from "../../../src/core/rules/typo/space-cjk-digit";
import { docxDocument, report, summary } from "../../helpers/short-report";
import { runRule } from "../../helpers/rule-tester";

const SEED_003 = "003_f34c183db723c9dd";
const RULE = "typo/space-cjk-digit";

describe("typo/space-cjk-digit", () => {
  it("003: lines 3, 7, 9, 11, 15 and 17, one finding per number", () => {
    const findings = runRule(spaceCjkDigit, seedText(SEED_003));
    expect(findings.map(summary)).toEqual([
      { rule: RULE, line: 3, column: 15, message: "“理局 2023 年政”中有多余空格，应写作“理局2023年政”。" },
      { rule: RULE, line: 7, column: 1, message: "“2023 年”中有多余空格，应写作“2023年”。" },
      { rule: RULE, line: 9, column: 26, message: "“信息 98 条”中有多余空格，应写作“信息98条”。" },
      { rule: RULE, line: 9, column: 46, message: "“发布 192 条”中有多余空格，应写作“发布192条”。" },
      { rule: RULE, line: 11, column: 13, message: "“2023 年未”中有多余空格，应写作“2023年未”。" },
      { rule: RULE, line: 15, column: 66, message: "“2023 年审”中有多余空格，应写作“2023年审”。" },
      { rule: RULE, line: 17, column: 185, message: "“人员 1 人”中有多余空格，应写作“人员1人”。" },
    ]);
    expect(findings[0].location).toEqual({ kind: "text", line: 3, column: 15, endLine: 3, endColumn: 21 });
  });

  it.each(SEED_IDS.filter((id) => id !== SEED_003))("seed %s has none", (seed) => {
    expect(runRule(spaceCjkDigit, seedText(seed))).toEqual([]);
  });

  it("full-width spaces and decimals too", () => {
    expect(runRule(spaceCjkDigit, report({ 1: ["收费　0.5万元。"] })).map(summary)).toEqual([
      { rule: RULE, line: 3, column: 3, message: "“收费　0.5万元”中有多余空格，应写作“收费0.5万元”。" },
    ]);
  });

  it("numbering, numbers next to punctuation or Latin text, and table cells stay", () => {
    const text = report({ 1: ["1. 加强学习。", "共3、5项，按GB/T 9704执行。", "全年（2023）完成。"], 2: ["行政许可\t 35\t\t"] });
    expect(runRule(spaceCjkDigit, text)).toEqual([]);
  });

  it("DOCX: the block and the spaces with the number", () => {
    const [finding] = runRule(spaceCjkDigit, { document: docxDocument(["一、总体情况", "发布信息 98 条。"]) });
    expect(finding.location).toEqual({ kind: "docx", block: 1, start: 4, end: 8 });
  });

  it("PDF: never, extraction puts spaces there", () => {
    const document: ExtractedDocument = {
      format: "pdf",
      blocks: [{ type: "paragraph", text: "2023 年，发布信息 98 条。", location: { kind: "pdf", page: 1, box: [72, 700, 300, 712] } }],
    };
    expect(runRule(spaceCjkDigit, { document: document })).toEqual([]);
    expect(runRule(spaceCjkDigit, { document: { ...document, format: "docx" } })).toHaveLength(2);
  });
});

import { describe, expect, it } from "vitest";
import { SEED_IDS, seedText } from "../../helpers/seeds";
import { headingPunct } from "../../../src/core/rules/typo/heading-punct";
import { docxDocument, editedSeed, report, summary } from "../../helpers/short-report";
import { runRule } from "../../helpers/rule-tester";

const SEED_004 = "004_7be0dca35fed79ae";
const RULE = "typo/heading-punct";

describe("typo/heading-punct", () => {
  it("004: “（二）主动公开。” on line 13, at its full stop", () => {
    const findings = runRule(headingPunct, seedText(SEED_004));
    expect(findings.map(summary)).toEqual([
      { rule: RULE, line: 13, column: 8, message: "小标题“（二）主动公开。”末尾有句号，与其他同级小标题（如“（一）组织领导”）不一致。" },
    ]);
    expect(findings[0].location).toEqual({ kind: "text", line: 13, column: 8, endLine: 13, endColumn: 9 });
  });

  it("004 without that full stop has none", () => {
    expect(runRule(headingPunct, editedSeed(SEED_004, 13, (line) => line.replace("。", "")))).toEqual([]);
  });

  it.each(SEED_IDS.filter((id) => id !== SEED_004))("seed %s has none", (seed) => {
    expect(runRule(headingPunct, seedText(seed))).toEqual([]);
  });

  it("the fewer side is reported: here the heading without a full stop", () => {
    const text = report({ 1: ["（一）组织领导。", "正文。", "（二）主动公开。", "正文。", "（三）依申请公开", "正文。"] });
    expect(runRule(headingPunct, text).map(summary)).toEqual([
      { rule: RULE, line: 7, column: 8, message: "小标题“（三）依申请公开”末尾没有句号，与其他同级小标题（如“（一）组织领导。”）不一致。" },
    ]);
  });

  it("half and half: the ones with a full stop", () => {
    const text = report({ 1: ["1.组织领导。", "2.主动公开"] });
    expect(runRule(headingPunct, text).map((finding) => finding.location.line)).toEqual([3]);
  });

  it("run-in headings and headings of other levels are not compared", () => {
    const text = report({
      1: ["（一）组织领导。本单位成立领导小组，统筹推进工作。", "（二）主动公开", "1.健全机制。", "（三）依申请公开"],
    });
    expect(runRule(headingPunct, text)).toEqual([]);
  });

  it("DOCX: the block and the full stop's offset", () => {
    const document = docxDocument(["一、总体情况", "（一）组织领导", "（二）主动公开。", "（三）依申请公开"]);
    expect(runRule(headingPunct, { document: document }).map((finding) => finding.location)).toEqual([{ kind: "docx", block: 2, start: 7, end: 8 }]);
  });
});

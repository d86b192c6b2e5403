import { describe, expect, it } from "vitest";
import { SEED_IDS, seedText } from "../../helpers/seeds";
import { numberingMixed } from "../../../src/core/rules/typo/numbering-mixed";
import { docxDocument, editedSeed, report, summary } from "../../helpers/short-report";
import { runRule } from "../../helpers/rule-tester";

const SEED_001 = "001_2a4087b0dbaec631";
const RULE = "typo/numbering-mixed";

describe("typo/numbering-mixed", () => {
  it("001: 第五部分 “一、二、三是”, one finding over lines 409–411", () => {
    const findings = runRule(numberingMixed, seedText(SEED_001));
    expect(findings.map(summary)).toEqual([
      { rule: RULE, line: 409, column: 1, message: "第五部分列举混用“一、二、”与“三是”，且“一、”与部分标题序号冲突。" },
    ]);
    expect(findings[0].location).toMatchObject({ line: 409, column: 1, endLine: 411 });
  });

  it("001 with “三、” still uses the sections' level inside 第五部分", () => {
    const [finding] = runRule(numberingMixed, editedSeed(SEED_001, 411, (line) => line.replace("三是", "三、")));
    expect(finding.message).toBe("第五部分内使用了与部分标题同级的序号“一、二、三、”，部分内的列举宜用“（一）”“（二）”。");
  });

  it("001 numbered （一）（二）（三） has none", () => {
    let text = editedSeed(SEED_001, 409, (line) => line.replace("一、", "（一）"));
    text = text.replace("\n二、政府信息公开队伍", "\n（二）政府信息公开队伍").replace("\n三是政务公开", "\n（三）政务公开");
    expect(runRule(numberingMixed, text)).toEqual([]);
  });

  it.each(SEED_IDS.filter((id) => id !== SEED_001))("seed %s has none", (seed) => {
    expect(runRule(numberingMixed, seedText(seed))).toEqual([]);
  });

  it("a list that goes on in another style", () => {
    const [finding, ...rest] = runRule(numberingMixed, report({ 1: ["（一）组织领导", "正文。", "（二）主动公开", "3.依申请公开"] }));
    expect(rest).toEqual([]);
    expect(summary(finding)).toEqual({ rule: RULE, line: 5, column: 1, message: "第一部分列举混用“（二）”与“3.”，同一列举应使用同一种序号。" });
    expect(finding.location).toMatchObject({ line: 5, endLine: 6 });
  });

  it("levels under one another are no mix", () => {
    const text = report({ 1: ["（一）组织领导", "1.健全机制。", "（二）主动公开", "1.公开目录。", "2.公开指南。", "（三）依申请公开", "一是规范受理。", "二是按期答复。", "（四）平台建设"] });
    expect(runRule(numberingMixed, text)).toEqual([]);
  });

  it("DOCX: the blocks from the first to the last numbered paragraph", () => {
    const document = docxDocument(["五、存在的主要问题及改进情况", "一、学习不够深入。", "二、队伍建设薄弱。", "三是公开不够谨慎。"]);
    expect(runRule(numberingMixed, { document: document }).map((finding) => finding.location)).toEqual([{ kind: "docx", block: 1 }]);
  });
});

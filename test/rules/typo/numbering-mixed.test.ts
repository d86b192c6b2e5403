import { seedText, seedCases } from "../../helpers/seeds";
import { numberingMixed } from "../../../src/core/rules/typo/numbering-mixed";
import { docxDocument, editedSeed, report } from "../../helpers/short-report";
import { testRule } from "../../helpers/rule-tester";

const SEED_001 = "001_2a4087b0dbaec631";
/** Seed 001 with 第五部分's list numbered （一）（二）（三）. */
function seed001Bracketed(): string {
  const text = editedSeed(SEED_001, 409, (line) => line.replace("一、", "（一）"));
  return text.replace("\n二、政府信息公开队伍", "\n（二）政府信息公开队伍").replace("\n三是政务公开", "\n（三）政务公开");
}

testRule(numberingMixed, {
  valid: [
    ...seedCases(SEED_001),
    { name: "001 numbered （一）（二）（三）", text: seed001Bracketed() },
    {
      name: "levels under one another are no mix",
      text: report({ 1: ["（一）组织领导", "1.健全机制。", "（二）主动公开", "1.公开目录。", "2.公开指南。", "（三）依申请公开", "一是规范受理。", "二是按期答复。", "（四）平台建设"] }),
    },
  ],
  invalid: [
    {
      name: "001: 第五部分 “一、二、三是”, one finding over lines 409–411",
      text: seedText(SEED_001),
      findings: [
        { severity: "warning", location: { line: 409, column: 1, endLine: 411 }, message: "第五部分列举混用“一、二、”与“三是”，且“一、”与部分标题序号冲突。" },
      ],
    },
    {
      name: "001 with “三、” still uses the sections' level inside 第五部分",
      text: editedSeed(SEED_001, 411, (line) => line.replace("三是", "三、")),
      findings: [{ severity: "warning", message: "第五部分内使用了与部分标题同级的序号“一、二、三、”，部分内的列举宜用“（一）”“（二）”。" }],
    },
    {
      name: "a list that goes on in another style",
      text: report({ 1: ["（一）组织领导", "正文。", "（二）主动公开", "3.依申请公开"] }),
      findings: [{ severity: "warning", location: { line: 5, column: 1, endLine: 6 }, message: "第一部分列举混用“（二）”与“3.”，同一列举应使用同一种序号。" }],
    },
    {
      name: "DOCX: the blocks from the first to the last numbered paragraph",
      document: docxDocument(["五、存在的主要问题及改进情况", "一、学习不够深入。", "二、队伍建设薄弱。", "三是公开不够谨慎。"]),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "第五部分列举混用“一、二、”与“三是”，且“一、”与部分标题序号冲突。",
          actual: "一、二、三是",
          location: { kind: "docx", block: 1 },
        },
      ],
    },
  ],
});

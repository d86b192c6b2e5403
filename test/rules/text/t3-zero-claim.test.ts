import { expect } from "vitest";
import { SEED_004_CLAIM_LINE, edited, seed, seed004With, withCarriedOver } from "../../helpers/text-edits";
import { t3ZeroClaim } from "../../../src/core/rules/text/t3-zero-claim";
import { testRule } from "../../helpers/rule-tester";

/** Seed 003 (it received no application) with 表三 本年新收 made 2. */
const seed003WithTwo = edited(seed("003"), "一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "一、本年新收政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2");

testRule(t3ZeroClaim, {
  valid: [
    { name: "seed 003 (rules.md §I): it received none, and 表三 says 0", text: seed("003") },
    ...[
      ["行政复议 applications", "本年度未收到行政复议申请。"],
      ["another year", "2022年未收到政府信息公开申请。"],
      ["a narrower group of applicants", "未收到法人提交的政府信息公开申请。"],
      ["无法 is not 无", "无法提供的政府信息公开申请均已说明理由。"],
      ["申请人 is not an application", "无申请人逾期未补正情况。"],
      ["no carried-over applications, and 表三 has none", "未收到上年转结数量。"],
    ].map(([name, sentence]) => ({ name, text: seed004With(sentence) })),
  ],
  invalid: [
    ...[
      ["本年度未收到政府信息公开申请。", "本年度未收到政府信息公开申请"],
      ["全年没有收到依申请公开申请。", "全年没有收到依申请公开申请"],
      ["本年度我镇无政府信息公开申请。", "本年度我镇无政府信息公开申请"],
      ["2023年，北京市大兴区亦庄镇人民政府未接到群众提出的政府信息公开申请。", "北京市大兴区亦庄镇人民政府未接到群众提出的政府信息公开申请"],
      ["本年度依申请公开数量为0。", "本年度依申请公开数量为0"],
      ["无依申请公开事项。", "无依申请公开事项"],
    ].map(([sentence, quoted]) => ({
      name: sentence,
      text: seed004With(sentence),
      exact: true,
      findings: [
        {
          severity: "error" as const,
          message: `正文称“${quoted}”，但表三“本年新收政府信息公开申请数量”总计为33件。`,
          expected: 0,
          actual: 33,
          location: expect.objectContaining({ line: SEED_004_CLAIM_LINE }),
        },
      ],
    })),
    // “无上年结转” while 表三 上年结转 is above 0, also in seed 003's wording “上年转结”.
    ...["本年度无上年结转申请。", "未收到上年转结数量。"].map((sentence) => ({
      name: `${sentence} while 表三 上年结转 is 2`,
      text: withCarriedOver(seed004With(sentence), 2),
      findings: [{ severity: "error" as const, message: `正文称“${sentence.slice(0, -1)}”，但表三“上年结转政府信息公开申请数量”总计为2件。` }],
    })),
    {
      name: "a sentence about one office is only a warning, and says so",
      text: seed004With("镇司法所未收到政府信息公开申请。"),
      findings: [
        {
          severity: "warning",
          message: "正文称“镇司法所未收到政府信息公开申请”，但表三“本年新收政府信息公开申请数量”总计为33件（该句说的是“镇司法所”，如不指本机关全年，请核实）。",
        },
      ],
    },
    {
      name: "seed 003 with 表三 本年新收 made 2: its “未收到……申请” is an error on line 11",
      text: seed003WithTwo,
      findings: [{ severity: "error", actual: 2, location: { line: 11 } }],
    },
  ],
});

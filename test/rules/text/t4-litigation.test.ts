import { describe, expect, it } from "vitest";
import { SEED_004_CLAIM_LINE, seed, seed004With } from "../../helpers/text-edits";
import { t4Litigation } from "../../../src/core/rules/text/t4-litigation";
import { runRule } from "../../helpers/rule-tester";

const fire = (sentence: string) => runRule(t4Litigation, seed004With(sentence));
const TABLE = "表四行政诉讼“未经复议直接起诉—总计”5件 + “复议后起诉—总计”2件 = 7件。";

describe("text/t4-litigation fires when the text's number of 行政诉讼 cases differs from 表四's two groups (seed 004: 5 + 2)", () => {
  it.each([
    ["被提起行政诉讼3件。", "被提起行政诉讼3件"],
    ["行政诉讼案件三起。", "行政诉讼案件三起"],
    ["本年度行政复议2件，行政诉讼3件。", "行政诉讼3件"],
    ["涉及政府信息公开的行政应诉案件共3件。", "涉及政府信息公开的行政应诉案件共3件"],
    ["3件行政诉讼均在审理中。", "3件行政诉讼均在审理中"],
    ["收到1件行政复议、3件行政诉讼。", "收到1件行政复议、3件行政诉讼"],
  ])("%s", (sentence, quoted) => {
    expect(fire(sentence)).toEqual([
      {
        rule: "text/t4-litigation",
        severity: "warning",
        message: `正文称“${quoted}”，${TABLE}`,
        expected: 7,
        actual: 3,
        location: expect.objectContaining({ line: SEED_004_CLAIM_LINE }),
      },
    ]);
  });
});

describe("text/t4-litigation does not fire", () => {
  it.each([
    ["a figure that agrees", "被提起行政诉讼7件。"],
    ["one group only", "复议后起诉2件。"],
    ["the other group only", "未经复议直接起诉5件。"],
    ["another year", "2022年行政诉讼3件。"],
    ["one result only", "行政诉讼胜诉2件。"],
    ["复议 and 诉讼 together", "行政复议、行政诉讼共9件。"],
    // issue 11: a sub-category next to the total that matches
    ["一审 cases beside the total", "全年行政诉讼案件立案7件，其中一审行政诉讼案件6件。"],
    ["一审 cases alone", "全年一审行政诉讼案件6件。"],
  ])("%s", (_, sentence) => {
    expect(fire(sentence)).toEqual([]);
  });

  it("on the five seeds", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) expect(runRule(t4Litigation, seed(prefix))).toEqual([]);
  });
});

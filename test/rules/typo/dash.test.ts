import { describe, expect, it } from "vitest";
import { SEED_IDS, seedText } from "../../helpers/seeds";
import { dash } from "../../../src/core/rules/typo/dash";
import { report, summary } from "../../helpers/short-report";
import { runRule, testRule } from "../../helpers/rule-tester";

const SEED_000 = "000_5a9a8d2bc98e1d44";
const RULE = "typo/dash";

describe("typo/dash", () => {
  it("000: the four “--” of lines 12 and 16 as one finding with its four places", () => {
    const findings = runRule(dash, seedText(SEED_000));
    expect(findings.map(summary)).toEqual([{ rule: RULE, line: 12, column: 27, message: "“领导抓总--综合部门”等4处中的“--”应改为破折号“——”。" }]);
    expect(findings[0].location).toEqual({ kind: "text", line: 12, column: 27, endLine: 12, endColumn: 29 });
    expect(findings[0].places!.map((place) => [place.line, place.column, place.endColumn])).toEqual([
      [12, 27, 29],
      [12, 35, 37],
      [16, 196, 198],
      [16, 204, 206],
    ]);
    expect(findings[0]).toMatchObject({ expected: "——", actual: "--" });
  });

  it("groups only the same hyphens: “--” twice and “－－” once are two findings", () => {
    const text = report({ 1: ["抓总--综合部门牵头--业务部门落实。", "抓总－－综合部门牵头。"] });
    const findings = runRule(dash, text);
    expect(findings.map(summary)).toEqual([
      { rule: RULE, line: 3, column: 3, message: "“抓总--综合部门”等2处中的“--”应改为破折号“——”。" },
      { rule: RULE, line: 4, column: 3, message: "“抓总－－综合部门”中的“－－”应改为破折号“——”。" },
    ]);
    expect(findings[0].places).toHaveLength(2);
    expect(findings[1].places).toBeUndefined();
  });
});

testRule(dash, {
  valid: [
    ...SEED_IDS.filter((id) => id !== SEED_000).map((seed) => ({ name: `seed ${seed}`, text: seedText(seed) })),
    {
      name: "connectors, ranges, real dashes, page numbers and table placeholders stay",
      text: report({
        1: ["吐鲁番-哈密盆地", "2023--2024年度", "1-3月办理", "局领导抓总——综合部门牵头", "- 1 -"],
        2: ["行政许可\t--\t\t"],
      }),
    },
  ],
  invalid: [
    {
      name: "full-width hyphens, three hyphens, and a lone hyphen set off by spaces",
      text: report({ 1: ["抓总－－综合部门牵头。", "抓总---综合部门牵头。", "抓总 - 综合部门牵头。"] }),
      findings: [
        { severity: "info", location: { kind: "text", line: 3, column: 3 }, message: "“抓总－－综合部门”中的“－－”应改为破折号“——”。" },
        { severity: "info", location: { kind: "text", line: 4, column: 3 }, message: "“抓总---综合部门”中的“---”应改为破折号“——”。" },
        { severity: "info", location: { kind: "text", line: 5, column: 3 }, message: "“抓总 - 综合部门”中的“-”应改为破折号“——”。" },
      ],
    },
  ],
});

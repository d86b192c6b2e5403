import { describe, expect, it } from "vitest";
import { edited, lineWith, seed } from "../../helpers/text-edits";
import { t2Normative } from "../../../src/core/rules/text/t2-normative";
import { testRule } from "../../helpers/rule-tester";

/** Seed 001 (表二 行政规范性文件 本年制发 12) with its own figure made to agree, and `sentence` opening line 7. */
function seed001With(sentence: string): string {
  const agreeing = edited(seed("001"), "规范性文件10条；", "规范性文件12条；");
  return edited(agreeing, "（三）深化政府信息管理工作。", `（三）${sentence}`);
}

testRule(t2Normative, {
  valid: [
    ["a figure that agrees", "制发行政规范性文件12件。"],
    ["documents cleaned up", "清理规范性文件30件。"],
    ["interpretations", "发布规范性文件解读5条。"],
    ["documents in force", "现行有效规范性文件64件。"],
    ["documents reviewed", "审核规范性文件20件。"],
    ["another year", "2022年印发规范性文件10件。"],
    ["no word of issuing", "涉及规范性文件10件。"],
    ["named examples (issue 11)", "印发《某某办法》《某某规定》等9件规范性文件。"],
    ["a part of the total the paragraph states", "全年印发行政规范性文件12件，其中政府规范性文件9件。"],
  ].map(([name, sentence]) => ({ name, text: seed001With(sentence) })),
  invalid: [
    {
      name: "seed 001 line 6: “规范性文件10条” among the information published, 表二 says 12 were issued",
      text: seed("001"),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "正文称“规范性文件10条”，表二“行政规范性文件—本年制发件数”为12件，请核实口径。",
          expected: 12,
          actual: 10,
          location: { kind: "text", line: 6, column: 70, endLine: 6, endColumn: 78 },
        },
      ],
    },
    ...[
      ["制发行政规范性文件十件。", "制发行政规范性文件十件"],
      ["本年度共印发规范性文件10件。", "本年度共印发规范性文件10件"],
      ["本年度共出台10件行政规范性文件。", "本年度共出台10件行政规范性文件"],
      ["主动公开各类信息100条，包括规范性文件10条。", "包括规范性文件10条"],
      ["发布规范性文件共10份。", "发布规范性文件共10份"],
      ["印发《某某办法》等文件，全年印发规范性文件10件。", "全年印发规范性文件10件"],
    ].map(([sentence, quoted]) => ({
      name: sentence,
      text: seed001With(sentence),
      findings: [{ severity: "warning" as const, message: `正文称“${quoted}”，表二“行政规范性文件—本年制发件数”为12件，请核实口径。`, location: { line: 7 } }],
    })),
  ],
});

describe("text/t2-normative", () => {
  it("seed 001's “规范性文件10条” is on line 6, where the finding above points", () => {
    expect(lineWith(seed("001"), "规范性文件10条")).toBe(6);
  });
});

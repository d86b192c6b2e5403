import { expect } from "vitest";
import { SEED_004_CLAIM_LINE, seed, seed004With } from "../../helpers/text-edits";
import { t2Enforcement } from "../../../src/core/rules/text/t2-enforcement";
import { testRule } from "../../helpers/rule-tester";

// Seed 004's 表二: 行政处罚 1044, 行政许可 0, 行政强制 1.
testRule(t2Enforcement, {
  valid: [
    { name: "seed 004 (rules.md §I): “1000余条” holds 1044", text: seed("004") },
    ...[
      ["an exact figure that agrees", "公开行政处罚信息1044条。"],
      ["an approximation that holds the value", "公开约1000条行政处罚信息。"],
      ["two kinds together", "公开行政许可和行政处罚信息共1044条。"],
      ["another year", "2022年行政处罚1200件。"],
      ["a list of matters, not decisions", "公开行政许可事项清单23项。"],
    ].map(([name, sentence]) => ({ name, text: seed004With(sentence) })),
  ],
  invalid: [
    ["公开行政处罚信息1200条。", "正文称“公开行政处罚信息1200条”，表二“行政处罚—本年处理决定数量”为1044，请核实口径。"],
    ["作出行政处罚决定一千条。", "正文称“作出行政处罚决定一千条”，表二“行政处罚—本年处理决定数量”为1044，请核实口径。"],
    ["实施行政强制3件。", "正文称“实施行政强制3件”，表二“行政强制—本年处理决定数量”为1，请核实口径。"],
    ["公开行政许可信息50条。", "正文称“公开行政许可信息50条”，表二“行政许可—本年处理决定数量”为0，请核实口径。"],
    ["行政执法处罚信息900余条。", "正文称“行政执法处罚信息900余条”（按900至1000条理解），表二“行政处罚—本年处理决定数量”为1044，请核实口径。"],
  ].map(([sentence, message]) => ({
    name: sentence,
    text: seed004With(sentence),
    exact: true,
    findings: [
      {
        severity: "info" as const,
        message,
        expected: expect.any(Number),
        actual: expect.any(Number),
        location: expect.objectContaining({ line: SEED_004_CLAIM_LINE }),
      },
    ],
  })),
});

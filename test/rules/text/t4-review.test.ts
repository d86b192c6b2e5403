import { expect } from "vitest";
import { SEED_004_CLAIM_LINE, seed, seed004With } from "../../helpers/text-edits";
import { t4Review } from "../../../src/core/rules/text/t4-review";
import { testRule } from "../../helpers/rule-tester";

// Seed 004's 表四 行政复议: 2.
testRule(t4Review, {
  valid: [
    { name: "seed 000 (rules.md §I): “回应1项行政复议申请” = 1", text: seed("000") },
    ...[
      ["a figure that agrees", "被申请行政复议2件。"],
      ["复议 and 诉讼 counted together", "行政复议、行政诉讼共9件。"],
      ["another year", "2022年被申请行政复议5件。"],
      ["one result only", "行政复议结果维持1件。"],
      ["复议后起诉 is litigation", "复议后起诉2件。"],
      ["a change", "行政复议案件较上年减少1件。"],
    ].map(([name, sentence]) => ({ name, text: seed004With(sentence) })),
  ],
  invalid: [
    ...(
      [
        ["依法依规回应1项行政复议申请。", "依法依规回应1项行政复议申请", 1],
        ["因政府信息公开被申请行政复议三件。", "因政府信息公开被申请行政复议三件", 3],
        ["发生政府信息公开行政复议案件3起。", "发生政府信息公开行政复议案件3起", 3],
        ["本年度收到行政复议申请，共计3件。", "共计3件", 3],
        ["本年度行政复议3件，行政诉讼7件。", "本年度行政复议3件", 3],
        ["被申请行政复议1件、被提起行政诉讼7件。", "被申请行政复议1件、被提起行政诉讼7件", 1],
      ] as const
    ).map(([sentence, quoted, actual]) => ({
      name: sentence,
      text: seed004With(sentence),
      exact: true,
      findings: [
        {
          severity: "warning" as const,
          message: `正文称“${quoted}”，表四“行政复议—总计”为2件。`,
          expected: 2,
          actual,
          location: expect.objectContaining({ line: SEED_004_CLAIM_LINE }),
        },
      ],
    })),
    { name: "an approximate figure outside its range is info", text: seed004With("涉及行政复议案件约10件。"), findings: [{ severity: "info", actual: 10 }] },
  ],
});

import { SEED_004_CLAIM_LINE, seed, seed004With } from "../../helpers/text-edits";
import { t3Answered } from "../../../src/core/rules/text/t3-answered";
import { testRule } from "../../helpers/rule-tester";

const TABLE = "但表三“（七）总计”为32件、另有1件结转下年度。";

testRule(t3Answered, {
  valid: [
    { name: "seed 000, which says how many it handled but not how many it answered", text: seed("000") },
    ...[
      ["answered and carried forward as the table says", "本年度收到政府信息公开申请33件，已答复32件，1件结转下年度继续办理。"],
      ["answers to other things", "答复网民留言64件。"],
      ["answers to deputies' proposals", "答复人大代表建议12件。"],
      ["another year", "2022年答复政府信息公开申请20件。"],
      ["a part after 其中", "本年度收到政府信息公开申请33件，其中线上申请按期答复30件。"],
      ["applications received only", "本年度受理政府信息公开申请33件。"],
      ["an approximation whose range holds 32", "按期答复政府信息公开申请30余件。"],
    ].map(([name, sentence]) => ({ name, text: seed004With(sentence) })),
  ],
  invalid: [
    {
      name: "seed 004 line 19: “按期答复33件”, but 32 were answered and 1 carried forward (rules.md §I)",
      text: seed("004"),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: `正文称“本年度共受理并按期答复依申请公开33件”，${TABLE}`,
          expected: 32,
          actual: 33,
          location: { kind: "text", line: SEED_004_CLAIM_LINE, column: 185, endLine: SEED_004_CLAIM_LINE, endColumn: 204 },
        },
      ],
    },
    ...[
      ["已全部办结政府信息公开申请三十三件。", "已全部办结政府信息公开申请三十三件"],
      ["本年度收到政府信息公开申请33件，共答复33件。", "共答复33件"],
      ["33件政府信息公开申请均已按时答复。", "33件政府信息公开申请均已按时答复"],
      ["办理完毕政府信息公开申请33项。", "办理完毕政府信息公开申请33项"],
      ["依申请公开方面，依法答复申请人提出的申请共33件。", "依法答复申请人提出的申请共33件"],
    ].map(([sentence, quoted]) => ({
      name: sentence,
      text: seed004With(sentence),
      findings: [{ severity: "warning" as const, message: `正文称“${quoted}”，${TABLE}`, expected: 32, actual: 33 }],
    })),
    { name: "an approximate figure outside its range is info", text: seed004With("按期答复依申请公开40余件。"), findings: [{ severity: "info", expected: 32, actual: 40 }] },
  ],
});

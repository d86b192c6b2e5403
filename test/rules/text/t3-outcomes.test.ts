import { expect } from "vitest";
import { valueLine, withCells } from "../../helpers/seed-edits";
import { SEED_004_CLAIM_LINE, seed004With } from "../../helpers/text-edits";
import { t3Outcomes } from "../../../src/core/rules/text/t3-outcomes";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

/*
 * Seed 004's 表三, 总计 column: 予以公开 2, 部分公开 0, 不予公开 2 (7.属于行政执法案卷), 无法提供 27
 * (1.本机关不掌握), 不予处理 1 (1.信访举报投诉类申请), 其他处理 0; （七）总计 32, 结转下年度 1.
 */

/** Seed 004 with nothing carried forward (its 结转下年度 总计 cell 0), so stated shares of the results must make 100%. */
function seed004Settled(sentence: string): string {
  const text = seed004With(sentence);
  return withCells(text, [[valueLine(text, "四、结转下年度继续办理", 6), "0"]]);
}

const AT_CLAIM = expect.objectContaining({ line: SEED_004_CLAIM_LINE });
const SHARES_UNDER_100 = "依申请公开办理结果中，予以公开2件，占6.3%；不予公开2件，占6.3%；无法提供27件，占74.4%；不予处理1件，占3.1%。";

testRule(t3Outcomes, {
  valid: [
    ...[
      ["counts that match, 予以公开 with or without 部分公开", "依申请公开中，予以公开2件，不予公开2件，因本机关不掌握等原因无法提供27件，不予处理1件。"],
      ["shares that add up to 100%", "依申请公开办理结果中，予以公开2件，占6.3%；不予公开2件，占6.3%；无法提供27件，占84.4%；不予处理1件，占3.1%。"],
      ["shares of some outcomes only", "依申请公开中，予以公开2件，占6.3%；无法提供27件，占84.4%。"],
      ["主动公开", "全年主动予以公开政府信息70条。"],
      ["appeals", "行政复议结果维持不予公开决定1件。"],
      ["other years", "2022年，依申请公开予以公开5件。"],
      ["a paragraph that states the table's figure elsewhere", "依申请公开中，无法提供27件，其中因本机关不掌握相关政府信息无法提供25件。"],
      ["a figure in brackets", "依申请公开办结32件（予以公开5件）。"],
      // With 1 application carried forward, the shares may be of the 33 received.
      ["shares under 100% while 1 application is carried forward", SHARES_UNDER_100],
    ].map(([name, sentence]) => ({ name, text: seed004With(sentence) })),
    ...seedCases(),
  ],
  invalid: [
    {
      name: "予以公开及部分公开 and 无法提供, as a city's report writes them (issue 11)",
      text: seed004With("本年度共受理依申请公开33件，其中予以公开及部分公开3件，占9.4%；不予公开2件；因本机关不掌握等原因无法提供25件，占78.1%。"),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "正文称“其中予以公开及部分公开3件”，表三“（一）予以公开”与“（二）部分公开”的总计之和为2件。",
          expected: 2,
          actual: 3,
          location: AT_CLAIM,
        },
        {
          severity: "warning",
          message: "正文称“因本机关不掌握等原因无法提供25件”，表三“（四）无法提供”各行的总计之和为27件。",
          expected: 27,
          actual: 25,
          location: AT_CLAIM,
        },
      ],
    },
    ...[
      ["依申请公开方面，不予公开3件。", "不予公开3件", "“（三）不予公开”各行的总计之和为2件"],
      ["政府信息公开申请中，部分公开1件。", "部分公开1件", "“（二）部分公开”的总计为0件"],
      ["政府信息公开申请不予处理2件。", "政府信息公开申请不予处理2件", "“（五）不予处理”各行的总计之和为1件"],
      ["政府信息公开申请其他处理1件。", "政府信息公开申请其他处理1件", "“（六）其他处理”的总计为0件"],
      ["依申请公开予以公开5件。", "依申请公开予以公开5件", "“（一）予以公开”的总计为2件"],
    ].map(([sentence, quoted, table]) => ({
      name: sentence,
      text: seed004With(sentence),
      findings: [{ severity: "warning" as const, message: `正文称“${quoted}”，表三${table}。` }],
    })),
    {
      name: "shares of the results that add up to more than 100%",
      text: seed004With("依申请公开办理结果中，予以公开2件，占6.3%；不予公开2件，占6.3%；无法提供27件，占94.4%；不予处理1件，占3.1%。"),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "正文所列各办理结果所占比例6.3%+6.3%+94.4%+3.1%合计110.1%，应约为100%。",
          expected: 100,
          actual: 110.1,
          location: AT_CLAIM,
        },
      ],
    },
    {
      name: "shares that name every outcome the table has, but make less than 100%, when nothing is carried forward",
      text: seed004Settled(SHARES_UNDER_100),
      findings: [{ severity: "warning", message: "正文所列各办理结果所占比例6.3%+6.3%+74.4%+3.1%合计90.1%，应约为100%。" }],
    },
  ],
});

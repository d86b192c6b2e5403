import { SEED_004_CLAIM_LINE, edited, endingWith, seed, seed004With, textRange } from "../../helpers/text-edits";
import { internalSum } from "../../../src/core/rules/text/internal-sum";
import { testRule } from "../../helpers/rule-tester";

const lastPartChanged = edited(seed("001"), "年度工作计划实施进展情况6条", "年度工作计划实施进展情况4条");

testRule(internalSum, {
  valid: [
    { name: "seed 001 (rules.md §I): 10+10+2+52+8+6 = 88", text: seed("001") },
    ...[
      ["a few highlights of a large total", "共发布信息2428条，其中政策文件20条、解读7条。"],
      ["no 其中", "全年累计发布各类信息191条，总访问量61.4万人次。"],
      ["a single part", "主动公开信息88条，其中规范性文件10条。"],
      ["two parts short of the total, nothing says the list is complete", "主动公开信息88条，其中政策文件40条，工作动态40条。"],
      ["parts that add up, in Chinese numerals", "全年共公开信息一百条，其中政策文件四十条，工作动态六十条。"],
      ["changes, not parts", "主动公开信息88条，其中政策文件较上年增加10条，工作动态增加5条。"],
      [
        "two totals, each with its parts, split by “；” (issue 11, 淮安)",
        "政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结37件；政府信息公开行政诉讼46件，其中结果维持25件，结果纠正6件，其他结果10件，尚未审结5件。",
      ],
      ["a “，” list that ends at “；”", "主动公开信息88条，其中政策文件40条，工作动态48条；解读材料30条，图解20条。"],
      ["a “；” list and the next total", "主动公开信息88条。其中，政策文件40条；工作动态48条；另有解读材料共30条，其中图解20条，视频10条。"],
    ].map(([name, sentence]) => ({ name, text: seed004With(sentence) })),
  ],
  invalid: [
    {
      name: "seed 001 with its last part changed: 10+10+2+52+8+4 = 86 ≠ 88",
      text: lastPartChanged,
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "正文称“2023年全年主动公开政府信息共88条”，其中分项10条+10条+2条+52条+8条+4条合计86条，与总数88条不符。",
          expected: 88,
          actual: 86,
          location: textRange(lastPartChanged, "2023年全年主动公开", "进展情况4条"),
        },
      ],
    },
    ...[
      ["共发布信息120条，其中工作动态80条、通知公告30条、其他信息5条。", "合计115条，与总数120条不符。"],
      ["全年共公开信息一百条，其中政策文件四十条，工作动态五十五条，通知公告十条。", "合计105条，与总数一百条不符。"],
      ["行政复议2件，其中维持1件、纠正2件。", "合计3件，与总数2件不符。"],
      ["累计发布信息200条。其中，网站150条；新媒体40条；其他5条。", "合计195条，与总数200条不符。"],
      ["主动公开政府信息共50条（其中政策文件30条、工作动态25条）。", "合计55条，与总数50条不符。"],
    ].map(([sentence, ending]) => ({
      name: sentence,
      text: seed004With(sentence),
      findings: [{ severity: "warning" as const, message: endingWith(ending), location: { line: SEED_004_CLAIM_LINE } }],
    })),
    {
      name: "a part list ends at its clause: each of two totals with their parts (issue 11, 淮安)",
      text: seed004With(
        "政府信息公开行政复议351件，其中结果维持72件，结果纠正64件，其他结果178件，尚未审结36件；政府信息公开行政诉讼46件，其中结果维持25件，结果纠正6件，其他结果10件，尚未审结4件。",
      ),
      findings: [
        { severity: "warning", message: "正文称“政府信息公开行政复议351件”，其中分项72件+64件+178件+36件合计350件，与总数351件不符。" },
        { severity: "warning", message: "正文称“政府信息公开行政诉讼46件”，其中分项25件+6件+10件+4件合计45件，与总数46件不符。" },
      ],
    },
    {
      name: "an approximate total is compared as a range, and a sum outside it is info",
      text: seed004With("主动公开信息70余条，其中政策文件50条，工作动态40条。"),
      findings: [{ severity: "info", actual: 90 }],
    },
  ],
});

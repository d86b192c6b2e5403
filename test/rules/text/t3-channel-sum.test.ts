import { SEED_004_CLAIM_LINE, edited, endingWith, seed, seed004With, textRange } from "../../helpers/text-edits";
import { internalSum } from "../../../src/core/rules/text/internal-sum";
import { t3ChannelSum } from "../../../src/core/rules/text/t3-channel-sum";
import { testRule } from "../../helpers/rule-tester";

const oneChannelChanged = edited(seed("000"), "线下申请2件", "线下申请3件");

testRule(t3ChannelSum, {
  valid: [
    { name: "seed 000: 2 + 2 = 4", text: seed("000") },
    ...[
      ["parts that add up (seed 000's wording)", "全年办理4项依申请公开，其中线上申请2件，线下申请2件。"],
      ["a few highlights of a larger total", "共收到政府信息公开申请100件，其中涉及征地拆迁的20件，涉及规划的10件。"],
      ["a single part", "共收到政府信息公开申请35件，其中线上申请20件。"],
      ["shares rather than counts", "共收到政府信息公开申请35件，其中自然人申请占比85%。"],
      ["Chinese numerals that add up", "共收到政府信息公开申请三十五件，其中线上二十件，线下十五件。"],
      ["a breakdown of something else (text/internal-sum's)", "主动公开政府信息88条，其中规范性文件10条，政策解读20条，其他信息50条。"],
      ["two totals, the second after “；”", "共收到政府信息公开申请33件，其中线上申请20件，线下申请13件；答复行政复议2件，其中维持1件，纠正1件。"],
      ["results of handling, 1 still in hand", "共受理政府信息公开申请33件，其中予以公开2件，不予公开2件，无法提供27件，其他处理1件。"],
      ["an approximate total with a sum inside its range", "共收到政府信息公开申请30余件，其中线上申请20件，线下申请15件。"],
    ].map(([name, sentence]) => ({ name, text: seed004With(sentence) })),
  ],
  invalid: [
    {
      name: "seed 000 with one channel changed: 2 + 3 ≠ 4",
      text: oneChannelChanged,
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "正文称“全年办理4项依申请公开”，其中分项2件+3件合计5件，与总数4项不符。",
          expected: 4,
          actual: 5,
          location: textRange(oneChannelChanged, "全年办理4项", "线下申请3件"),
        },
      ],
    },
    ...[
      ["共收到政府信息公开申请五件，其中网上申请三件、信函申请一件。", "其中分项三件+一件合计4件，与总数五件不符。"],
      ["本年度共收到政府信息公开申请35件（其中自然人30件、法人或其他组织4件）。", "其中分项30件+4件合计34件，与总数35件不符。"],
      ["本年度收到政府信息公开申请35件。其中，通过网络提交20件；信函提交10件；当面提交4件。", "其中分项20件+10件+4件合计34件，与总数35件不符。"],
      ["共受理政府信息公开申请十件，其中自然人申请八件，其他三件。", "其中分项八件+三件合计11件，与总数十件不符。"],
      ["全年收到依申请公开33件，其中线上申请20件，线下申请20件。", "其中分项20件+20件合计40件，与总数33件不符。"],
      ["共收到政府信息公开申请33件，其中线上申请20件，线下申请20件；答复行政复议2件，其中维持1件，纠正1件。", "其中分项20件+20件合计40件，与总数33件不符。"],
    ].map(([sentence, ending]) => ({
      name: sentence,
      text: seed004With(sentence),
      findings: [{ severity: "warning" as const, message: endingWith(ending), location: { line: SEED_004_CLAIM_LINE } }],
    })),
    {
      name: "an approximate total with a sum outside its range, as info",
      text: seed004With("共收到政府信息公开申请30余件，其中线上申请20件，线下申请25件。"),
      findings: [{ severity: "info", actual: 45 }],
    },
  ],
});

// The breakdown is not reported twice: text/internal-sum leaves applications alone.
testRule(internalSum, {
  valid: [{ name: "a breakdown of applications (text/t3-channel-sum's)", text: seed004With("全年办理4项依申请公开，其中线上申请2件，线下申请3件。") }],
  invalid: [],
});

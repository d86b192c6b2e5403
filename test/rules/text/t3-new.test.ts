import { SEED_004_CLAIM_LINE, seed, seed004With, textRange, withCarriedOver } from "../../helpers/text-edits";
import { t3New } from "../../../src/core/rules/text/t3-new";
import { testRule } from "../../helpers/rule-tester";

const withTwoCarried = (sentence: string) => withCarriedOver(seed004With(sentence), 2);
const received = seed004With("本年度共收到政府信息公开申请35件。");

testRule(t3New, {
  valid: [
    { name: "seed 000: “全年办理4项依申请公开” = 4", text: seed("000") },
    ...[
      ["the seed: 33 = 33", "本年度共受理并按期答复依申请公开33件，"],
      ["Chinese numerals that agree", "全年受理政府信息公开申请三十三件。"],
      ["another year's figure", "2022年，我镇共收到政府信息公开申请20件。"],
      ["a comparison with last year", "收到的政府信息公开申请较上年增加5件。"],
      ["行政复议 applications", "受理行政复议申请2件。"],
      ["行政许可 applications", "受理行政许可申请500件。"],
      ["the parts after 其中", "全年办理33件依申请公开，其中线上申请20件，线下申请20件。"],
      ["an approximation whose range holds the table's value", "全年受理政府信息公开申请30余件。"],
      ["visitors counted in 人次", "全年受理政府信息公开申请33件，接待来访群众35人次。"],
      ["answers, not applications received", "按期答复政府信息公开申请30件。"],
      // issue 11: numbers that are not counts of applications
      ["a numbered slogan in quotes", "依申请公开坚持‘三个一’工作机制，落实“一件一档”。"],
      ["a duration", "依申请公开件在2个工作日内录入办理平台。"],
      ["named examples", "受理涉及征收补偿等3件政府信息公开申请。"],
      ["a part of a total the paragraph states", "全年受理政府信息公开申请33件，区政府办代表区政府受理政府信息公开申请17件。"],
    ].map(([name, sentence]) => ({ name, text: seed004With(sentence) })),
    // When the sentence mentions 上年结转, 本年新收 or 本年新收 + 上年结转 are both accepted.
    { name: "本年新收 + 上年结转 (“含上年结转”)", text: withTwoCarried("共办理政府信息公开申请35件（含上年结转2件）。") },
    { name: "本年新收 with 上年结转 beside it", text: withTwoCarried("本年度受理政府信息公开申请33件，上年结转2件，共计35件。") },
  ],
  invalid: [
    ...[
      ["本年度共收到政府信息公开申请35件。", "本年度共收到政府信息公开申请35件"],
      ["全年受理依申请公开事项三十五件。", "全年受理依申请公开事项三十五件"],
      ["共接收各类政府信息公开申请35项，均已按期答复。", "共接收各类政府信息公开申请35项"],
      ["我镇共受理35件依申请公开。", "我镇共受理35件依申请公开"],
      ["2023年，我镇收到群众通过信函、网络等渠道提交的政府信息公开申请，共计三十五件。", "共计三十五件"],
      ["本年度新收政府信息公开申请35件，上年结转0件。", "本年度新收政府信息公开申请35件"],
      ["依申请公开方面，全年办理政府信息公开申请35件。", "全年办理政府信息公开申请35件"],
    ].map(([sentence, quoted]) => ({
      name: sentence,
      text: seed004With(sentence),
      findings: [
        {
          severity: "warning" as const,
          message: `正文称“${quoted}”，表三“本年新收政府信息公开申请数量”总计为33件。`,
          expected: 33,
          actual: 35,
          location: { line: SEED_004_CLAIM_LINE },
        },
      ],
    })),
    {
      name: "at the clause's characters",
      text: received,
      findings: [{ severity: "warning", location: textRange(received, "本年度共收到政府信息公开申请35件", "申请35件") }],
    },
    {
      name: "a sentence that mentions 上年结转 and agrees with neither names both",
      text: withTwoCarried("共办理政府信息公开申请37件（含上年结转2件）。"),
      findings: [
        {
          severity: "warning",
          message: "正文称“共办理政府信息公开申请37件（含上年结转2件）”，表三“本年新收”总计为33件，加“上年结转”2件为35件。",
          expected: 35,
          actual: 37,
        },
      ],
    },
    {
      name: "an approximate figure outside its range is info, with the range it was read as",
      text: seed004With("全年受理政府信息公开申请50余件。"),
      findings: [{ severity: "info", message: "正文称“全年受理政府信息公开申请50余件”（按50至60件理解），表三“本年新收政府信息公开申请数量”总计为33件。" }],
    },
    {
      name: "a sentence about one office is a warning that quotes it, never an error",
      text: seed004With("镇司法所受理政府信息公开申请3件。"),
      findings: [{ severity: "warning", message: "正文称“镇司法所受理政府信息公开申请3件”，表三“本年新收政府信息公开申请数量”总计为33件。" }],
    },
    {
      name: "a figure next to a slogan or a duration still counts",
      text: seed004With("坚持‘三个一’工作机制，受理政府信息公开申请35件，均在2个工作日内登记。"),
      findings: [{ severity: "warning", actual: 35, expected: 33 }],
    },
  ],
});

import type { FindingDraft, Rule } from "../rule";
import { FEE_MEASURES } from "../lib/basis";
import { bodyParagraphs, sentenceLocation, sentencesOf } from "../lib/prose";

const NONSTANDARD = /信息公开处理费|依申请公开(?:信息)?(?:收费|费用)|信息公开收费|政府信息公开费/g;

export const section6FeeTerm: Rule = {
  id: "section6/fee-term",
  severity: "info",
  title: "信息处理费名称不规范",
  description: "使用“信息公开处理费”“依申请公开收费”等非规范名称；规范名称为“信息处理费”。",
  basis: `${FEE_MEASURES}（名称）`,
  example: { wrong: "本机关未收取信息公开处理费。", right: "本机关未收取信息处理费。" },
  check({ parsed }) {
    // Loops, not inline callbacks, which V8 would compile again after each full collection (README, "V8").
    const findings: FindingDraft[] = [];
    for (const sentence of sentencesOf(bodyParagraphs(parsed))) {
      // Every name above holds 费: a sentence without it is passed over at once.
      if (!sentence.text.includes("费")) continue;
      for (const match of sentence.text.matchAll(NONSTANDARD)) {
        findings.push({
          message: `“${match[0]}”不是规范名称，应为“信息处理费”（《政府信息公开信息处理费管理办法》）。`,
          actual: match[0],
          expected: "信息处理费",
          location: sentenceLocation(sentence, match.index, match.index + match[0].length),
        });
      }
    }
    return findings;
  },
};

import type { Rule } from "../rule";
import { documentStart } from "../lib/common";
import { REGULATION } from "../lib/basis";
import { bodyParagraphs, sentencesOf } from "../lib/prose";

const RESULTS: { name: string; words: RegExp }[] = [
  { name: "工作考核", words: /考核/ },
  { name: "社会评议", words: /评议/ },
  { name: "责任追究结果", words: /责任追究|追究责任|追责|问责/ },
];

export const section1GovtAssessment: Rule = {
  id: "section1/govt-assessment",
  severity: "warning",
  title: "人民政府年报未报告考核、评议、追责情况",
  description:
    "机关为人民政府（含乡镇人民政府、街道办事处）的年度报告，应报告政府信息公开工作考核、社会评议和责任追究结果情况；全文未见“考核”“评议”“责任追究（追责、问责）”中任一项时提示。",
  basis: `${REGULATION}第五十条第（四）项；年度报告格式“一、总体情况”监督保障`,
  example: {
    wrong: "（七）监督保障。完善政务公开工作考核机制……（未提社会评议、责任追究）",
    right: "（七）监督保障。本年度将政务公开纳入绩效考核，开展社会评议1次，未发生责任追究情况。",
  },
  check({ parsed }) {
    const { agencyKind } = parsed.report;
    if (agencyKind !== "government" && agencyKind !== "township") return [];
    // The body without white space, as its sentences already hold it (their digits half-width: the words hold none).
    const text = sentencesOf(bodyParagraphs(parsed)).map((sentence) => sentence.text).join("");
    const missing = RESULTS.filter((result) => !result.words.test(text)).map((result) => `“${result.name}”`);
    if (missing.length === 0) return [];
    const location = parsed.sections.find((s) => s.number === 1)?.location ?? documentStart(parsed.document);
    return [{ message: `本报告为人民政府年报，未见${missing.join("")}情况。`, location }];
  },
};

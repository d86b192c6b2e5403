import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { bodyParagraphs, quoteSentence, sentenceLocation, sentencesOf } from "../lib/prose";

/** “部分公开……同时计入不予公开”: the same applications counted under a second result. */
const COUNTED_TWICE =
  /(?:同时|又|也|另|并|重复|分别)(?:计入|计为|统计为|统计在|算作|列入|归入|属于|作为|按|作)“?(?:予以公开|不予公开|无法提供|不予处理|其他处理)|(?:同时|又|也|重复|分别)(?:计入|统计|算作|列入|计算)/;

export const table3PartialNote: Rule = {
  id: "table3/partial-note",
  severity: "info",
  title: "部分公开只计这一情形",
  description:
    "正文叙述某申请“部分公开”又同时计入其他办理结果时提示：按表三行标签原注，“部分公开”（区分处理的）只计这一情形，不计其他情形。",
  basis: `${FORMAT_2021}表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”`,
  example: {
    wrong: "部分公开3件，因涉及第三方合法权益同时计入不予公开。",
    right: "部分公开3件（区分处理的，只计入部分公开）。",
  },
  check({ parsed }) {
    return sentencesOf(bodyParagraphs(parsed))
      .filter((sentence) => /部分公开/.test(sentence.text) && COUNTED_TWICE.test(sentence.text.slice(sentence.text.indexOf("部分公开"))))
      .map((sentence) => ({
        message: `“部分公开”（区分处理）的申请只计入表三（二），不再计入其他情形：“${quoteSentence(sentence)}”。`,
        location: sentenceLocation(sentence),
      }));
  },
};

/**
 * What 第六部分 says about 信息处理费 (收费办法): whether it reports the three figures the format asks
 * for — how many 收费通知 were sent, their total amount, and the amount actually collected.
 */
import type { ParsedReport } from "../../parse/parsed";
import { sectionParagraphs } from "./text";
import { isCount } from "./figures";
import { mentionsOf, sentencesOf, type Mention, type Sentence } from "./prose";

/** The fee rules apply to the 2021 format only: the fee and its measures date from 2021. */
export const only2021 = (version: string) => version === "2021";

/** Any name of the fee (信息处理费, 信息公开处理费…) or the notice that charges it. */
export const FEE_WORDS = /处理费|收费通知/;

export function section6Sentences(parsed: ParsedReport): Sentence[] {
  return sentencesOf(sectionParagraphs(parsed, 6));
}

export function feeSentences(parsed: ParsedReport): Sentence[] {
  return section6Sentences(parsed).filter((sentence) => FEE_WORDS.test(sentence.text));
}

const NUMBER = "(?:\\d+|[零〇一二两三四五六七八九十百]+)";
/** “均为0”: one zero for every figure named. */
const ALL_ZERO = /(?:均|都|全部)(?:为|是)(?:0|零|〇|无)/;
/** No notice was sent, so their number and amount are both nil. */
const NO_NOTICE = new RegExp(`(?:未|没有|无)(?:发出|发放|开具|下发|出具)?(?:过)?(?:任何)?(?:信息处理费)?收费通知|收费通知[^。；]{0,8}?(?:为0|为零|0件|零件|0份)`);
const NOTICE_COUNT = new RegExp(`件数|收费通知[^。；，]{0,10}?${NUMBER}(?:件|份|次)|${NUMBER}(?:件|份)收费通知`);
const NOTICE_AMOUNT = /收费通知.*?(?:金额|总额|\d元)/;
const ACTUAL = /实际收取|实际收费|实收|实际缴纳|实际收到/;
const COLLECTED = new RegExp(`(?:未|没有|不|免|无)收取|未收费|免收|没有收费|不收费|收取[^。；]{0,20}?(?:\\d+(?:\\.\\d+)?|零)(?:万)?元`);

export interface FeeElements {
  noticeCount: boolean;
  noticeAmount: boolean;
  collected: boolean;
}

/** Which of the three figures a fee statement gives (its sentences joined, white space removed). */
export function feeElements(text: string): FeeElements {
  if (ALL_ZERO.test(text)) return { noticeCount: true, noticeAmount: true, collected: true };
  const noNotice = NO_NOTICE.test(text);
  const actualAt = text.search(ACTUAL);
  const noticePart = actualAt < 0 ? text : text.slice(0, actualAt);
  const actualPart = actualAt < 0 ? "" : text.slice(actualAt);
  return {
    noticeCount: noNotice || NOTICE_COUNT.test(text),
    noticeAmount: noNotice || NOTICE_AMOUNT.test(noticePart),
    collected: /金额|总额|元|0|零/.test(actualPart) || COLLECTED.test(text),
  };
}

/** A figure other than zero: an amount (150元, 0.5万元) or a number of notices (3件). */
const NON_ZERO_FIGURE = /(?:^|[^\d.])(?:[1-9]\d*(?:\.\d+)?(?:万)?元|0\.\d*[1-9]\d*(?:万)?元|[1-9]\d*(?:件|份))/;
/** Nothing collected: “未收取信息处理费”, “收取……0元”. */
const NOTHING_COLLECTED = /(?:未|没有|不|免|无)收取|未收费|免收|没有收费|不收费|收取[^。；]{0,20}?(?:0|零)(?:\.0+)?(?:万)?元/;

/**
 * Whether the statement says no fee was charged at all and gives no figure other than zero: the format's
 * three figures are then all nil, even where it does not name them.
 */
export function chargedNothing(text: string): boolean {
  return NOTHING_COLLECTED.test(text) && !NON_ZERO_FIGURE.test(text);
}

/** Whether the statement says no notice was sent: “未发出收费通知”, or “收费通知的件数……均为0”. */
export function deniesNotices(text: string): boolean {
  return NO_NOTICE.test(text) || (ALL_ZERO.test(text) && /收费通知|件数/.test(text));
}

/** The numbers of notices the statement gives: “发出收费通知3件”. */
export function noticeCounts(sentences: Sentence[]): Mention[] {
  return sentences.flatMap(mentionsOf).filter((mention) => isCount(mention.quantity) && /收费通知/.test(mention.context));
}

/**
 * What the text says about 政府信息公开申请 (表三): which figures count applications, and whether they
 * were received or answered. Shared by text/t3-new, text/t3-answered and text/t3-channel-sum.
 */
import type { ParagraphBlock } from "../../model/document";
import type { ParsedReport } from "../../parse/parsed";
import { bodyMentions, isYearCount, type Mention } from "./prose";

/** Words that can only mean an information-disclosure application. */
export const APPLICATION_WORDS = /信息公开申请|公开申请|依申请|申请公开|信息公开的申请/;
/** 申请 alone (not 申请人), which means an application only where the paragraph is about them. */
const BARE_APPLICATION = /申请(?!人)/;
/** Applications of other kinds, and other proceedings. */
const OTHER_MATTERS = /复议|诉讼|许可|审批|政务服务|办件|补正|延期|建议|提案/;

export const RECEIVED = /收到|新收|受理|接收|接到|收悉|登记|办理(?!完|结|毕)/;
export const ANSWERED = /答复|办结|办理完|处理完/;

export function aboutApplications(mention: Mention): boolean {
  const { context, sentence } = mention;
  if (OTHER_MATTERS.test(context)) return false;
  if (APPLICATION_WORDS.test(context)) return true;
  return BARE_APPLICATION.test(context) && (paragraphAboutApplications(sentence.paragraph.block) || APPLICATION_WORDS.test(sentence.heading));
}

/** Whether a paragraph names applications, asked once per paragraph (a long paragraph has many figures). */
const namesApplications = new WeakMap<ParagraphBlock, boolean>();

function paragraphAboutApplications(block: ParagraphBlock): boolean {
  let answer = namesApplications.get(block);
  if (answer === undefined) namesApplications.set(block, (answer = APPLICATION_WORDS.test(block.text)));
  return answer;
}

/** The verbs that apply to a figure: its own words', or those of the sentence when it has none (“共计35件”). */
export function verbsOf(mention: Mention): string {
  return RECEIVED.test(mention.own) || ANSWERED.test(mention.own) ? mention.own : mention.context;
}

/**
 * Figures of the whole year's applications handled by `verb`: not a part after 其中, not in brackets,
 * not a change or another year's figure, not the 上年结转/结转下年度 rows.
 */
export function applicationFigures(parsed: ParsedReport, verb: RegExp): Mention[] {
  // The quick tests first: most figures of a report are no part and have no such verb.
  return bodyMentions(parsed).filter(
    (mention) =>
      !mention.part &&
      verb.test(verbsOf(mention)) &&
      !/结转|转结/.test(mention.own) &&
      isYearCount(mention, parsed.report.year) &&
      aboutApplications(mention),
  );
}

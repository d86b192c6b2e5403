/**
 * For the structure rules' tests: a small, complete, correct report as a text file (tables one row a line,
 * cells split by tabs, as Word saves them), and ways to change it. Rules run on it through rule-tester.ts.
 */
import { extractText } from "../../src/core/extract/text";
import type { ExtractedDocument } from "../../src/core/model/document";

const row = (...cells: (string | number)[]) => cells.join("\t");

const T3_VALUES: Record<string, number[]> = {
  new: [3, 1, 0, 0, 0, 0, 4],
  disclosed: [2, 1, 0, 0, 0, 0, 3],
  unavailable_not_held: [1, 0, 0, 0, 0, 0, 1],
  total: [3, 1, 0, 0, 0, 0, 4],
};
const zeros = [0, 0, 0, 0, 0, 0, 0];
const t3 = (key: string, ...labels: string[]) => row(...labels, ...(T3_VALUES[key] ?? zeros));

export const BASE_REPORT = [
  "北京市某某区城市管理委员会",
  "2023年政府信息公开工作年度报告",
  "依据《中华人民共和国政府信息公开条例》（以下简称《政府信息公开条例》）第五十条规定，编制本报告。",
  "一、总体情况",
  "2023年，北京市某某区城市管理委员会认真贯彻落实《政府信息公开条例》，全年主动公开政府信息120条，收到政府信息公开申请4件。",
  "二、主动公开政府信息情况",
  row("第二十条第（一）项", "", "", ""),
  row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
  row("规章", 0, 0, 0),
  row("行政规范性文件", 2, 0, 15),
  row("第二十条第（五）项", "", "", ""),
  row("信息内容", "本年处理决定数量", "", ""),
  row("行政许可", 35, "", ""),
  row("第二十条第（六）项", "", "", ""),
  row("信息内容", "本年处理决定数量", "", ""),
  row("行政处罚", 12, "", ""),
  row("行政强制", 0, "", ""),
  row("第二十条第（八）项", "", "", ""),
  row("信息内容", "本年收费金额（单位：万元）", "", ""),
  row("行政事业性收费", 0, "", ""),
  "",
  "三、收到和处理政府信息公开申请情况",
  row("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况", "", "", "", "", "", ""),
  row("", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"),
  row("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""),
  t3("new", "一、本年新收政府信息公开申请数量"),
  t3("carried_over", "二、上年结转政府信息公开申请数量"),
  t3("disclosed", "三、本年度办理结果", "（一）予以公开"),
  t3("partly_disclosed", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
  t3("withheld_state_secret", "", "（三）不予公开", "1.属于国家秘密"),
  t3("withheld_prohibited", "", "", "2.其他法律行政法规禁止公开"),
  t3("withheld_security", "", "", "3.危及“三安全一稳定”"),
  t3("withheld_third_party", "", "", "4.保护第三方合法权益"),
  t3("withheld_internal", "", "", "5.属于三类内部事务信息"),
  t3("withheld_process", "", "", "6.属于四类过程性信息"),
  t3("withheld_enforcement_file", "", "", "7.属于行政执法案卷"),
  t3("withheld_query", "", "", "8.属于行政查询事项"),
  t3("unavailable_not_held", "", "（四）无法提供", "1.本机关不掌握相关政府信息"),
  t3("unavailable_needs_creation", "", "", "2.没有现成信息需要另行制作"),
  t3("unavailable_unclear", "", "", "3.补正后申请内容仍不明确"),
  t3("rejected_petition", "", "（五）不予处理", "1.信访举报投诉类申请"),
  t3("rejected_duplicate", "", "", "2.重复申请"),
  t3("rejected_publication", "", "", "3.要求提供公开出版物"),
  t3("rejected_mass_repeat", "", "", "4.无正当理由大量反复申请"),
  t3("rejected_confirmation", "", "", "5.要求行政机关确认或重新出具已获取信息"),
  t3("other_no_correction", "", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
  t3("other_unpaid_fee", "", "", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
  t3("other_other", "", "", "3.其他"),
  t3("total", "", "（七）总计"),
  t3("carried_forward", "四、结转下年度继续办理"),
  "",
  "四、政府信息公开行政复议、行政诉讼情况",
  row("行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""),
  row("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""),
  row("", "", "", "", "", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"),
  row(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
  "",
  "五、存在的主要问题及改进情况",
  "政府信息公开的及时性有待提高。下一步，我委将加强培训，完善审核机制。",
  "六、其他需要报告的事项",
  "本年度发出收费通知的件数、总金额以及实际收取的总金额均为0。",
].join("\n");

export function lines(text: string): string[] {
  return text.split("\n");
}

/** 1-based number of the first line that is `line` exactly, or else that starts with it (white space at the ends aside). */
export function lineOf(text: string, line: string): number {
  const all = lines(text);
  const wanted = line.trim();
  const exact = all.findIndex((candidate) => candidate.trim() === wanted);
  const index = exact >= 0 ? exact : all.findIndex((candidate) => candidate.trimStart().startsWith(wanted));
  if (index < 0) throw new Error(`no line “${line}”`);
  return index + 1;
}

/** The text with one line replaced. */
export function replaceLine(text: string, line: string, replacement: string): string {
  const all = lines(text);
  all[lineOf(text, line) - 1] = replacement;
  return all.join("\n");
}

/** The text without the lines from the one starting `from` up to (not including) the one starting `to`; to the end without `to`. */
export function removeLines(text: string, from: string, to?: string): string {
  const all = lines(text);
  const start = lineOf(text, from) - 1;
  const end = to === undefined ? all.length : lineOf(text, to) - 1;
  return [...all.slice(0, start), ...all.slice(end)].join("\n");
}


/** The report as text read by character recognition (an OCR'd scan: `ocr` on the document), for `runRule`. */
export function recognised(text: string): ExtractedDocument {
  return { ...extractText(new TextEncoder().encode(text)), ocr: true };
}

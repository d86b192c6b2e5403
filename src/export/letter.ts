/**
 * The 修改意见 letter to one agency about its report, to be sent as it is: addressee, what to do by when,
 * the problems to correct (errors first, then warnings, 提示 when asked for) with a column for the agency's
 * answer, the findings the reviewer judged 不是问题 left out or listed apart, and the signature lines.
 */
import { describeFindingPlaces, SEVERITY_LABELS, type Finding, type Severity } from "../core/model/report";
import { ruleById } from "../core/rules/index";
import { shownTime } from "../core/time";
import type { ExportFile } from "../shared/review";
import { findingKey } from "../shared/finding-key";
import { text, type DocItem, type DocTable, type ExportDocument } from "./document";
import { AGENCY_PLACEHOLDER, type LetterForm } from "./letter-form";
import { chineseDate, yearText } from "./rows";

export const LETTER_HEADER = ["序号", "位置", "问题", "应为", "实际", "依据", "整改情况"];
const LETTER_WEIGHTS = [0.7, 1.6, 4.2, 1.2, 1.2, 2, 1.8];
export const DISMISSED_HEADER = ["序号", "位置", "问题", "审核意见"];
const DISMISSED_WEIGHTS = [0.7, 1.8, 5, 3];
export const DISMISSED_HEADING = "已核实不作修改";

const TITLE = "政府信息公开工作年度报告修改意见";
const UNKNOWN_AGENCY = "（请填写报送单位）";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** "北京市大兴区亦庄镇人民政府2023年政府信息公开工作年度报告修改意见"; without the agency when it is unknown. */
export function letterTitle(file: ExportFile): string {
  const year = yearText(file.result.report);
  return `${file.result.report?.agency ?? ""}${year ? `${year}年` : ""}${TITLE}`;
}

/** The file's name without its folder and extension. */
function stem(name: string): string {
  return name.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
}

/**
 * "××局2023年政府信息公开工作年度报告修改意见.docx" from the agency and year; when the agency is unknown,
 * "未识别机关的年度报告修改意见（file）.docx", never the file's name glued to a year.
 */
export function letterFileName(file: ExportFile): string {
  return file.result.report?.agency ? `${letterTitle(file)}.docx` : `未识别机关的年度报告修改意见（${stem(file.name)}）.docx`;
}

function valueText(value: number | string | null | undefined): string {
  return value == null ? "" : String(value);
}

interface Sorted {
  toFix: Finding[];
  dismissed: Finding[];
}

/** Errors, then warnings, then (when asked for) 提示, each in document order; those judged 不是问题 apart. */
function sortFindings(file: ExportFile, form: LetterForm): Sorted {
  const findings = file.result.findings ?? [];
  const dismissed = findings.filter((finding) => file.decisions[findingKey(finding)]?.status === "not-an-issue");
  const toFix = findings
    .filter((finding) => !dismissed.includes(finding) && (form.includeInfo || finding.severity !== "info"))
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
    .map(({ finding }) => finding);
  return { toFix, dismissed };
}

/** 【错误】the rule's Chinese title: the message, and the rule's id in small type. */
function problemCell(finding: Finding, note: string) {
  const title = ruleById(finding.rule)?.title;
  const remark = note ? `\n审核意见：${note}` : "";
  return { text: `【${SEVERITY_LABELS[finding.severity]}】${title ? `${title}：` : ""}${finding.message}${remark}`, note: finding.rule };
}

function toFixTable(file: ExportFile, findings: Finding[]): DocTable {
  const rows = findings.map((finding, index) => [
    String(index + 1),
    describeFindingPlaces(finding),
    problemCell(finding, file.decisions[findingKey(finding)]?.note ?? ""),
    valueText(finding.expected),
    valueText(finding.actual),
    ruleById(finding.rule)?.basis ?? "",
    "",
  ]);
  return { header: LETTER_HEADER, rows, weights: LETTER_WEIGHTS };
}

function dismissedTable(file: ExportFile, findings: Finding[]): DocTable {
  const rows = findings.map((finding, index) => [
    String(index + 1),
    describeFindingPlaces(finding),
    problemCell(finding, ""),
    file.decisions[findingKey(finding)]?.note ?? "",
  ]);
  return { header: DISMISSED_HEADER, rows, weights: DISMISSED_WEIGHTS };
}

function countsText(findings: Finding[], form: LetterForm): string {
  const severities: Severity[] = form.includeInfo ? ["error", "warning", "info"] : ["error", "warning"];
  return severities.map((severity) => `${SEVERITY_LABELS[severity]}${findings.filter((finding) => finding.severity === severity).length}条`).join("、");
}

/** What the agency is asked to do. */
function request(file: ExportFile, toFix: Finding[], form: LetterForm): string {
  const year = yearText(file.result.report);
  const report = `你单位报送的${year ? `${year}年` : ""}政府信息公开工作年度报告（${file.name}）`;
  if (file.result.error) return `${report}无法读取：${file.result.error.message}请重新报送。`;
  if (toFix.length === 0) return `经审核，${report}未发现需要修改的问题。`;
  const by = form.deadline ? `，于${form.deadline}前` : "";
  return `经审核，${report}存在以下问题（${countsText(toFix, form)}）。请逐条核对修改，在“整改情况”栏填写整改结果${by}将修改后的年度报告连同本表一并报送。`;
}

/** One agency's letter, as the parts of a document. */
export function letterItems(file: ExportFile, form: LetterForm, now: Date): DocItem[] {
  const { toFix, dismissed } = sortFindings(file, form);
  const agency = file.result.report?.agency || UNKNOWN_AGENCY;
  const { checker, checkedAt } = file.result;
  const items: DocItem[] = [
    { kind: "title", text: letterTitle(file) },
    text(`${(form.addressee || AGENCY_PLACEHOLDER).replaceAll(AGENCY_PLACEHOLDER, agency)}：`),
    text(request(file, toFix, form)),
  ];
  if (!file.result.error && toFix.length) items.push({ kind: "table", table: toFixTable(file, toFix) });
  if (form.listDismissed && dismissed.length) items.push({ kind: "heading", text: DISMISSED_HEADING }, { kind: "table", table: dismissedTable(file, dismissed) });
  if (form.contact) items.push(text(form.contact));
  items.push({ kind: "right", text: form.signer || "（审核单位）" }, { kind: "right", text: chineseDate(now) });
  items.push({ kind: "note", text: `本意见由年报校验 ${checker.version}（规则目录 ${checker.rules}）辅助审核生成，检查时间 ${shownTime(checkedAt)}。` });
  return items;
}

/** One letter as a document of its own. */
export function letterDocument(file: ExportFile, form: LetterForm, now: Date): ExportDocument {
  return { title: letterTitle(file), parts: [letterItems(file, form, now)] };
}

/** Every letter of a batch, one a page, for printing. */
export function lettersDocument(files: ExportFile[], form: LetterForm, now: Date): ExportDocument {
  return { title: files.length === 1 ? letterTitle(files[0]) : `${TITLE}（${files.length}份）`, parts: files.map((file) => letterItems(file, form, now)) };
}

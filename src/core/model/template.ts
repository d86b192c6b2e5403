/**
 * The national format (国办公开办函〔2021〕30号) as data: the six sections and the three tables' rows and
 * columns, with the label variants real reports use (shared/spec/report-format.md). Parser, rules and UI
 * all read this one module.
 */
import type { T3ColumnKey, T4Column, T4GroupKey, TableKey } from "./table-keys";

export interface SectionTemplate {
  number: number;
  /** Canonical title without its number, e.g. "总体情况". */
  title: string;
  /** Every group must have one of its words in a heading for it to be this section. */
  keywords: string[][];
  /** Known wordings other than the canonical one (report-format §2). */
  variants: string[];
  /** The table this section holds, if any. */
  table?: "t2" | "t3" | "t4";
}

export const SECTIONS: SectionTemplate[] = [
  { number: 1, title: "总体情况", keywords: [["总体情况"]], variants: [] },
  {
    number: 2,
    title: "主动公开政府信息情况",
    keywords: [["主动公开政府信息情况", "主动公开政府信息的情况"]],
    variants: [],
    table: "t2",
  },
  {
    number: 3,
    title: "收到和处理政府信息公开申请情况",
    keywords: [["收到和处理政府信息公开申请", "收到和处理政府信息公开的申请"]],
    variants: [],
    table: "t3",
  },
  {
    number: 4,
    title: "政府信息公开行政复议、行政诉讼情况",
    keywords: [["行政复议"], ["行政诉讼"]],
    variants: [
      "政府信息公开行政复议和行政诉讼情况",
      "政府信息公开行政复议行政诉讼情况",
      "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
    ],
    table: "t4",
  },
  {
    number: 5,
    title: "存在的主要问题及改进情况",
    keywords: [["存在的主要问题", "存在的问题", "主要问题及改进"]],
    variants: ["存在的主要问题及改进措施", "政府信息公开工作存在的主要问题及改进情况"],
  },
  { number: 6, title: "其他需要报告的事项", keywords: [["其他需要报告的事项"]], variants: [] },
];

export const CHINESE_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

export interface TableTemplate {
  key: TableKey;
  /** The table's name in the report's own words, for messages. */
  name: string;
}

export const TABLE_NAMES: Record<TableKey, string> = {
  t2: "表二“主动公开政府信息情况”",
  t3: "表三“收到和处理政府信息公开申请情况”",
  t4: "表四“政府信息公开行政复议、行政诉讼情况”",
};

// ---------------------------------------------------------------- 表二

export type T2RowKey = "regulations" | "normative_documents" | "licensing" | "penalty" | "coercion" | "fees";

export interface T2RowTemplate {
  key: T2RowKey;
  label: string;
  /** 第二十条第（X）项 the row belongs to. */
  item: "一" | "五" | "六" | "八";
  /** The value columns, in order. */
  columns: ("issued" | "repealed" | "in_force" | "value")[];
  /** Other labels this row is written with. */
  variants: string[];
  /** 金额 may be decimal; everything else counts documents. */
  decimal: boolean;
}

export const T2_ROWS: T2RowTemplate[] = [
  { key: "regulations", label: "规章", item: "一", columns: ["issued", "repealed", "in_force"], variants: [], decimal: false },
  {
    key: "normative_documents",
    label: "行政规范性文件",
    item: "一",
    columns: ["issued", "repealed", "in_force"],
    variants: ["规范性文件"],
    decimal: false,
  },
  { key: "licensing", label: "行政许可", item: "五", columns: ["value"], variants: [], decimal: false },
  { key: "penalty", label: "行政处罚", item: "六", columns: ["value"], variants: [], decimal: false },
  { key: "coercion", label: "行政强制", item: "六", columns: ["value"], variants: [], decimal: false },
  { key: "fees", label: "行政事业性收费", item: "八", columns: ["value"], variants: [], decimal: true },
];

export const T2_COLUMN_LABELS: Record<string, string> = {
  issued: "本年制发件数",
  repealed: "本年废止件数",
  in_force: "现行有效件数",
  value: "本年处理决定数量",
};

/** Column label of the single value of row `fees`. */
export const T2_FEES_COLUMN_LABEL = "本年收费金额（单位：万元）";

/** Header words of the 2021 format's 表二 (report-format §6.3). */
export const T2_2021_HEADER_WORDS = ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"];

/** Labels of the 2019 trial format's 表二 (report-format §6.1); their presence marks the old template. */
export const T2_2019_WORDS = [
  "本年新制作数量",
  "本年新公开数量",
  "对外公开总数量",
  "上一年项目数量",
  "本年增/减",
  "其他对外管理服务事项",
  "政府集中采购",
  "第二十条第（九）项",
];

/** Words of reports written under the pre-2019 regulation (report-format §6.3). */
export const PRE_2019_WORDS = ["申请总数", "当面申请", "信函申请", "收费及减免", "申诉"];

// ---------------------------------------------------------------- 表三

export interface T3ColumnTemplate {
  key: T3ColumnKey;
  label: string;
}

export const T3_COLUMNS: T3ColumnTemplate[] = [
  { key: "natural_person", label: "自然人" },
  { key: "commercial", label: "商业企业" },
  { key: "research", label: "科研机构" },
  { key: "social", label: "社会公益组织" },
  { key: "legal", label: "法律服务机构" },
  { key: "other", label: "其他" },
  { key: "total", label: "总计" },
];

export type T3Group = "一" | "二" | "三" | "四" | "（一）" | "（二）" | "（三）" | "（四）" | "（五）" | "（六）" | "（七）";

/** 表三's rows, by the keys the report model uses (Report.tables.t3), in the format's order. */
export type T3RowKey =
  | "new"
  | "carried_over"
  | "disclosed"
  | "partly_disclosed"
  | "withheld_state_secret"
  | "withheld_prohibited"
  | "withheld_security"
  | "withheld_third_party"
  | "withheld_internal"
  | "withheld_process"
  | "withheld_enforcement_file"
  | "withheld_query"
  | "unavailable_not_held"
  | "unavailable_needs_creation"
  | "unavailable_unclear"
  | "rejected_petition"
  | "rejected_duplicate"
  | "rejected_publication"
  | "rejected_mass_repeat"
  | "rejected_confirmation"
  | "other_no_correction"
  | "other_unpaid_fee"
  | "other_other"
  | "other_total"
  | "total"
  | "carried_forward";

export interface T3RowTemplate {
  key: T3RowKey;
  /** The row's own label as the format writes it, numbering included. */
  label: string;
  /** The heading the row sits under (（三）不予公开 for withheld_*), for messages; empty for top-level rows. */
  parent: string;
  /** Words that identify the row once numbering and punctuation are stripped. */
  core: string;
  /** Part of the 20 result rows summed into （七）总计. */
  result: boolean;
}

export const T3_ROWS: T3RowTemplate[] = [
  { key: "new", label: "一、本年新收政府信息公开申请数量", parent: "", core: "本年新收政府信息公开申请数量", result: false },
  { key: "carried_over", label: "二、上年结转政府信息公开申请数量", parent: "", core: "上年结转政府信息公开申请数量", result: false },
  { key: "disclosed", label: "（一）予以公开", parent: "三、本年度办理结果", core: "予以公开", result: true },
  {
    key: "partly_disclosed",
    label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    parent: "三、本年度办理结果",
    core: "部分公开区分处理的只计这一情形不计其他情形",
    result: true,
  },
  { key: "withheld_state_secret", label: "1.属于国家秘密", parent: "（三）不予公开", core: "属于国家秘密", result: true },
  { key: "withheld_prohibited", label: "2.其他法律行政法规禁止公开", parent: "（三）不予公开", core: "其他法律行政法规禁止公开", result: true },
  { key: "withheld_security", label: "3.危及“三安全一稳定”", parent: "（三）不予公开", core: "危及三安全一稳定", result: true },
  { key: "withheld_third_party", label: "4.保护第三方合法权益", parent: "（三）不予公开", core: "保护第三方合法权益", result: true },
  { key: "withheld_internal", label: "5.属于三类内部事务信息", parent: "（三）不予公开", core: "属于三类内部事务信息", result: true },
  { key: "withheld_process", label: "6.属于四类过程性信息", parent: "（三）不予公开", core: "属于四类过程性信息", result: true },
  { key: "withheld_enforcement_file", label: "7.属于行政执法案卷", parent: "（三）不予公开", core: "属于行政执法案卷", result: true },
  { key: "withheld_query", label: "8.属于行政查询事项", parent: "（三）不予公开", core: "属于行政查询事项", result: true },
  { key: "unavailable_not_held", label: "1.本机关不掌握相关政府信息", parent: "（四）无法提供", core: "本机关不掌握相关政府信息", result: true },
  { key: "unavailable_needs_creation", label: "2.没有现成信息需要另行制作", parent: "（四）无法提供", core: "没有现成信息需要另行制作", result: true },
  { key: "unavailable_unclear", label: "3.补正后申请内容仍不明确", parent: "（四）无法提供", core: "补正后申请内容仍不明确", result: true },
  { key: "rejected_petition", label: "1.信访举报投诉类申请", parent: "（五）不予处理", core: "信访举报投诉类申请", result: true },
  { key: "rejected_duplicate", label: "2.重复申请", parent: "（五）不予处理", core: "重复申请", result: true },
  { key: "rejected_publication", label: "3.要求提供公开出版物", parent: "（五）不予处理", core: "要求提供公开出版物", result: true },
  { key: "rejected_mass_repeat", label: "4.无正当理由大量反复申请", parent: "（五）不予处理", core: "无正当理由大量反复申请", result: true },
  {
    key: "rejected_confirmation",
    label: "5.要求行政机关确认或重新出具已获取信息",
    parent: "（五）不予处理",
    core: "要求行政机关确认或重新出具已获取信息",
    result: true,
  },
  {
    key: "other_no_correction",
    label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    parent: "（六）其他处理",
    core: "申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请",
    result: true,
  },
  {
    key: "other_unpaid_fee",
    label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    parent: "（六）其他处理",
    core: "申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请",
    result: true,
  },
  { key: "other_other", label: "3.其他", parent: "（六）其他处理", core: "其他", result: true },
  { key: "other_total", label: "（六）其他处理", parent: "三、本年度办理结果", core: "其他处理", result: true },
  { key: "total", label: "（七）总计", parent: "三、本年度办理结果", core: "总计", result: false },
  { key: "carried_forward", label: "四、结转下年度继续办理", parent: "", core: "结转下年度继续办理", result: false },
];

/** The three rows that `other_total` stands for when a report collapses （六）其他处理 into one row. */
export const T3_OTHER_ROWS: T3RowKey[] = ["other_no_correction", "other_unpaid_fee", "other_other"];

/** The rows a complete 2021-format 表三 has (every row but the collapsed `other_total`). */
export const T3_STANDARD_ROWS = T3_ROWS.filter((row) => row.key !== "other_total").map((row) => row.key);

/** Whether a key read from a document or a stored report is one of 表三's rows. */
export function isT3RowKey(key: string): key is T3RowKey {
  return T3_ROWS.some((row) => row.key === key);
}

export function t3Row(key: T3RowKey): T3RowTemplate {
  const row = T3_ROWS.find((r) => r.key === key);
  if (!row) throw new Error(`unknown 表三 row ${key}`);
  return row;
}

// ---------------------------------------------------------------- 表四

export const T4_GROUPS: { key: T4GroupKey; label: string }[] = [
  { key: "review", label: "行政复议" },
  { key: "litigation_direct", label: "行政诉讼（未经复议直接起诉）" },
  { key: "litigation_after_review", label: "行政诉讼（复议后起诉）" },
];

export const T4_COLUMNS: { key: T4Column; label: string }[] = [
  { key: "upheld", label: "结果维持" },
  { key: "corrected", label: "结果纠正" },
  { key: "other", label: "其他结果" },
  { key: "pending", label: "尚未审结" },
  { key: "total", label: "总计" },
];

/** Cells in 表四's data row: three groups of five. */
export const T4_CELL_COUNT = T4_GROUPS.length * T4_COLUMNS.length;

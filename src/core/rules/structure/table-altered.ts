import { templateLocation, type Location, type TableKey } from "../../model/location";
import {
  T2_COLUMN_LABELS,
  T2_FEES_COLUMN_LABEL,
  T2_ROWS,
  T3_COLUMNS,
  T3_OTHER_ROWS,
  T3_ROWS,
  t3Row,
  T4_COLUMNS,
  T4_GROUPS,
} from "../../model/template";
import { holdsWord, nearlyHolds } from "../../text/misread";
import { labelCore, normalizeLabel } from "../../text/normalize";
import type { ParsedRow, ParsedTable } from "../../parse/parsed";
import { TABLE_SHORT_NAMES, rowOf, t2RowName, t3ColumnName, t3RowName, type RowKey } from "../lib/cells";
import type { FindingDraft, Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";


/** A template row as the table checks see it. */
interface RowSpec {
  key: RowKey;
  /** The label's words: numbering, white space, brackets and quotes do not count. */
  core: string;
  columns: number;
  name: string;
}

const T2_SPECS: RowSpec[] = T2_ROWS.map((row) => ({ key: row.key, core: labelCore(row.label), columns: row.columns.length, name: t2RowName(row.key) }));
const T3_SPECS: RowSpec[] = T3_ROWS.map((row) => ({ key: row.key, core: row.core, columns: T3_COLUMNS.length, name: t3RowName(row.key) }));

function rowLocation(row: ParsedRow, table: TableKey): Location {
  return templateLocation(row.location, { table, row: row.key });
}

/** A missing row belongs after the nearest template row before it that the table has. */
function placeOfMissingRow(table: ParsedTable, key: TableKey, specs: RowSpec[], missing: string): Location {
  const before = specs.slice(0, specs.findIndex((spec) => spec.key === missing)).reverse();
  const previous = before.map((spec) => rowOf(table, spec.key)).find((row) => row !== undefined);
  return previous ? rowLocation(previous, key) : templateLocation(table.location, { table: key });
}

function missingRows(table: ParsedTable, key: TableKey, specs: RowSpec[], expected: string[]): FindingDraft[] {
  return specs
    .filter((spec) => expected.includes(spec.key) && !rowOf(table, spec.key))
    .map((spec) => ({
      message: `${TABLE_SHORT_NAMES[key]}缺少“${spec.name}”行，请勿改动表格格式。`,
      location: placeOfMissingRow(table, key, specs, spec.key),
    }));
}

/**
 * Rows whose label says something other than the template's (a line break or a space is no change; in
 * recognised text, neither is a misread character or two).
 */
function renamedRows(table: ParsedTable, key: TableKey, specs: RowSpec[], recognised: boolean): FindingDraft[] {
  return table.rows.flatMap((row) => {
    const spec = specs.find((candidate) => candidate.key === row.key)!;
    const core = labelCore(row.label);
    if (core.endsWith(spec.core) || holdsWord(core, spec.core, recognised)) return [];
    return [
      {
        message: `${TABLE_SHORT_NAMES[key]}“${spec.name}”行的名称写作“${row.label}”，与格式不符，请勿改动表格格式。`,
        expected: spec.name,
        actual: row.label,
        location: rowLocation(row, key),
      },
    ];
  });
}

function addedRows(table: ParsedTable, key: TableKey): FindingDraft[] {
  return table.unmatched.map((row) => ({
    message: `${TABLE_SHORT_NAMES[key]}多出格式中没有的行“${row.label}”，请勿改动表格格式。`,
    location: templateLocation(row.location, { table: key }),
  }));
}

function cellCounts(table: ParsedTable, key: TableKey, specs: RowSpec[]): FindingDraft[] {
  return table.rows.flatMap((row) => {
    const spec = specs.find((candidate) => candidate.key === row.key)!;
    if (row.cellCount === spec.columns) return [];
    return [
      {
        message: `${TABLE_SHORT_NAMES[key]}“${spec.name}”行有${row.cellCount}个数值单元格，应为${spec.columns}个。`,
        expected: spec.columns,
        actual: row.cellCount,
        location: rowLocation(row, key),
      },
    ];
  });
}

/** Header words a table must show, each as often as the format has it. */
interface HeaderSpec {
  label: string;
  count: number;
  /** Whether a header text names it; by default, it contains the label's words. */
  names?: (header: string) => boolean;
}

/** In recognised text, a header that holds the label but for a misread character or two counts once. */
function occurrences(headers: string[], spec: HeaderSpec, recognised: boolean): number {
  if (spec.names) return headers.filter(spec.names).length;
  const word = normalizeLabel(spec.label);
  // Loops, not inline callbacks, which V8 would compile again after each full collection (README, "V8").
  let sum = 0;
  for (const header of headers) sum += Math.max(header.split(word).length - 1, recognised && nearlyHolds(header, word) ? 1 : 0);
  return sum;
}

function missingHeaders(table: ParsedTable, key: TableKey, specs: HeaderSpec[], recognised: boolean): FindingDraft[] {
  return specs.flatMap((spec) => {
    const found = occurrences(table.headers, spec, recognised);
    if (found >= spec.count) return [];
    const times = spec.count > 1 ? `（应有${spec.count}处，实际${found}处）` : "";
    return [
      {
        message: `${TABLE_SHORT_NAMES[key]}缺少“${spec.label}”列${times}，请勿改动表格格式。`,
        expected: spec.count,
        actual: found,
        location: templateLocation(table.location, { table: key }),
      },
    ];
  });
}

/** 表二's column headers: the three of 第（一）项, 本年处理决定数量 in （五） and （六）, the amount in （八）. */
const T2_HEADERS: HeaderSpec[] = [
  { label: T2_COLUMN_LABELS.issued, count: 1 },
  { label: T2_COLUMN_LABELS.repealed, count: 1 },
  { label: T2_COLUMN_LABELS.in_force, count: 1 },
  { label: T2_COLUMN_LABELS.value, count: 2 },
  // The unit may be written "（万元）" or "(单位:万元)"; it must stay 万元.
  { label: T2_FEES_COLUMN_LABEL, count: 1, names: (header) => header.includes("本年收费金额") && header.includes("万元") },
];

const T4_HEADERS: HeaderSpec[] = [
  { label: "行政复议", count: 1 },
  { label: "行政诉讼", count: 1 },
  { label: "未经复议直接起诉", count: 1 },
  { label: "复议后起诉", count: 1 },
  ...T4_COLUMNS.map((column) => ({ label: column.label, count: T4_GROUPS.length })),
];

function table2Changes(t2: ParsedTable, recognised: boolean): FindingDraft[] {
  const expected = T2_SPECS.map((spec) => spec.key);
  return [
    ...missingHeaders(t2, "t2", T2_HEADERS, recognised),
    ...missingRows(t2, "t2", T2_SPECS, expected),
    ...renamedRows(t2, "t2", T2_SPECS, recognised),
    ...addedRows(t2, "t2"),
    ...cellCounts(t2, "t2", T2_SPECS),
  ];
}

/** （六）其他处理 written as one row: the three sub-rows it stands for are missing. */
function collapsedOtherRows(t3: ParsedTable): FindingDraft[] {
  const collapsed = rowOf(t3, "other_total");
  const absent = T3_OTHER_ROWS.filter((key) => !rowOf(t3, key));
  if (!collapsed || absent.length === 0) return [];
  const names = absent.map((key) => `“${t3Row(key).label}”`).join("");
  return [
    {
      message: `表三“（六）其他处理”合为一行，缺少${names}${absent.length}个子行，请按格式分行填写。`,
      location: rowLocation(collapsed, "t3"),
    },
  ];
}

function table3Changes(t3: ParsedTable, recognised: boolean): FindingDraft[] {
  const collapsed = rowOf(t3, "other_total") !== undefined;
  const expected = T3_SPECS.map((spec) => spec.key).filter((key) => key !== "other_total" && !(collapsed && T3_OTHER_ROWS.some((other) => other === key)));
  const headerText = t3.headers.join("");
  const misread = (column: string) => holdsWord(headerText, T3_COLUMNS.find((candidate) => candidate.key === column)!.label, recognised);
  const missingColumns = t3.missingColumns.filter((column) => !misread(column)).map((column) => ({
    message: `表三缺少“${t3ColumnName(column)}”列，请勿改动表格格式。`,
    location: templateLocation(t3.location, { table: "t3" }),
  }));
  return [
    ...missingColumns,
    ...missingRows(t3, "t3", T3_SPECS, expected),
    ...collapsedOtherRows(t3),
    ...renamedRows(t3, "t3", T3_SPECS, recognised),
    ...addedRows(t3, "t3"),
    ...cellCounts(t3, "t3", T3_SPECS),
  ];
}

export const tableAltered: Rule = {
  id: "structure/table-altered",
  severity: "warning",
  title: "统计表格式被改动",
  description:
    "表二、表三、表四的行、列与格式的标准清单不一致：缺行、缺列、多出自设的行、行名改动（去掉空白、统一括号与引号后比较，断行和空格不算改动）、某行的数值单元格多于或少于格式规定；表三“（六）其他处理”合为一行也在此提示。表四的数值个数由“表四数值个数不符”检查。扫描件经文字识别读出的行名和列名，有一两个字识别错（错字、多字、漏字）不算改动。",
  basis: `${FORMAT_2021}（三张统计表为固定格式）`,
  example: {
    wrong: "表三“（六）其他处理”只有一行，没有“1.申请人无正当理由逾期不补正…”“2.申请人逾期未按收费通知要求缴纳费用…”“3.其他”三个子行。",
    right: "按格式保留表三全部25行和7列，只填写数值。",
  },
  // The 2019 trial format worded its titles and tables otherwise; format/version-detected names it.
  appliesToVersion: (version) => version === "2021",
  check({ parsed }) {
    const { t2, t3, t4 } = parsed.tables;
    // Text read by character recognition: a misread character in a label is no change of the format.
    const recognised = parsed.document.ocr === true;
    return [
      ...(t2 ? table2Changes(t2, recognised) : []),
      ...(t3 ? table3Changes(t3, recognised) : []),
      ...(t4 ? missingHeaders(t4, "t4", T4_HEADERS, recognised) : []),
    ];
  },
};

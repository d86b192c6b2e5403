/** Each download the export menu offers: its file name, type and content, for one report or for the batch. */
import type { ExportFile } from "../ui/export-types";
import { findingsCsv, summaryCsv } from "./csv";
import { resultsJson } from "./json";
import { reviewDocx } from "./review-docx";
import { agencyOrName, yearText } from "./rows";

export type DownloadKind = "csv" | "summary" | "docx" | "json";

export interface Download {
  name: string;
  type: string;
  data: string | Uint8Array;
}

const FORMATS: Record<DownloadKind, { suffix: string; type: string; build: (files: ExportFile[], now: Date) => string | Uint8Array }> = {
  csv: { suffix: "问题清单.csv", type: "text/csv;charset=utf-8", build: findingsCsv },
  summary: { suffix: "汇总表.csv", type: "text/csv;charset=utf-8", build: summaryCsv },
  docx: { suffix: "修改意见.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", build: reviewDocx },
  json: { suffix: "检查结果.json", type: "application/json", build: resultsJson },
};

/** Characters no file system takes in a name (a folder's file keeps its path in its name). */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
}

/** "北京市大兴区亦庄镇人民政府2023年报" for one file; "年报" for a batch. */
function baseName(files: ExportFile[]): string {
  if (files.length !== 1) return "年报";
  const [file] = files;
  const year = yearText(file.result.report);
  return safeName(`${agencyOrName(file)}${year}年报`);
}

export function buildDownload(kind: DownloadKind, files: ExportFile[], now: Date): Download {
  const format = FORMATS[kind];
  return { name: `${baseName(files)}${format.suffix}`, type: format.type, data: format.build(files, now) };
}

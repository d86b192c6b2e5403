/** Each download the export menu offers: its file name, type and content, for one report or for the batch. */
import { zipSync } from "fflate";
import type { ExportFile } from "../shared/review";
import { briefDocument, BRIEF_TITLE } from "./brief";
import { findingsCsv, summaryCsv } from "./csv";
import type { DocImage } from "./document";
import { exportDocx } from "./docx";
import { resultsJson } from "./json";
import { letterDocument, letterFileName, lettersDocument } from "./letter";
import { DEFAULT_LETTER_FORM, type LetterForm } from "./letter-form";
import { exportHtml } from "./print";
import { agencyOrName, yearText } from "./rows";

export type DownloadKind = "csv" | "summary" | "letters" | "json" | "brief";

export interface Download {
  name: string;
  type: string;
  data: string | Uint8Array;
}

/** What the page adds to the files: the letter form as the reviewer filled it, the batch chart as a picture. */
export interface ExportExtras {
  form: LetterForm;
  chart?: DocImage;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Characters no file system takes in a name (a folder's file keeps its path in its name). */
function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
}

/** "北京市大兴区亦庄镇人民政府2023年报" for one file; "年报" for a batch. */
function baseName(files: ExportFile[]): string {
  if (files.length !== 1) return "年报";
  const [file] = files;
  return safeName(`${agencyOrName(file)}${yearText(file.result.report)}年报`);
}

/** Names made unique in a zip: a second letter to the same agency for the same year gets （2）. */
function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const times = (seen.get(name) ?? 0) + 1;
    seen.set(name, times);
    return times === 1 ? name : name.replace(/\.docx$/, `（${times}）.docx`);
  });
}

/** One report: its letter; a batch: a zip of one letter per report. */
function letters(files: ExportFile[], now: Date, { form }: ExportExtras): Download {
  if (files.length === 1) return { name: safeName(letterFileName(files[0])), type: DOCX, data: exportDocx(letterDocument(files[0], form, now), now) };
  const names = uniqueNames(files.map((file) => safeName(letterFileName(file))));
  const entries = Object.fromEntries(files.map((file, index) => [names[index], exportDocx(letterDocument(file, form, now), now)]));
  return { name: `年报修改意见（${files.length}份）.zip`, type: "application/zip", data: zipSync(entries, { level: 6, mtime: now }) };
}

export function buildDownload(kind: DownloadKind, files: ExportFile[], now: Date, extras: ExportExtras = { form: DEFAULT_LETTER_FORM }): Download {
  switch (kind) {
    case "csv":
      return { name: `${baseName(files)}问题清单.csv`, type: "text/csv;charset=utf-8", data: findingsCsv(files, now) };
    case "summary":
      return { name: `${baseName(files)}汇总表.csv`, type: "text/csv;charset=utf-8", data: summaryCsv(files, now) };
    case "json":
      return { name: `${baseName(files)}检查结果.json`, type: "application/json", data: resultsJson(files, now) };
    case "letters":
      return letters(files, now, extras);
    case "brief":
      return { name: `${BRIEF_TITLE}.docx`, type: DOCX, data: exportDocx(briefDocument(files, now, { chart: extras.chart, signer: extras.form.signer }), now) };
  }
}

/** A printable page: the letters (one a page), or the brief. */
export function printable(kind: "letters" | "brief", files: ExportFile[], now: Date, extras: ExportExtras = { form: DEFAULT_LETTER_FORM }): string {
  const document = kind === "letters" ? lettersDocument(files, extras.form, now) : briefDocument(files, now, { chart: extras.chart, signer: extras.form.signer });
  return exportHtml(document);
}


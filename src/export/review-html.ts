/**
 * The 修改意见 sheet as a printable page: a whole HTML document (every text escaped) with print styles,
 * each file on a new page, the same content as the Word document.
 */
import type { ExportFile } from "../ui/export-types";
import { columnShares, reviewSheet, SIGNATURE_LINE, type SheetPart, type SheetTable } from "./sheet";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

const STYLE = `
  @page { size: A4; margin: 2cm; }
  @page wide { size: A4 landscape; }
  section.wide { page: wide; }
  body { font-family: "Songti SC", SimSun, "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.6; color: #000; margin: 1rem; }
  section + section { break-before: page; }
  h1 { font-size: 16pt; text-align: center; margin: 0 0 1em; }
  p { margin: 0.2em 0; }
  table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 1em 0; font-size: 10pt; }
  td { overflow-wrap: anywhere; }
  th, td { border: 1px solid #000; padding: 0.2em 0.4em; vertical-align: top; text-align: left; }
  /* A finding may be about a doubled space, and a note may have line breaks: show them as written. */
  p, td { white-space: pre-wrap; }
  th { text-align: center; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .signature { text-align: right; margin-top: 2em; }
  @media print { body { margin: 0; } }
`;

function tableHtml({ header, rows }: SheetTable): string {
  const columns = columnShares(header).map((share) => `<col style="width: ${(share * 100).toFixed(1)}%">`);
  const cells = (row: string[], tag: "th" | "td") => `<tr>${row.map((text) => `<${tag}>${escapeHtml(text)}</${tag}>`).join("")}</tr>`;
  return `<table><colgroup>${columns.join("")}</colgroup><thead>${cells(header, "th")}</thead><tbody>${rows.map((row) => cells(row, "td")).join("")}</tbody></table>`;
}

function partHtml(part: SheetPart): string {
  return [
    part.wide ? '<section class="wide">' : "<section>",
    `<h1>${escapeHtml(part.title)}</h1>`,
    ...part.facts.map(([label, value]) => `<p>${escapeHtml(label)}：${escapeHtml(value)}</p>`),
    part.table ? tableHtml(part.table) : "",
    part.remark ? `<p>${escapeHtml(part.remark)}</p>` : "",
    part.signed ? `<p class="signature">${escapeHtml(SIGNATURE_LINE)}</p>` : "",
    "</section>",
  ].join("\n");
}

export function reviewHtml(files: ExportFile[], now: Date): string {
  const sheet = reviewSheet(files, now);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(sheet.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${sheet.parts.map(partHtml).join("\n")}
</body>
</html>
`;
}

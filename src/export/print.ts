/**
 * An export document (document.ts) as a printable page: a whole HTML document, every text escaped, each
 * part on a new page, pictures as data: URLs (the page's policy allows them), the same content as the
 * Word document.
 */
import { columnShares, type Cell, type DocItem, type DocTable, type ExportDocument } from "./document";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

const STYLE = `
  @page { size: A4; margin: 2cm; }
  body { font-family: "Songti SC", SimSun, "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.6; color: #000; margin: 1rem; }
  section + section { break-before: page; }
  h1 { font-size: 16pt; text-align: center; margin: 0 0 1em; }
  h2 { font-size: 13pt; margin: 1em 0 0.4em; break-after: avoid; }
  p { margin: 0.2em 0; }
  .right { text-align: right; }
  .note { font-size: 9pt; color: #555; margin-top: 0.6em; }
  table { width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0.6em 0 1em; font-size: 10pt; }
  td { overflow-wrap: anywhere; }
  th, td { border: 1px solid #000; padding: 0.2em 0.4em; vertical-align: top; text-align: left; }
  /* A finding may be about a doubled space, and a note may have line breaks: show them as written. */
  p, td { white-space: pre-wrap; }
  small { font-size: 7.5pt; color: #555; }
  th { text-align: center; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  figure { margin: 0.6em 0; text-align: center; }
  img { max-width: 100%; }
  @media print { body { margin: 0; } }
`;

function cellHtml(cell: Cell): string {
  return typeof cell === "string" ? escapeHtml(cell) : `${escapeHtml(cell.text)}<br><small>${escapeHtml(cell.note)}</small>`;
}

function tableHtml({ header, rows, weights }: DocTable): string {
  const columns = columnShares(weights).map((share) => `<col style="width: ${(share * 100).toFixed(1)}%">`);
  const head = `<tr>${header.map((label) => `<th>${escapeHtml(label)}</th>`).join("")}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join("")}</tr>`).join("");
  return `<table><colgroup>${columns.join("")}</colgroup><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function itemHtml(item: DocItem): string {
  switch (item.kind) {
    case "title":
      return `<h1>${escapeHtml(item.text)}</h1>`;
    case "heading":
      return `<h2>${escapeHtml(item.text)}</h2>`;
    case "text":
      return `<p>${escapeHtml(item.text)}</p>`;
    case "right":
    case "note":
      return `<p class="${item.kind}">${escapeHtml(item.text)}</p>`;
    case "table":
      return tableHtml(item.table);
    case "image": {
      const { png, width, height, alt } = item.image;
      return `<figure><img src="data:image/png;base64,${base64(png)}" width="${width}" height="${height}" alt="${escapeHtml(alt)}"></figure>`;
    }
  }
}

export function exportHtml(document: ExportDocument): string {
  const sections = document.parts.map((items) => `<section>\n${items.map(itemHtml).join("\n")}\n</section>`);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(document.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${sections.join("\n")}
</body>
</html>
`;
}

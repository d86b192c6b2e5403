/**
 * The PDF reader reads drawing operators (ruling lines) only on the pages that may hold a table and
 * their neighbours (src/core/extract/pdf-layout/table-pages.ts). Leaving the others out must change
 * nothing: on every committed PDF and on a long generated report, the blocks are those the layout gives
 * with every page's ruling lines.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nodeAssets, pdfjsLegacy } from "../../src/cli/pdfjs";
import { extractPdf } from "../../src/core/extract/pdf";
import { layoutBlocks } from "../../src/core/extract/pdf-layout/blocks";
import { centre, contains } from "../../src/core/extract/pdf-layout/geometry";
import { readDrawing, readText, type PageContent, type PdfText } from "../../src/core/extract/pdf-layout/page";
import { findGrids } from "../../src/core/extract/pdf-layout/ruling";
import { pagesWithTables } from "../../src/core/extract/pdf-layout/table-pages";
import { longReportPdf } from "../../scripts/bench/generate";
import { loadSeedReport } from "../../scripts/fixtures/seed-report";

/** Every page read with its text and its drawing, as the reader did before it chose pages. */
async function everyPage(bytes: Uint8Array): Promise<PageContent[]> {
  const document = await pdfjsLegacy.getDocument({ data: new Uint8Array(bytes), ...nodeAssets, cMapPacked: true, disableFontFace: true, isEvalSupported: false }).promise;
  try {
    const pages: PageContent[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const { texts, frame, toUser } = await readText(page);
      pages.push({ texts, toUser, ...(await readDrawing(page, pdfjsLegacy.OPS, frame)) });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** Pages (from 1) with a ruled grid holding text: those whose ruling lines the layout uses. */
function pagesWithGrids(pages: PageContent[]): number[] {
  return pages.flatMap((page, index) => {
    const grids = findGrids(page.segments);
    const holds = page.texts.some(({ box, size }) => {
      const [x, y] = centre(box);
      return grids.some((grid) => contains(grid.box, x, y) || contains(grid.box, x, y + 0.5 * size));
    });
    return holds ? [index + 1] : [];
  });
}

const wantedPages = (pages: PageContent[]) => pagesWithTables(pages.map((page) => page.texts)).flatMap((wanted, index) => (wanted ? [index + 1] : []));

const FOLDERS = ["generated", "producers", "real", "pdf"];
/** Files that are refused (encrypted, damaged, scans, mojibake): the reader never lays them out. */
const REFUSED = /password|damaged|scanned|no-unicode/;
const COMMITTED = FOLDERS.flatMap((folder) =>
  readdirSync(new URL(`../fixtures/${folder}/`, import.meta.url))
    .filter((file) => file.endsWith(".pdf") && !REFUSED.test(file))
    .map((file) => ({ name: `${folder}/${file}`, url: new URL(`../fixtures/${folder}/${file}`, import.meta.url) })),
);

describe("ruling lines read only where a page may hold a table", () => {
  it("has the committed PDFs to compare", () => {
    expect(COMMITTED.length).toBeGreaterThan(30);
  });

  it.each(COMMITTED)("$name: the blocks it has with every page's ruling lines, which are read on each page with a ruled table", async ({ url }) => {
    const bytes = new Uint8Array(readFileSync(url));
    const pages = await everyPage(bytes);
    const { blocks } = await extractPdf(bytes, pdfjsLegacy, nodeAssets);
    expect(blocks).toEqual(layoutBlocks(pages));
    expect(wantedPages(pages)).toEqual(expect.arrayContaining(pagesWithGrids(pages)));
  });

  it("leaves out the pages of prose in a 40-page report, and its blocks are those with every page's ruling lines", async () => {
    const { bytes, pages: count } = longReportPdf(loadSeedReport("004_7be0dca35fed79ae"), 40);
    const pages = await everyPage(bytes);
    const wanted = wantedPages(pages);
    const ruled = pagesWithGrids(pages);
    expect(ruled.length).toBeGreaterThanOrEqual(2);
    expect(wanted).toEqual(expect.arrayContaining(ruled));
    // The tables' pages and one page either side; the prose before and after them is left out.
    expect(wanted).toEqual([ruled[0] - 1, ...ruled, ruled[ruled.length - 1] + 1].filter((page, i, all) => all.indexOf(page) === i));
    expect(count - wanted.length).toBeGreaterThan(30);
    const { blocks } = await extractPdf(bytes, pdfjsLegacy, nodeAssets);
    expect(blocks).toEqual(layoutBlocks(pages));
  });
});

/** A text item of size 10 on the baseline `y`, from `x`, one unit per character. */
function item(text: string, x: number, y: number): PdfText {
  return { text, box: [x, y - 2, x + 10 * text.length, y + 8], baseline: y, size: 10 };
}

/** A page of prose lines, the first `lines` of them, from the top down, and a page number at the bottom. */
function prose(lines: number, pageNumber = "3"): PdfText[] {
  return [
    ...Array.from({ length: lines }, (_, i) => item("本机关坚持以公开为常态、不公开为例外，推进政务公开工作。", 90, 760 - 20 * i)),
    item(pageNumber, 295, 60),
  ];
}

describe("pagesWithTables", () => {
  it("leaves out pages of prose and their page numbers", () => {
    expect(pagesWithTables([prose(30), prose(30, "- 4 -"), prose(12, "第5页")])).toEqual([false, false, false]);
  });

  it("takes a page with a table's row, and the pages either side of it, where the table may go on or start", () => {
    const row = [item("规章", 90, 400), item("0", 300, 400), item("0", 360, 400), item("0", 420, 400)];
    expect(pagesWithTables([prose(30), prose(30), [...prose(10), ...row], prose(30), prose(30)])).toEqual([false, true, true, true, false]);
  });

  it("counts a label with its figure beside it, and a figure on a line of its own that is no page number", () => {
    const pair = [item("本年新收政府信息公开申请数量", 90, 400), item("33", 400, 400)];
    expect(pagesWithTables([[...prose(10), ...pair]])).toEqual([true]);
    expect(pagesWithTables([[...prose(10), item("33", 400, 400)]])).toEqual([true]);
  });
});

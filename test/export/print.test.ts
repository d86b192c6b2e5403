import { describe, expect, it } from "vitest";
import { extractDocx } from "../../src/core/extract/docx";
import { extractHtml } from "../../src/core/extract/html";
import type { Block } from "../../src/core/model/document";
import { buildDownload, printable, type ExportExtras } from "../../src/export/downloads";
import { EXPORTED, greyPng, legacyDocFile, markFirstTwo, seedFile } from "../helpers/exports";
import { DEFAULT_LETTER_FORM } from "../../src/export/letter-form";
import { escapeHtml } from "../../src/export/print";

/**
 * What a reader sees, block by block: a paragraph's text, a table's rows of cell texts. Whitespace runs
 * are one space: our HTML reader collapses them as a page without styles would (the page's styles keep them).
 */
const content = (blocks: Block[]) => {
  const text = (value: string) => value.replace(/\s+/g, " ").trim();
  return blocks
    .map((block) => (block.type === "paragraph" ? text(block.text) : block.rows.map((row) => row.map((cell) => text(cell.text)))))
    .filter((block) => block !== "");
};

const readHtml = (html: string) => content(extractHtml(new TextEncoder().encode(html)).blocks);
const EXTRAS: ExportExtras = { form: { ...DEFAULT_LETTER_FORM, includeInfo: true, listDismissed: true, signer: "政务公开办", deadline: "2月28日" } };

describe("the printable pages", () => {
  it("say what the Word letter says, in the same order and with the same omissions", async () => {
    const file = await seedFile("004_7be0dca35fed79ae", markFirstTwo);
    for (const extras of [EXTRAS, { form: DEFAULT_LETTER_FORM }]) {
      const word = extractDocx(buildDownload("letters", [file], EXPORTED, extras).data as Uint8Array);
      expect(readHtml(printable("letters", [file], EXPORTED, extras))).toEqual(content(word.blocks));
    }
  });

  it("print a batch's letters one a page, each as its own Word letter says", async () => {
    const files = [await seedFile("004_7be0dca35fed79ae", markFirstTwo), await legacyDocFile(), await seedFile("002_c4bd8f948bd08bc9")];
    const html = printable("letters", files, EXPORTED, EXTRAS);
    expect(html.match(/<section>/g)).toHaveLength(3);
    expect(html).toMatch(/section \+ section \{ break-before: page; \}/);
    const letters = files.flatMap((file) => content(extractDocx(buildDownload("letters", [file], EXPORTED, EXTRAS).data as Uint8Array).blocks));
    expect(readHtml(html)).toEqual(letters);
  });

  it("print the brief as its Word document says, with the chart as a picture", async () => {
    const files = [await seedFile("004_7be0dca35fed79ae"), await seedFile("000_5a9a8d2bc98e1d44")];
    const png = greyPng(4, 2);
    const extras = { ...EXTRAS, chart: { png, width: 400, height: 200, alt: "出现最多的问题" } };
    const html = printable("brief", files, EXPORTED, extras);
    expect(readHtml(html)).toEqual(content(extractDocx(buildDownload("brief", files, EXPORTED, extras).data as Uint8Array).blocks));
    expect(html).toContain(`<img src="data:image/png;base64,${Buffer.from(png).toString("base64")}" width="400" height="200" alt="出现最多的问题">`);
  });

  it("escape every text, so a file name cannot add markup", async () => {
    const name = `<script>alert("x")</script><img src=x onerror='y'>&.doc`;
    const file = { ...(await legacyDocFile()), name };
    const html = printable("letters", [file], EXPORTED);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).toContain(escapeHtml(name));
  });
});

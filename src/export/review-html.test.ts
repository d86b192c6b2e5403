import { describe, expect, it } from "vitest";
import { extractDocx } from "../core/extract/docx";
import { extractHtml } from "../core/extract/html";
import type { Block } from "../core/model/document";
import { EXPORTED, legacyDocFile, markFirstTwo, seedFile } from "./exports.testing";
import { reviewDocx } from "./review-docx";
import { escapeHtml, reviewHtml } from "./review-html";

/**
 * What a reader sees, block by block: a paragraph's text, a table's rows of cell texts. Whitespace runs
 * are one space: our HTML reader collapses them as a page without styles would (the sheet's styles keep them).
 */
const content = (blocks: Block[]) => {
  const text = (value: string) => value.replace(/\s+/g, " ");
  return blocks.map((block) => (block.type === "paragraph" ? text(block.text) : block.rows.map((row) => row.map((cell) => text(cell.text)))));
};

const readHtml = (html: string) => content(extractHtml(new TextEncoder().encode(html)).blocks);

describe("the printable 修改意见 sheet", () => {
  it("says what the Word document says, for one file and for a batch", async () => {
    const one = [await seedFile("004_7be0dca35fed79ae", markFirstTwo)];
    const batch = [...one, await legacyDocFile(), await seedFile("002_c4bd8f948bd08bc9")];
    for (const files of [one, batch]) {
      expect(readHtml(reviewHtml(files, EXPORTED))).toEqual(content(extractDocx(reviewDocx(files, EXPORTED)).blocks));
    }
  });

  it("keeps a message's spaces and a note's line breaks as written", async () => {
    const file = await seedFile("004_7be0dca35fed79ae", markFirstTwo);
    const html = reviewHtml([file], EXPORTED);
    expect(html).toMatch(/p, td \{ white-space: pre-wrap; \}/);
    const doubled = file.result.findings!.find((finding) => finding.message.includes("  "));
    expect(doubled).toBeDefined();
    expect(html).toContain(`<td>${escapeHtml(doubled!.message)}</td>`);
    expect(html).toContain(`<td>本机关按惯例填写,\n不作修改</td>`);
  });

  it("escapes every text, so a file name cannot add markup", async () => {
    const name = `<script>alert("x")</script><img src=x onerror='y'>&.doc`;
    const file = { ...(await legacyDocFile()), name };
    const html = reviewHtml([file], EXPORTED);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(readHtml(html)).toContain(`文件：${name}`);
  });

  it("starts each file on a new page when printed, the summary landscape, and has the title of its first sheet", async () => {
    const files = [await seedFile("004_7be0dca35fed79ae"), await seedFile("000_5a9a8d2bc98e1d44")];
    const html = reviewHtml(files, EXPORTED);
    expect(html).toMatch(/section \+ section \{ break-before: page; \}/);
    expect(html.match(/<section( class="wide")?>/g)).toEqual(['<section class="wide">', "<section>", "<section>"]);
    expect(html).toMatch(/@page wide \{ size: A4 landscape; \}/);
    expect(/<title>(.*)<\/title>/.exec(html)?.[1]).toBe("政府信息公开工作年度报告修改意见汇总");
  });
});

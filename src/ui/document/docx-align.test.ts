import { describe, expect, it } from "vitest";
import type { Block } from "../../core/model/document";
import { alignBlocks, type RenderedBlock } from "./docx-align";

function paragraph(text: string, block: number): Block {
  return { type: "paragraph", text, location: { kind: "docx", block } };
}

describe("matching DOCX blocks to mammoth's elements by their text", () => {
  it("skips elements no block stands for and matches despite white space", () => {
    const blocks: Block[] = [
      paragraph("一、总体情况", 0),
      paragraph("正文\t第一段", 2),
      { type: "table", rows: [[{ text: "规章", location: { kind: "docx", block: 3, cell: { row: 0, column: 0 } } }, { text: "0", location: { kind: "docx", block: 3, cell: { row: 0, column: 1 } } }]], location: { kind: "docx", block: 3 } },
      paragraph("二、主动公开", 5),
    ];
    const rendered: RenderedBlock[] = [
      { kind: "paragraph", text: "一、总体情况" },
      { kind: "paragraph", text: "目录" },
      { kind: "paragraph", text: "正文 第一段" },
      { kind: "table", text: "规章 0" },
      { kind: "paragraph", text: "二、主动公开" },
    ];
    expect(alignBlocks(blocks, rendered)).toEqual([0, 2, 3, 4]);
  });

  it("leaves a block unmatched rather than taking another block's element", () => {
    const blocks = [paragraph("第一段", 0), paragraph("不在 HTML 中的段落", 1), paragraph("第三段", 2)];
    const rendered: RenderedBlock[] = [
      { kind: "paragraph", text: "第一段" },
      { kind: "paragraph", text: "第三段" },
    ];
    expect(alignBlocks(blocks, rendered)).toEqual([0, -1, 1]);
  });

  it("matches the same texts in order, so repeated paragraphs keep their own elements", () => {
    const blocks = [paragraph("无。", 0), paragraph("无。", 1)];
    expect(alignBlocks(blocks, [{ kind: "paragraph", text: "无。" }, { kind: "paragraph", text: "无。" }])).toEqual([0, 1]);
  });
});

import { describe, expect, it } from "vitest";
import type { Block } from "../../core/model/document";
import { findInBlocks } from "./pdf-find";

const blocks: Block[] = [
  {
    type: "paragraph",
    text: "一、总体情况 本年度 共收到 申请 12 件。",
    location: { kind: "pdf", page: 1, box: [0, 700, 500, 720] },
    spans: [
      { start: 0, end: 7, location: { kind: "pdf", page: 1, box: [0, 700, 100, 720] } },
      { start: 7, end: 26, location: { kind: "pdf", page: 1, box: [100, 700, 500, 720] } },
    ],
  },
  { type: "paragraph", text: "依申请公开情况：收到申请的，均已办结。", location: { kind: "pdf", page: 6, box: [50, 400, 550, 420] } },
  {
    type: "table",
    location: { kind: "pdf", page: 7, box: [40, 100, 560, 600] },
    rows: [[{ text: "本年新收政府信息公开申请数量", location: { kind: "pdf", page: 7, box: [40, 560, 300, 580] } }, { text: "12", location: { kind: "file" } }]],
  },
  { type: "paragraph", text: "没有位置的段落 申请", location: { kind: "text", line: 3, column: 1, endLine: 3, endColumn: 1 } },
];

describe("findInBlocks", () => {
  it("finds every match in reading order with its page and the box of its span, paragraph or cell", () => {
    expect(findInBlocks(blocks, "申请").map(({ page, box }) => [page, box])).toEqual([
      [1, [100, 700, 500, 720]],
      [6, [50, 400, 550, 420]],
      [6, [50, 400, 550, 420]],
      [7, [40, 560, 300, 580]],
    ]);
  });

  it("ignores spaces and case in the query and the text, and gives an excerpt", () => {
    const [found] = findInBlocks(blocks, "共 收到申请");
    expect(found.page).toBe(1);
    expect(found.excerpt).toBe("一、总体情况 本年度 共收到 申请 12 件。");
    expect(findInBlocks(blocks, "12").map(({ page, box }) => [page, box])).toEqual([
      [1, [100, 700, 500, 720]],
      [7, [40, 100, 560, 600]],
    ]);
    expect(findInBlocks(blocks, "  ")).toEqual([]);
    expect(findInBlocks(blocks, "不存在的词")).toEqual([]);
  });
});

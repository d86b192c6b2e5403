import { describe, expect, it } from "vitest";
import type { ParagraphBlock } from "../../../src/core/model/document";
import { rangeLocation } from "../../../src/core/rules/lib/text";

describe("rangeLocation", () => {
  it("text: the line and 1-based columns of the characters", () => {
    const block: ParagraphBlock = { type: "paragraph", text: "京兴政  务公开办", location: { kind: "text", line: 19, column: 1, endLine: 19, endColumn: 10 } };
    expect(rangeLocation(block, 3, 5)).toEqual({ kind: "text", line: 19, column: 4, endLine: 19, endColumn: 6 });
  });

  it("DOCX: the block and character offsets", () => {
    const block: ParagraphBlock = { type: "paragraph", text: "（六）教育培训", location: { kind: "docx", block: 17 } };
    expect(rangeLocation(block, 0, 3)).toEqual({ kind: "docx", block: 17, start: 0, end: 3 });
  });

  it("PDF: the boxes of the text items the range touches", () => {
    const block: ParagraphBlock = {
      type: "paragraph",
      text: "共受理33件",
      location: { kind: "pdf", page: 2, box: [0, 0, 100, 10] },
      spans: [
        { start: 0, end: 3, location: { kind: "pdf", page: 2, box: [0, 0, 30, 10] } },
        { start: 3, end: 6, location: { kind: "pdf", page: 2, box: [30, 0, 60, 10] } },
      ],
    };
    expect(rangeLocation(block, 3, 5)).toEqual({ kind: "pdf", page: 2, box: [30, 0, 60, 10] });
    expect(rangeLocation(block, 1, 5).boxes).toHaveLength(2);
  });
});

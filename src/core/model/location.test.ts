import { describe, expect, it } from "vitest";
import { compareLocations, describeLocation, describePlaces, pageBoxes, type Location } from "./location";

const text = (line: number, column = 1): Location => ({ kind: "text", line, column, endLine: line, endColumn: column + 2 });
const pdf = (page: number, top: number, left = 72): Location => ({ kind: "pdf", page, box: [left, top - 12, left + 40, top] });

describe("describeLocation", () => {
  it("names the place in the source: a text line, a PDF page, a Word paragraph counted from 1; nothing for the whole file", () => {
    expect(describeLocation(text(12))).toBe("第12行");
    expect(describeLocation(pdf(3, 700))).toBe("第3页");
    expect(describeLocation({ kind: "docx", block: 4, start: 2, end: 5 })).toBe("第5段");
    expect(describeLocation({ kind: "file" })).toBe("");
  });

  it("names the page a place spanning two pages starts on", () => {
    const boxes = [{ page: 3, box: [0, 0, 1, 1] }, { page: 4, box: [0, 0, 1, 1] }] as Location["boxes"];
    expect(describeLocation({ kind: "pdf", page: 3, box: [0, 0, 1, 1], boxes })).toBe("第3页");
  });

  it("adds the template cell, row or table after the place", () => {
    expect(describeLocation({ ...text(370), template: { table: "t3", row: "total", column: "total" } })).toBe("第370行 表三“（七）总计—总计”");
    expect(describeLocation({ ...pdf(2, 500), template: { table: "t2", row: "penalty", column: "value" } })).toBe("第2页 表二“行政处罚—本年处理决定数量”");
    expect(describeLocation({ kind: "docx", block: 30, cell: { row: 3, column: 1 }, template: { table: "t3", row: "carried_over" } })).toBe("第31段 表三“二、上年结转政府信息公开申请数量”行");
    expect(describeLocation({ kind: "docx", block: 30, template: { table: "t4" } })).toBe("第31段 表四");
  });
});

describe("describePlaces", () => {
  it("says one place as it is, and several with their count, each distinct place once, five at most", () => {
    expect(describePlaces([text(12)])).toBe("第12行");
    expect(describePlaces([text(12, 3), text(12, 30), text(16), text(16, 9)])).toBe("共4处：第12行、第16行");
    expect(describePlaces([1, 2, 3, 4, 5, 6].map((page) => pdf(page, 700)))).toBe("共6处：第1页、第2页、第3页、第4页、第5页等");
  });
});

describe("compareLocations", () => {
  it("orders text by line then column, PDF by page then top to bottom then left to right, Word by block, cell and offset", () => {
    const sorted = (locations: Location[]) => [...locations].sort(compareLocations);
    expect(sorted([text(5, 9), text(12), text(5, 2)])).toEqual([text(5, 2), text(5, 9), text(12)]);
    expect(sorted([pdf(2, 700), pdf(1, 300), pdf(1, 700, 300), pdf(1, 700)])).toEqual([pdf(1, 700), pdf(1, 700, 300), pdf(1, 300), pdf(2, 700)]);
    const word = (block: number, extra: object = {}): Location => ({ kind: "docx", block, ...extra });
    expect(sorted([word(7), word(3, { start: 9, end: 10 }), word(3, { cell: { row: 1, column: 0 } }), word(3, { start: 2, end: 4 })])).toEqual([
      word(3, { start: 2, end: 4 }),
      word(3, { start: 9, end: 10 }),
      word(3, { cell: { row: 1, column: 0 } }),
      word(7),
    ]);
  });

  it("puts what is about the whole file first", () => {
    expect([text(3), { kind: "file" } as Location].sort(compareLocations)).toEqual([{ kind: "file" }, text(3)]);
  });
});

describe("pageBoxes", () => {
  it("gives every box of a PDF place and none for other sources", () => {
    expect(pageBoxes(pdf(3, 700))).toEqual([{ page: 3, box: [72, 688, 112, 700] }]);
    const boxes = [{ page: 3, box: [0, 0, 1, 1] }, { page: 4, box: [0, 0, 1, 1] }] as Location["boxes"];
    expect(pageBoxes({ kind: "pdf", page: 3, box: [0, 0, 1, 1], boxes })).toEqual(boxes);
    expect(pageBoxes(text(3))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { groupLines } from "./lines";
import type { PdfText } from "./page";
import { unruledTables } from "./unruled";

const SIZE = 10;
const WIDTH = 450;

/** A text item at x on a baseline, one size-wide box per CJK character, half that per ASCII one. */
function item(text: string, x: number, baseline: number): PdfText {
  const width = [...text].reduce((sum, c) => sum + (c.charCodeAt(0) < 0x80 ? SIZE / 2 : SIZE), 0);
  return { text, box: [x, baseline - 0.2 * SIZE, x + width, baseline + 0.8 * SIZE], baseline, size: SIZE };
}

const texts = (rows: { text: string }[][]) => rows.map((row) => row.map((cell) => cell.text));

describe("unruledTables", () => {
  it("leaves prose alone, numbers in it included", () => {
    const lines = groupLines([
      item("2024年，我区在政府网站平台主动发布各类政府信息", 72, 700),
      item("2428", 72 + 24 * SIZE + 4, 700),
      item("条，公开政府常务会议7期，解读信息发布7条。本年度", 72 + 26 * SIZE + 8, 700),
      item("依申请公开工作规范有序，全年受理申请17件，均已在法定期", 72, 680),
      item("限内答复。", 72, 660),
    ]);
    const { tables, rest } = unruledTables(lines, 1, WIDTH);
    expect(tables).toEqual([]);
    expect(rest).toHaveLength(3);
  });

  it("rebuilds rows from the numbers' baselines and columns from their places, leaving an empty cell where one is missing", () => {
    const lines = groupLines([
      item("信息内容", 90, 700),
      item("本年制发件数", 220, 700),
      item("本年废止件数", 320, 700),
      item("现行有效件数", 420, 700),
      // A label wrapped over two lines, its numbers centred between them.
      item("行政规范性", 75, 680),
      item("文件", 75, 667),
      item("12", 245, 673.5),
      item("64", 445, 673.5),
      item("规章", 75, 645),
      item("0", 247, 643),
      item("0", 347, 643),
      item("3", 447, 643),
    ]);
    const { tables, rest } = unruledTables(lines, 2, WIDTH);
    expect(rest).toEqual([]);
    expect(tables).toHaveLength(1);
    const [{ table }] = tables;
    expect(texts(table.rows)).toEqual([
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["行政规范性\n文件", "12", "", "64"],
      ["规章", "0", "0", "3"],
    ]);
    const twelve = table.rows[1][1];
    expect(twelve.parts).toEqual([{ page: 2, box: [245, 671.5, 255, 681.5] }]);
    // The missing cell sits in its column, on its row.
    const [x0, y0, x1, y1] = table.rows[1][2].parts[0].box;
    expect(x0 < 350 && x1 > 350 && y0 < 673.5 && y1 > 673.5).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { nodeExtractors } from "../../../src/cli/extractors";
import { checkFile, checkText } from "../../../src/core/check";
import { T3_STANDARD_ROWS } from "../../../src/core/model/template";
import { realFile, seedText } from "../../helpers/seeds";
import { gridTables, type GridRow, type GridTable, type ValueCell } from "../../../src/ui/document/table-grid";

/** Columns each row of a drawn table fills, counting cells that reach down from rows above. */
function rowWidths(rows: GridRow[]): number[] {
  const reaching: number[] = [];
  return rows.map((row, index) => {
    let width = reaching[index] ?? 0;
    for (const cell of row.cells) {
      const span = cell.colSpan ?? 1;
      width += span;
      const rowSpan = cell.kind === "value" ? 1 : (cell.rowSpan ?? 1);
      for (let below = index + 1; below < index + rowSpan; below++) reaching[below] = (reaching[below] ?? 0) + span;
    }
    return width;
  });
}

function table(tables: GridTable[], key: GridTable["key"]): GridTable {
  return tables.find((candidate) => candidate.key === key)!;
}

function valueCell(grid: GridTable, row: string, column: string): ValueCell {
  const cell = grid.rows.flatMap((r) => r.cells).find((c): c is ValueCell => c.kind === "value" && c.row === row && c.column === column);
  if (!cell) throw new Error(`no cell ${row}/${column}`);
  return cell;
}

const SEED = seedText("004_7be0dca35fed79ae");

describe("the three tables as the template grid", () => {
  it("draws each table as a rectangle: 表二 4 columns wide, 表三 3 + 7, 表四 15", async () => {
    const result = await checkText("004.txt", SEED);
    const tables = gridTables(result.report, result.findings ?? []);
    expect(tables.map((grid) => [grid.key, grid.present, [...new Set(rowWidths(grid.rows))]])).toEqual([
      ["t2", true, [4]],
      ["t3", true, [10]],
      ["t4", true, [15]],
    ]);
    expect(table(tables, "t3").rows.filter((row) => !row.key.startsWith("head")).map((row) => row.key)).toEqual(T3_STANDARD_ROWS);
  });

  it("puts the report's values in their cells and a finding with its expected value on the cell it is about", async () => {
    const edited = SEED.replace("一、本年新收政府信息公开申请数量\n\t33\n", "一、本年新收政府信息公开申请数量\n\t34\n");
    expect(edited).not.toBe(SEED);
    const result = await checkText("edited.txt", edited);
    const t3 = table(gridTables(result.report, result.findings ?? []), "t3");
    expect(valueCell(t3, "new", "natural_person").value).toBe(34);
    const balance = result.findings!.find((finding) => finding.rule === "table3/balance")!;
    const flagged = valueCell(t3, String(balance.location.template?.row), String(balance.location.template?.column));
    expect(flagged.findings.map(({ finding }) => finding)).toContain(balance);
    expect(flagged.findings[0].finding.severity).toBe("error");
    expect(t3.findings).toEqual([]);
  });

  it("marks every cell of a finding about several blank cells, and keeps it off the table's own list", async () => {
    const blanked = SEED.replace("（三）不予公开\n\t1.属于国家秘密\n\t0\n\t0\n", "（三）不予公开\n\t1.属于国家秘密\n\t\n\t\n");
    expect(blanked).not.toBe(SEED);
    const result = await checkText("blanked.txt", blanked);
    const blanks = result.findings!.filter((finding) => finding.rule === "table3/value-int");
    expect(blanks).toHaveLength(1);
    const t3 = table(gridTables(result.report, blanks), "t3");
    const marked = t3.rows.flatMap((row) => row.cells).filter((cell): cell is ValueCell => cell.kind === "value" && cell.findings.length > 0);
    // Each cell shows the finding at that cell: its index, its message, the cell's own place.
    expect(marked.map((cell) => [cell.row, cell.column, cell.findings.map(({ index, finding }) => [index, finding.message, finding.location])])).toEqual([
      ["withheld_state_secret", "natural_person", [[0, blanks[0].message, blanks[0].places![0]]]],
      ["withheld_state_secret", "commercial", [[0, blanks[0].message, blanks[0].places![1]]]],
    ]);
    expect(t3.findings).toEqual([]);
  });

  it("shows a row the report leaves out as missing, with no values", async () => {
    const withoutRow = SEED.replace(/\t2\.重复申请\n(\t\d+\n){7}/, "");
    expect(withoutRow).not.toBe(SEED);
    const result = await checkText("missing-row.txt", withoutRow);
    const t3 = table(gridTables(result.report, result.findings ?? []), "t3");
    const row = t3.rows.find((candidate) => candidate.key === "rejected_duplicate")!;
    expect(row.missing).toBe(true);
    expect(row.cells.filter((cell) => cell.kind === "value").map((cell) => (cell as ValueCell).value)).toEqual(Array(7).fill(undefined));
    expect(t3.rows.filter((candidate) => candidate.missing).map((candidate) => candidate.key)).toEqual(["rejected_duplicate"]);
  });

  it("draws （六）其他处理 as one row where the report merged it, with the finding on its label", async () => {
    const result = await checkFile({ name: "hongze-2024.pdf", bytes: realFile("hongze-2024.pdf") }, { extractors: nodeExtractors });
    const t3 = table(gridTables(result.report, result.findings ?? []), "t3");
    const keys = t3.rows.map((row) => row.key);
    expect(keys).toContain("other_total");
    expect(keys).not.toContain("other_other");
    const label = t3.rows.find((row) => row.key === "other_total")!.cells.at(-8)!;
    expect(label.kind === "label" && label.findings.map(({ finding }) => finding.rule)).toEqual(["structure/table-altered"]);
    expect(new Set(rowWidths(t3.rows))).toEqual(new Set([10]));
  });
});

/**
 * Table grids as the DOCX and Word 97–2003 readers build them: a cell at its grid column, with `colSpan`
 * when it spans columns; a vertically merged cell is its first cell with `rowSpan`, and each row it covers
 * holds an empty cell at its place, so every row lists its cells in grid order.
 */
import type { TableCell } from "../model/document";
import type { Location } from "../model/location";

/** The empty cell standing at a grid place that a cell above covers, or that a row leaves out before its first cell. */
export function emptyCell(location: Location, colSpan: number): TableCell {
  return colSpan > 1 ? { text: "", location, colSpan } : { text: "", location };
}

/** A table's open vertical merges, by grid column, while its rows are read top to bottom. */
export class VerticalMerges {
  private readonly open = new Map<number, TableCell>();

  /** A continuation cell at `column`: the merge open there grows a row; false when none is open. */
  extend(column: number): boolean {
    const above = this.open.get(column);
    if (!above) return false;
    above.rowSpan = (above.rowSpan ?? 1) + 1;
    return true;
  }

  /** A new cell over `span` columns from `column` closes the merges there; `starts` opens one at it. */
  place(cell: TableCell, column: number, span: number, starts: boolean): void {
    for (let covered = column; covered < column + span; covered++) this.open.delete(covered);
    if (starts) this.open.set(column, cell);
  }
}

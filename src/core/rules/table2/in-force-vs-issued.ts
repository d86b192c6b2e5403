import type { FindingDraft, Rule } from "../rule";
import type { T2RowKey } from "../../model/template";
import { countOf, only2021, rowOf, t2RowName } from "../lib/cells";

/** The 第二十条第（一）项 rows, whose columns are 本年制发, 本年废止 and 现行有效. */
const DOCUMENT_ROWS: T2RowKey[] = ["regulations", "normative_documents"];

export const table2InForceVsIssued: Rule = {
  id: "table2/in-force-vs-issued",
  severity: "warning",
  title: "现行有效件数少于本年制发未废止件数",
  description:
    "表二第二十条第（一）项同一行：现行有效件数 < 本年制发件数 − 本年废止件数 时提示。本年制发且未废止的文件年末必然现行有效，存量不可能少于它（含本年制发大于0而现行有效为0的情形）。",
  basis: "表意逻辑：现行有效件数为年末存量，包含本年制发且未废止的文件",
  example: {
    wrong: "行政规范性文件本年制发12件、本年废止0件，现行有效件数填写为5。",
    right: "行政规范性文件本年制发12件、本年废止0件，现行有效件数不少于12。",
  },
  appliesToVersion: only2021,
  check({ parsed }) {
    const t2 = parsed.tables.t2;
    if (!t2) return [];
    return DOCUMENT_ROWS.flatMap((key): FindingDraft[] => {
      const row = rowOf(t2, key);
      if (!row) return [];
      const [issued, repealed, inForce] = ["issued", "repealed", "in_force"].map((column) => countOf(row.cells[column]));
      if (issued === null || repealed === null || inForce === null || inForce >= issued - repealed) return [];
      const least = issued - repealed;
      return [
        {
          message: `表二“${t2RowName(key)}”本年制发${issued}件、本年废止${repealed}件，现行有效件数应不少于${least}，但填写为${inForce}，请核实。`,
          expected: least,
          actual: inForce,
          location: row.cells.in_force.location,
        },
      ];
    });
  },
};

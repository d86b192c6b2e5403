import { templateLocation } from "../../model/location";
import { T4_CELL_COUNT } from "../../model/template";
import { isTableEmpty } from "../lib/common";
import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";

export const table4CellCount: Rule = {
  id: "table4/cell-count",
  severity: "error",
  title: "表四数值个数不符",
  description: "表四数据行应有15个数值（三组各5列：结果维持、结果纠正、其他结果、尚未审结、总计）；识别到的数值个数不是15（漏列或多列）时报错。",
  basis: `${FORMAT_2021}（表四）`,
  example: {
    wrong: "表四只填写了14个数值（漏填一列）。",
    right: "表四三组各5个数值，共15个。",
  },
  check({ parsed }) {
    const t4 = parsed.tables.t4;
    if (!t4 || t4.cellCount === T4_CELL_COUNT || isTableEmpty(t4)) return [];
    return [
      {
        message: `表四应有${T4_CELL_COUNT}个数值，实际识别到${t4.cellCount}个。`,
        expected: T4_CELL_COUNT,
        actual: t4.cellCount,
        location: templateLocation(t4.location, { table: "t4" }),
      },
    ];
  },
};

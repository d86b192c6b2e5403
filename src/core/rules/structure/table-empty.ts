import { TABLE_KEYS, templateLocation } from "../../model/location";
import { TABLE_NAMES } from "../../model/template";
import type { Rule } from "../rule";
import { isTableEmpty } from "../lib/common";
import { FORMAT_2021 } from "../lib/basis";

export const tableEmpty: Rule = {
  id: "structure/table-empty",
  severity: "error",
  title: "统计表未填写",
  description:
    "找到了表二、表三或表四，但其数值单元格全部为空（未填写的模板）。整张表只提示一次，不再逐格提示“须填非负整数”。",
  basis: `${FORMAT_2021}（三张统计表为固定格式，逐项填写）`,
  example: {
    wrong: "表三各行各列均为空白。",
    right: "表三各单元格填写件数，无则填0。",
  },
  check({ parsed }) {
    return TABLE_KEYS.flatMap((key) => {
      const table = parsed.tables[key];
      if (!table || !isTableEmpty(table)) return [];
      return [{ message: `${TABLE_NAMES[key]}未填写任何数值。`, location: templateLocation(table.location, { table: key }) }];
    });
  },
};

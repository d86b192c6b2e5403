import { T3_COLUMNS } from "../../model/template";
import type { FindingDraft, Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { rowOf, sumOfCounts, t3ColumnName } from "../lib/cells";

export const table3Balance: Rule = {
  id: "table3/balance",
  severity: "error",
  title: "表三勾稽关系不符",
  description:
    "表三每一列：一、本年新收 + 二、上年结转 = 三、本年度办理结果“（七）总计” + 四、结转下年度继续办理。有空白或非法单元格的列不计算。提示指向“结转下年度继续办理”单元格。",
  basis: `${FORMAT_2021}（表三表头：“本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和”）`,
  example: {
    wrong: "表三“自然人”列：本年新收33 + 上年结转0 = 33，办理结果总计30 + 结转下年度1 = 31。",
    right: "本年新收33 + 上年结转0 = 办理结果总计32 + 结转下年度1 = 33。",
  },
  check({ parsed }) {
    const t3 = parsed.tables.t3;
    if (!t3) return [];
    const [fresh, carriedOver, total, carriedForward] = (["new", "carried_over", "total", "carried_forward"] as const).map(
      (key) => rowOf(t3, key),
    );
    if (!carriedForward) return [];
    return T3_COLUMNS.flatMap(({ key: column }): FindingDraft[] => {
      const cells = [fresh, carriedOver, total, carriedForward].map((row) => row?.cells[column]);
      const received = sumOfCounts(cells.slice(0, 2));
      const handled = sumOfCounts(cells.slice(2));
      if (received === null || handled === null || received === handled) return [];
      const [n, o, t, f] = cells.map((cell) => cell?.value);
      return [
        {
          message: `表三“${t3ColumnName(column)}”列不符合勾稽关系：本年新收${n} + 上年结转${o} = ${received}，办理结果总计${t} + 结转下年度${f} = ${handled}。`,
          expected: received,
          actual: handled,
          location: carriedForward.cells[column].location,
        },
      ];
    });
  },
};

import { templateLocation } from "../../model/location";
import { SECTIONS, TABLE_NAMES } from "../../model/template";
import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";
import { missingSectionPlace, sectionOrdinal } from "../lib/sections";

export const tableMissing: Rule = {
  id: "structure/table-missing",
  severity: "error",
  title: "缺少统计表",
  description:
    "第二、三、四部分应分别使用表二（四个子表）、表三、表四；某张表未识别到（缺失，或被文字叙述替代）时报错。表格缺失的部分本身也缺失时，指向该部分应在的位置。",
  basis: `${FORMAT_2021}（三张统计表为固定格式）`,
  example: {
    wrong: "第三部分只写“本年度共收到政府信息公开申请4件，均已按期答复”，没有统计表。",
    right: "第三部分使用“收到和处理政府信息公开申请情况”统计表逐项填写。",
  },
  check({ parsed }) {
    return SECTIONS.flatMap(({ number, table }) => {
      if (!table || parsed.tables[table]) return [];
      const section = parsed.sections.find((candidate) => candidate.number === number);
      return [
        {
          message: `${sectionOrdinal(number)}未按格式使用${TABLE_NAMES[table]}统计表。`,
          location: templateLocation(section?.location ?? missingSectionPlace(parsed, number).location, { table }),
        },
      ];
    });
  },
};

import { halfwidthDigits } from "../../text/normalize";
import type { Rule } from "../rule";
import { FORMAT_2021 } from "../lib/basis";

/** A four-digit year, also written in Chinese digits (二〇二三年). */
const YEAR = /(?:19|20)\d{2}|[〇零一二三四五六七八九]{4}年/;

export const yearTitleMissing: Rule = {
  id: "year/title-missing",
  severity: "error",
  title: "标题缺少报告年度",
  description: "报告标题中没有四位年份（如“2023年”）。没有找到标题时由 structure/title-missing 报告。",
  basis: `${FORMAT_2021}（报告名称“××（机关全称）20××年政府信息公开工作年度报告”）`,
  example: { wrong: "北京市西城区信访办公室政府信息公开工作年度报告", right: "北京市西城区信访办公室2023年政府信息公开工作年度报告" },
  appliesToVersion: () => true,
  check({ parsed }) {
    const { title } = parsed;
    if (!title || YEAR.test(halfwidthDigits(title.text))) return [];
    return [{ message: `标题“${title.text}”缺少报告年度。`, location: title.location }];
  },
};

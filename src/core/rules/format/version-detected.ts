import type { FormatVersion } from "../../model/report";
import type { Rule } from "../rule";
import { documentStart } from "../lib/common";
import { FORMAT_2021, NOTICE_2019 } from "../lib/basis";

const VERSION_NOTES: Record<Exclude<FormatVersion, "2021">, string> = {
  "2019-trial": "本报告按2019年试行格式编制（适用于2019、2020年度报告）。",
  "pre-2019": "本报告按旧条例时期（2008—2018年度）的格式编制，只做格式识别，不检查统计表。",
};

export const versionDetected: Rule = {
  id: "format/version-detected",
  severity: "info",
  title: "识别出的格式版本",
  description:
    "报告不是2021格式时，说明识别出的格式版本：2019年试行格式（适用于2019、2020年度报告），或旧条例时期（2008—2018年度）的格式。2021格式只写入结果的格式版本，不另提示。旧条例时期的报告只做识别，不运行表格检查。",
  basis: `${FORMAT_2021}；${NOTICE_2019}`,
  example: {
    wrong: "表二列名为“本年新制作数量｜本年新公开数量｜对外公开总数量”的2019年度报告。",
    right: "本报告按2019年试行格式编制（适用于2019、2020年度报告）。",
  },
  appliesToVersion: (version) => version !== "2021",
  check({ parsed }) {
    const version = parsed.report.formatVersion;
    if (version === "2021") return [];
    const mark = parsed.versionMarks.find((candidate) => candidate.version === version);
    return [
      {
        message: VERSION_NOTES[version],
        actual: version,
        location: mark?.location ?? parsed.title?.location ?? documentStart(parsed.document),
      },
    ];
  },
};

/**
 * Issue 11: a correct report written the way a city government's published reports are (a saved web
 * page's own lines, the year before the agency, figures that are not the tables' counts, comparisons
 * with last year, two totals in one sentence, zeros left blank, “无其他需要报告的事项”) gets no false
 * alarm; the same report with its real mismatches gets each one once.
 */
import { describe, expect, it } from "vitest";
import { checkText } from "../../src/core/check";
import type { Finding } from "../../src/core/model/report";
import { BASE_REPORT, replaceLine } from "../helpers/base-report";

const AGENCY = "北京市某某区城市管理委员会";
const TITLE = `2023年${AGENCY}政府信息公开工作年度报告`;

/** The first section's text: every kind of figure issue 11 measured, all consistent with the tables. */
const OVERVIEW = [
  // 表二: 行政规范性文件 本年制发 2; 表三: 新收 4, 予以公开 3, 无法提供 1; 表四: 行政复议 1 (维持).
  "2023年，北京市某某区城市管理委员会认真贯彻落实《政府信息公开条例》，全年主动公开政府信息120条，比2022年减少18条，规范性文件制发数量与2022年持平。",
  "坚持‘三个一’工作机制，依申请公开件在2个工作日内录入办理平台。全年收到政府信息公开申请4件，其中予以公开3件，占75%；因本机关不掌握等原因无法提供1件，占25%。",
  "全年印发行政规范性文件2件，其中《某某办法》等1件为重点领域文件。",
  "政府信息公开行政复议1件，其中结果维持1件，结果纠正0件；政府信息公开行政诉讼0件，其中尚未审结0件。",
  "加强政府信息管理和保密审查，依托政府网站和政务新媒体平台发布信息，开展培训并纳入考核监督。",
].join("\n");

/** The report as saved from the city's website: page lines around the title, zeros of 表三 left blank, section 六 with nothing more to say. */
function cityReport(overview = OVERVIEW): string {
  let text = replaceLine(BASE_REPORT, AGENCY, "首页 > 政务公开 > 政府信息公开年报");
  text = replaceLine(text, "2023年政府信息公开工作年度报告", `${TITLE}\n来源：区城市管理委员会办公室　时间：2024-01-18　字号：大 中 小　【打印】`);
  text = replaceLine(text, "2023年，北京市某某区城市管理委员会认真贯彻落实", overview);
  const start = text.indexOf("一、本年新收政府信息公开申请数量");
  const end = text.indexOf("四、政府信息公开行政复议、行政诉讼情况");
  const blanked = text.slice(start, end).replace(/\t0(?=\t|\n)/g, "\t");
  text = text.slice(0, start) + blanked + text.slice(end);
  return `${text}\n无其他需要报告的事项。\n【打印本页】　【关闭窗口】`;
}

const summary = (findings: Finding[]) => findings.map((finding) => `${finding.severity} ${finding.rule}`);

describe("a correct city report, written and saved as real ones are", () => {
  it("reads title, agency and year, and raises only the blank zeros of 表三, once", async () => {
    const result = await checkText("city.txt", cityReport());
    expect([result.report?.title, result.report?.agency, result.report?.agencyKind, result.report?.year]).toEqual([TITLE, AGENCY, "department", 2023]);
    expect(result.report?.sections.map((section) => section.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(summary(result.findings!)).toEqual(["error table3/value-int"]);
    const [blanks] = result.findings!;
    expect(blanks.message).toMatch(/^表三有\d+个单元格为空（“一、本年新收政府信息公开申请数量”“二、上年结转政府信息公开申请数量”“（一）予以公开”等25行），应填写非负整数（无则填0）。$/);
    expect(blanks.places!.length).toBe(Number(/有(\d+)个/.exec(blanks.message)![1]));
  });

  it("still raises each real mismatch of its text once", async () => {
    const wrong = OVERVIEW.replace("全年收到政府信息公开申请4件", "全年收到政府信息公开申请5件")
      .replace("其中予以公开3件，占75%", "其中予以公开2件，占75%")
      .replace("全年印发行政规范性文件2件", "全年印发行政规范性文件3件")
      .replace("结果纠正0件；", "结果纠正1件；")
      .replace("与2022年持平", "与上年持平，2022年全年制发规范性文件2件");
    expect(wrong).not.toBe(OVERVIEW);
    const result = await checkText("city.txt", cityReport(wrong));
    expect(summary(result.findings!).sort()).toEqual(
      [
        "error table3/value-int",
        "warning text/t3-new",
        "warning text/t3-outcomes",
        "warning text/t2-normative",
        "warning text/internal-sum",
        "warning year/body-mismatch",
      ].sort(),
    );
  });
});

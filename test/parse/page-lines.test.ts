import { describe, expect, it } from "vitest";
import { check, generated } from "../helpers/formats";
import type { Finding } from "../../src/core/model/report";
import { extractText } from "../../src/core/extract/text";
import { findPageLines } from "../../src/core/parse/page-lines";

const PAGE = "000_5a9a8d2bc98e1d44.html";
const TITLE_END = '<h2 class="title" style="text-align:center">年度报告</h2>';
const TITLE_START = '<h2 class="title" style="text-align:center">市机关事务局2023年政府信息公开工作</h2>';

/** The saved page with lines of the web page before and after its title, and its tools at the end. */
function withPageLines(html: string): string {
  const edits: [string, string][] = [
    [TITLE_START, `<div class="meta">发布时间：2024-01-30 15:32　来源：市机关事务局</div>\n${TITLE_START}`],
    [TITLE_END, `${TITLE_END}\n<div class="info">来源：市机关事务局办公室　时间：2024-03-08　字号：大 中 小　【打印】</div>`],
    ["</body>", `<div class="tools">【打印本页】　【关闭窗口】</div>\n</body>`],
  ];
  return edits.reduce((text, [from, to]) => {
    expect(text.split(from)).toHaveLength(2);
    return text.replace(from, to);
  }, html);
}

/** A finding without the line numbers its message quotes (the added lines move them). */
const key = (finding: Finding) => `${finding.rule} ${finding.message.replace(/第\d+行/g, "第N行")}`;

describe("a saved web page's own lines", () => {
  it("are found before the first section (field lines, breadcrumbs) and anywhere (page tools), never in the report", () => {
    const text = [
      "首页 > 政务公开 > 政府信息公开年报",
      "北京市机关事务管理局2023年政府信息公开工作年度报告",
      "来源：办公室　时间：2024-03-08　字号：大 中 小　【打印】",
      "依据《政府信息公开条例》第五十条规定，编制本报告。",
      "时间：2023年1月1日至12月31日",
      "一、总体情况",
      "时间：本年度全年。",
      "【打印】【关闭】",
    ].join("\n");
    expect(findPageLines(extractText(new TextEncoder().encode(text)).blocks)).toEqual([0, 2, 7]);
  });

  it("raise no finding: the page with them checks as the page without them, title and agency the same", async () => {
    const html = new TextDecoder().decode(generated(PAGE));
    const plain = await check(PAGE, generated(PAGE));
    const framed = await check(PAGE, new TextEncoder().encode(withPageLines(html)));
    expect(framed.report?.title).toBe(plain.report?.title);
    expect(framed.report?.agency).toBe("市机关事务局");
    expect(framed.findings!.map(key)).toEqual(plain.findings!.map(key));
  });
});

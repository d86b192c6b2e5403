/** The saved-web-page reader on the generated seed pages and on the sloppy HTML real sites serve. */
import { describe, expect, it } from "vitest";
import { extractHtml } from "../../src/core/extract/html";
import type { Block, TableBlock } from "../../src/core/model/document";
import type { Location } from "../../src/core/model/location";
import { encodeGbkHtml } from "../../scripts/fixtures/gbk";
import { FLAVOURS } from "../../scripts/fixtures/html-writer";
import { check, generated, ruleIds, textRuleIds } from "../helpers/formats";
import { SEED_IDS, truth } from "../helpers/seeds";

const page = (html: string) => extractHtml(new TextEncoder().encode(html)).blocks;
const texts = (blocks: Block[]) => blocks.map((block) => (block.type === "paragraph" ? block.text : block.rows.map((row) => row.map((cell) => cell.text))));

/** The source text a location covers (1-based lines and columns, end exclusive). */
function slice(source: string, location: Location): string {
  const [line, column, endLine, endColumn] = [location.line, location.column, location.endLine, location.endColumn].map(Number);
  const lines = source.split("\n");
  if (line === endLine) return lines[line - 1].slice(column - 1, endColumn - 1);
  return [lines[line - 1].slice(column - 1), ...lines.slice(line, endLine - 1), lines[endLine - 1].slice(0, endColumn - 1)].join("\n");
}

describe("saved seed pages: every table cell as the truth, the same findings as the text", () => {
  it("covers UTF-8, UTF-8 with a BOM and no declaration, GBK and GB2312 pages", () => {
    expect(new Set(SEED_IDS.map((id) => FLAVOURS[id].charset))).toEqual(new Set(["utf-8", "utf-8-bom", "gbk", "gb2312"]));
  });

  it.each(SEED_IDS)("%s", async (seed) => {
    const result = await check(`${seed}.html`, generated(`${seed}.html`));
    expect(result.error).toBeNull();
    expect(result.format).toBe("html");
    expect(result.report!.title).toBe(truth(seed).title);
    expect(result.report!.tables).toEqual(truth(seed).tables);
    expect(ruleIds(result.findings!)).toEqual(await textRuleIds(seed));
    for (const finding of result.findings!) expect(finding.location.line, finding.message).toEqual(expect.any(Number));
  });

  it.each(SEED_IDS)("%s: no page furniture among the blocks", (seed) => {
    const text = JSON.stringify(texts(extractHtml(generated(`${seed}.html`)).blocks));
    for (const furniture of ["当前位置", "首页", "打印本页", "关闭窗口", "分享到", "版权所有", "京ICP备", "公网安备", "搜索", "siteId"]) {
      expect(text).not.toContain(furniture);
    }
  });
});

describe("locations in the saved page", () => {
  it("a paragraph or a one-line cell points at exactly its text", () => {
    const bytes = generated("000_5a9a8d2bc98e1d44.html");
    const source = new TextDecoder().decode(bytes);
    const blocks = extractHtml(bytes).blocks;
    const paragraphs = blocks.filter((block) => block.type === "paragraph");
    const cells = blocks.flatMap((block) => (block.type === "table" ? block.rows.flat() : [])).filter((cell) => cell.text && !cell.text.includes("\n"));
    expect(paragraphs.length).toBeGreaterThan(20);
    expect(cells.length).toBeGreaterThan(200);
    for (const item of [...paragraphs, ...cells]) expect(slice(source, item.location)).toBe(item.text);
  });

  it("in a GBK page with Word's markup, a paragraph's range starts and ends on its text", () => {
    const bytes = generated("001_2a4087b0dbaec631.html");
    const source = new TextDecoder("gbk").decode(bytes);
    for (const block of extractHtml(bytes).blocks.filter((b) => b.type === "paragraph")) {
      const covered = slice(source, block.location);
      expect(covered.startsWith(block.text[0]) && covered.endsWith(block.text[block.text.length - 1])).toBe(true);
      expect(covered.replace(/<[^>]*>/g, "")).toBe(block.text);
    }
  });
});

describe("sloppy HTML", () => {
  it("closes paragraphs a new block opens and ignores stray end tags", () => {
    expect(texts(page("<body><p>一<p>二</div><p>三</span><h2>四</h2>五"))).toEqual(["一", "二", "三", "四", "五"]);
  });

  it("skips scripts, styles and comments, whatever they contain", () => {
    const html = `<div><script>var s = "</div><p>假</p>";</script><style>p:after{content:"<p>"}</style><!-- <p>注释</p> --><p>真</p></div>`;
    expect(texts(page(html))).toEqual(["真"]);
  });

  it("decodes character references and points past the indentation", () => {
    const [block] = page("<p>&nbsp;&nbsp;依据&ldquo;条例&rdquo;&#x7B2C;五十条&#12290;&amp;</p>");
    expect(block).toMatchObject({ text: "依据“条例”第五十条。&", location: { kind: "text", line: 1, column: 16, endLine: 1, endColumn: 58 } });
  });

  it("builds the grid from colspan and rowspan, with empty cells where a cell from above reaches", () => {
    const html = "<table><tr><td rowspan=2>甲<td colspan=2>1<td rowspan=2>乙<tr><td>2<td>3</table>";
    const [table] = page(html) as TableBlock[];
    expect(table.rows.map((row) => row.map((cell) => [cell.text, cell.colSpan ?? 1, cell.rowSpan ?? 1]))).toEqual([
      [["甲", 1, 2], ["1", 2, 1], ["乙", 1, 2]],
      [["", 1, 1], ["2", 1, 1], ["3", 1, 1], ["", 1, 1]],
    ]);
  });

  it("reads a table that lays the page out as text, the tables inside it as tables", () => {
    const html = "<table><tr><td><table><tr><td>行政许可</td><td>0</td></tr></table></td><td><p>正文一段</p></td></tr></table>";
    expect(texts(page(html))).toEqual([[["行政许可", "0"]], "正文一段"]);
  });

  it("leaves out navigation link lists, furniture named by id or class, and hidden elements", () => {
    const html = `<ul><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li></ul><div id="footer-wrap">版权所有</div>
      <div class="article-header"><h1>标题</h1></div><div style="display: none">分享到</div><p>请登录<a href="/">门户网站</a>查询。</p>`;
    expect(texts(page(html))).toEqual(["标题", "请登录门户网站查询。"]);
  });

  it("decodes by the declared charset", () => {
    const bytes = encodeGbkHtml(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>政府信息公开工作年度报告</p></body></html>`);
    expect(texts(extractHtml(bytes).blocks)).toEqual(["政府信息公开工作年度报告"]);
  });
});

import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { extractDocx } from "../../src/core/extract/docx";
import type { Block, TableBlock } from "../../src/core/model/document";
import { fileError } from "../../src/core/model/errors";
import type { Finding } from "../../src/core/model/report";
import { truth, type SeedId } from "../helpers/seeds";
import type { Decision } from "../../src/shared/review";
import { AGENCIES_HEADER, BRIEF_TITLE, FIGURES_HEADER, FREQUENT_HEADER } from "../../src/export/brief";
import { buildDownload } from "../../src/export/downloads";
import { EXPORTED, greyPng, legacyDocFile, seedFile } from "../helpers/exports";
import { DEFAULT_LETTER_FORM } from "../../src/export/letter-form";

const paragraphs = (blocks: Block[]) => blocks.flatMap((block) => (block.type === "paragraph" && block.text ? [block.text] : []));
const tables = (blocks: Block[]) => blocks.filter((block): block is TableBlock => block.type === "table");
const texts = (table: TableBlock) => table.rows.map((row) => row.map((cell) => cell.text));

/** 002: the first 全角数字 judged 不是问题, the warning verified. */
function mark002(finding: Finding, index: number): Decision | null {
  if (index === 2) return { status: "not-an-issue", note: "" };
  if (finding.rule === "structure/section-number-missing") return { status: "verified", note: "" };
  return null;
}

async function batch() {
  return [await seedFile("000_5a9a8d2bc98e1d44"), await seedFile("002_c4bd8f948bd08bc9", mark002), await seedFile("004_7be0dca35fed79ae"), await legacyDocFile()];
}

describe("审核情况汇总, the brief for the boss", () => {
  it("gives the headline figures, the most frequent problems, the agencies ranked and the key figures with totals", async () => {
    const files = await batch();
    expect(files[1].result.findings![2].rule).toBe("typo/fullwidth-digit");
    const download = buildDownload("brief", files, EXPORTED, { form: { ...DEFAULT_LETTER_FORM, signer: "北京市政务公开办公室" } });
    expect(download.name).toBe(`${BRIEF_TITLE}.docx`);
    const { blocks } = extractDocx(download.data as Uint8Array);
    expect(paragraphs(blocks)).toEqual([
      BRIEF_TITLE,
      "一、总体情况",
      "本次共审核年度报告4份，涉及3个机关。其中1份存在错误，2份只有警告，0份未发现错误和警告，1份无法读取。共发现错误1条、警告7条、提示9条（审核人核实为“不是问题”的1条未计入）。",
      "二、出现最多的问题",
      "三、各机关情况（按错误数排序）",
      "四、主要数据",
      "北京市政务公开办公室",
      "2025年1月16日",
    ]);
    const [frequent, agencies, figures] = tables(blocks);
    // Counted by hand from the seeds' findings (rules.md §I), the dismissed one left out; ties by reports, then id; the top 10.
    expect(texts(frequent)).toEqual([
      FREQUENT_HEADER,
      ["1", "部分标题序号缺失或不符\nstructure/section-number-missing", "警告", "3", "3"],
      ["2", "中文正文使用半角标点\ntypo/halfwidth-punct-in-cjk", "提示", "3", "3"],
      ["3", "全角数字或全角空格\ntypo/fullwidth-digit", "提示", "3", "1"],
      ["4", expect.stringMatching(/\nsection1\/govt-assessment$/), "警告", "1", "1"],
      ["5", expect.stringMatching(/\nsection6\/fee-statement-missing$/), "错误", "1", "1"],
      ["6", expect.stringMatching(/\nstructure\/title-agency-abbrev$/), "提示", "1", "1"],
      ["7", expect.stringMatching(/\ntext\/t3-answered$/), "警告", "1", "1"],
      ["8", expect.stringMatching(/\ntypo\/bracket-pair-mismatch$/), "警告", "1", "1"],
      ["9", "破折号写法\ntypo/dash", "提示", "1", "1"],
      ["10", expect.stringMatching(/\ntypo\/heading-punct$/), "提示", "1", "1"],
    ]);
    const agency = (id: SeedId) => truth(id).agency;
    expect(texts(agencies)).toEqual([
      AGENCIES_HEADER,
      ["1", agency("002_c4bd8f948bd08bc9"), "2023", "1", "1", "4", "审核中（已标记 2/7 条）"],
      ["2", agency("004_7be0dca35fed79ae"), "2023", "0", "5", "2", "待审核"],
      ["3", agency("000_5a9a8d2bc98e1d44"), "2023", "0", "1", "3", "待审核"],
      ["4", "旧格式.doc", "", "", "", "", `无法读取：${fileError("legacy-word").message}`],
    ]);
    const ids: SeedId[] = ["000_5a9a8d2bc98e1d44", "002_c4bd8f948bd08bc9", "004_7be0dca35fed79ae"];
    const keyFigures = (id: SeedId) => {
      const { t3, t4 } = truth(id).tables as { t3: Record<string, { total: number }>; t4: Record<string, { total: number }> };
      return [t3.new.total, t3.total.total, t3.carried_forward.total, t4.review.total, t4.litigation_direct.total + t4.litigation_after_review.total];
    };
    const sums = keyFigures(ids[0]).map((_, column) => ids.reduce((sum, id) => sum + keyFigures(id)[column], 0));
    expect(texts(figures)).toEqual([
      FIGURES_HEADER,
      ...ids.map((id) => [agency(id), "2023", ...keyFigures(id).map(String)]),
      ["合计", "", ...sums.map(String)],
    ]);
  });

  it("embeds the batch chart as a PNG picture in the Word document", async () => {
    const png = greyPng(60, 30);
    const download = buildDownload("brief", await batch(), EXPORTED, { form: DEFAULT_LETTER_FORM, chart: { png, width: 600, height: 300, alt: "出现最多的问题" } });
    const parts = unzipSync(download.data as Uint8Array);
    expect(parts["word/media/image1.png"]).toEqual(png);
    const decode = (name: string) => new TextDecoder().decode(parts[name]);
    expect(decode("[Content_Types].xml")).toContain('<Default Extension="png" ContentType="image/png"/>');
    expect(decode("word/_rels/document.xml.rels")).toContain('Id="rIdImage1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"');
    const xml = decode("word/document.xml");
    expect(xml).toContain('<a:blip r:embed="rIdImage1"/>');
    // 600 × 300 CSS pixels in EMU, within the page's text width.
    expect(xml).toContain('<wp:extent cx="5715000" cy="2857500"/>');
    // The picture follows the table of the most frequent problems.
    expect(xml.indexOf("rIdImage1")).toBeGreaterThan(xml.indexOf("出现次数"));
    expect(xml.indexOf("rIdImage1")).toBeLessThan(xml.indexOf("三、各机关情况"));
  });
});

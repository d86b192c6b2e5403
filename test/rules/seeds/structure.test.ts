import { describe, expect, it } from "vitest";
import { SEED_IDS, realFile, seedText, type SeedId } from "../../helpers/seeds";
import { nodeExtractors } from "../../../src/cli/extractors";
import { checkFile, checkText } from "../../../src/core/check";
import { extractDocx } from "../../../src/core/extract/docx";
import type { Finding } from "../../../src/core/model/report";
import { parseDocument } from "../../../src/core/parse/index";
import { runRules } from "../../../src/core/rules/engine";

/**
 * rules.md §I and the 种子触发 column of §A, for the structure and format rules: every finding these rules
 * make on each seed, as "rule@line". Anything else they report is a false alarm.
 */
const EXPECTED: Record<SeedId, string[]> = {
  "000_5a9a8d2bc98e1d44": [
    "structure/title-agency-abbrev@1",
    "structure/section-number-missing@6",
    "structure/section-number-missing@31",
    "structure/section-number-missing@78",
  ],
  "001_2a4087b0dbaec631": ["structure/section-title-variant@408"],
  "002_c4bd8f948bd08bc9": ["structure/section-number-missing@29", "structure/section-number-missing@76"],
  "003_f34c183db723c9dd": ["structure/preamble-missing@3"],
  "004_7be0dca35fed79ae": ["structure/section-number-missing@85", "structure/section-number-missing@373"],
};

/** Rules §I says must not fire on the seed (none of them fires on any seed). */
const MUST_NOT_FIRE = ["structure/section-missing", "structure/section-order", "structure/table-missing", "structure/table-empty", "structure/table-altered"];

const ours = (findings: Finding[]) => findings.filter((finding) => /^(structure|format)\//.test(finding.rule));

async function structureFindings(id: SeedId) {
  const result = await checkText(`${id}.txt`, seedText(id));
  expect(result.report!.formatVersion).toBe("2021");
  return ours(result.findings!);
}

describe("structure and format rules on the seeds (rules.md §I)", () => {
  it.each(SEED_IDS)("%s: exactly the expected findings", async (id) => {
    const findings = await structureFindings(id);
    // A finding with several places (section-number-missing lists every heading) counts at each of them.
    const keys = findings.flatMap((finding) => (finding.places ?? [finding.location]).map((place) => `${finding.rule}@${place.line}`));
    expect(keys).toEqual(EXPECTED[id]);
    expect(findings.filter((finding) => MUST_NOT_FIRE.includes(finding.rule))).toEqual([]);
  });

  it("000: the title's short agency name against the body's full name", async () => {
    const [finding] = (await structureFindings("000_5a9a8d2bc98e1d44")).filter((f) => f.rule === "structure/title-agency-abbrev");
    expect(finding).toMatchObject({ severity: "info", actual: "市机关事务局", expected: "北京市机关事务管理局", location: { line: 1, endLine: 3 } });
  });

  it("000, 002, 004: one finding listing the numeral each heading lacks", async () => {
    const messages = async (id: SeedId) =>
      (await structureFindings(id)).filter((f) => f.rule === "structure/section-number-missing").map((f) => [f.severity, f.message]);
    expect(await messages("000_5a9a8d2bc98e1d44")).toEqual([
      [
        "warning",
        "3个部分的标题序号缺失或不符：第一部分标题“总体情况”缺少序号“一、”；第二部分标题“主动公开政府信息情况”缺少序号“二、”；第三部分标题“收到和处理政府信息公开申请情况”缺少序号“三、”。",
      ],
    ]);
    expect(await messages("002_c4bd8f948bd08bc9")).toEqual([
      ["warning", "2个部分的标题序号缺失或不符：第二部分标题“主动公开政府信息情况”缺少序号“二、”；第三部分标题“收到和处理政府信息公开申请情况”缺少序号“三、”。"],
    ]);
    expect(await messages("004_7be0dca35fed79ae")).toEqual([
      ["warning", "2个部分的标题序号缺失或不符：第三部分标题“收到和处理政府信息公开申请情况”缺少序号“三、”；第四部分标题“政府信息公开行政复议、行政诉讼情况”缺少序号“四、”。"],
    ]);
  });

  it("001: section 五 worded “改进措施”", async () => {
    const [finding] = await structureFindings("001_2a4087b0dbaec631");
    expect(finding).toMatchObject({ severity: "warning", expected: "存在的主要问题及改进情况", actual: "存在的主要问题及改进措施" });
  });
});

describe("structure and format rules on the real files", () => {
  it("hongze-2024.pdf: the mistyped 表三 row and （六）其他处理 in one row, nothing else", async () => {
    const result = await checkFile({ name: "hongze-2024.pdf", bytes: realFile("hongze-2024.pdf") }, { extractors: nodeExtractors });
    const findings = ours(result.findings!);
    expect(findings.map((f) => [f.rule, f.severity, f.location.page, f.location.template?.table, f.location.template?.row])).toEqual([
      ["structure/table-altered", "warning", 3, "t3", "withheld_prohibited"],
      ["structure/table-altered", "warning", 4, "t3", "other_total"],
    ]);
    expect(findings.every((f) => f.location.box !== undefined)).toBe(true);
    expect(findings[0].message).toBe("表三“（三）不予公开—2.其他法律行政法规禁止公开”行的名称写作“2.其他法律行政止公开”，与格式不符，请勿改动表格格式。");
    expect(findings[1].message).toContain("表三“（六）其他处理”合为一行");
  });

  it("official-template-2021.docx: a title without agency and year, no preamble, three unfilled tables, one finding each", () => {
    const document = extractDocx(realFile("official-template-2021.docx"));
    const all = runRules(parseDocument(document));
    const findings = ours(all);
    const [title] = document.blocks;
    const tables = document.blocks.filter((block) => block.type === "table").map((block) => block.location.block);
    expect(findings.map((f) => [f.rule, f.severity, f.location.block, f.location.template?.table])).toEqual([
      ["structure/title-pattern", "warning", title.location.block, undefined],
      ["structure/preamble-missing", "info", title.location.block, undefined],
      ["structure/table-empty", "error", tables[0], "t2"],
      ["structure/table-empty", "error", tables[1], "t3"],
      ["structure/table-empty", "error", tables[2], "t4"],
    ]);
    expect(findings.map((f) => f.message).slice(2)).toEqual([
      "表二“主动公开政府信息情况”未填写任何数值。",
      "表三“收到和处理政府信息公开申请情况”未填写任何数值。",
      "表四“政府信息公开行政复议、行政诉讼情况”未填写任何数值。",
    ]);
    // One finding a table, not one a cell.
    expect(all.filter((f) => /^table[234]\/value-int$/.test(f.rule))).toEqual([]);
  });
});

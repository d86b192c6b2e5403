/**
 * The narrative rules on the real files (test/fixtures/real), read by the real PDF and DOCX readers:
 * the complete list of what they raise, and why each finding is right.
 */
import { describe, expect, it } from "vitest";
import { realFile } from "../helpers/seeds";
import { nodeExtractors } from "../../src/cli/extractors";
import { parseDocument } from "../../src/core/parse/index";
import { runRules } from "../../src/core/rules/engine";
import { NARRATIVE_RULES } from "../../src/core/rules/index";

async function narrativeFindings(file: Parameters<typeof realFile>[0], kind: "pdf" | "docx") {
  const document = await nodeExtractors[kind]!(realFile(file));
  return runRules(parseDocument(document), NARRATIVE_RULES);
}

describe("real reports", () => {
  it("hongze-2024.pdf (淮安市洪泽区人民政府, 2024)", async () => {
    const findings = await narrativeFindings("hongze-2024.pdf", "pdf");
    expect(findings.map((f) => [f.rule, f.severity, f.message, f.location.page])).toEqual([
      // A county government: “纳入全区高质量发展考核内容” reports 考核, nothing reports 社会评议 or 责任追究.
      ["section1/govt-assessment", "warning", "本报告为人民政府年报，未见“社会评议”“责任追究结果”情况。", 1],
      // The text gives 17 applications received by 区政府办 on the government's behalf, 表三 counts 95: a
      // reviewer asks which is the government's figure. A warning, as the sentence may be about one office.
      ["text/t3-new", "warning", "正文称“区政府办代表区政府受理政府信息公开申请17件”，表三“本年新收政府信息公开申请数量”总计为95件。", 1],
      // 第六部分 gives only the amount collected (0元), not the number and amount of 收费通知: nothing was
      // charged, so they are nil too, and an info says what the format lists (issue 11).
      [
        "section6/fee-statement-incomplete",
        "info",
        "第六部分称“……严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费0元。”，未收取信息处理费；格式所列三项中未写明发出收费通知的件数、收费通知的总金额，可写“发出收费通知的件数和总金额以及实际收取的总金额均为0”。",
        5,
      ],
    ]);
    expect(findings.every((f) => f.location.box !== undefined)).toBe(true);
  }, 60_000);

  it("official-template-2021.docx (the unfilled national template)", async () => {
    const findings = await narrativeFindings("official-template-2021.docx", "docx");
    expect(findings.map((f) => [f.rule, f.severity, f.location.block])).toEqual([
      // The template's title “政府信息公开工作年度报告格式模板” has no year to fill in.
      ["year/title-missing", "error", 1],
      // 总体情况 holds only the placeholder “（文字描述）”: none of the five aspects is written.
      ["section1/coverage", "warning", 3],
      // 第五部分 is the placeholder “（文字描述）”.
      ["section5/empty", "error", 31],
      // 第六部分 is the hint “收取信息处理费情况在此处报告”: it names the fee, but none of its three figures.
      ["section6/fee-statement-incomplete", "warning", 34],
    ]);
  });
});

/**
 * The five seeds through the whole check (rules.md §I), reduced to the narrative rules: what must fire,
 * what must not, and the complete list of what these rules raise on each seed, with why each is right.
 */
import { describe, expect, it } from "vitest";
import { checkText } from "../../../src/core/check";
import type { Finding } from "../../../src/core/model/report";
import { seed } from "../../helpers/text-edits";
import { NARRATIVE_RULES } from "../../../src/core/rules/index";

const OURS = new Set(NARRATIVE_RULES.map((rule) => rule.id));

async function narrativeFindings(prefix: string): Promise<Finding[]> {
  const result = await checkText(`${prefix}.txt`, seed(prefix));
  if (!result.findings) throw new Error(`check failed: ${result.error?.message}`);
  return result.findings.filter((finding) => OURS.has(finding.rule));
}

const summary = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.severity} ${f.location.line}`);

describe.each([
  {
    prefix: "000",
    mustFire: [],
    mustNot: ["section6/fee-statement-missing", "text/t3-new", "text/t4-review", "text/t3-channel-sum", "year/body-mismatch"],
    // Nothing: 4 applications = 表三 4, 2 + 2 = 4, 1 行政复议 = 表四 1, all of 第六部分's figures 0.
    all: [],
  },
  {
    prefix: "001",
    mustFire: [],
    mustNot: ["section6/fee-statement-missing", "text/internal-sum"],
    all: [
      // 总体情况 (lines 5–9) has no word of 依申请公开: rules.md §I names 001 for this rule.
      "section1/coverage warning 4",
      // “规范性文件10条” among the information published vs 表二 本年制发 12: the catalogue's own example; the
      // message asks to check whether the two counts mean the same thing.
      "text/t2-normative warning 6",
    ],
  },
  {
    prefix: "002",
    mustFire: [["section6/fee-statement-missing", 437]],
    mustNot: ["section1/coverage", "year/body-mismatch"],
    all: ["section6/fee-statement-missing error 437"],
  },
  {
    prefix: "003",
    mustFire: [
      ["section6/fee-statement-incomplete", 82],
      ["section6/fee-term", 82],
    ],
    mustNot: ["section6/fee-statement-missing", "text/t3-zero-claim"],
    // Line 82 says only that no fee was collected: the number and amount of 收费通知 are not stated, but
    // with nothing charged they are nil, so only an info on what the format lists (issue 11).
    all: ["section6/fee-statement-incomplete info 82", "section6/fee-term info 82"],
  },
  {
    prefix: "004",
    mustFire: [
      ["text/t3-answered", 19],
      ["section1/govt-assessment", 7],
    ],
    mustNot: ["section6/fee-statement-missing", "text/t3-new", "text/t2-enforcement", "year/body-mismatch"],
    all: [
      // A township government that reports 考核 but neither 社会评议 nor 责任追究: rules.md §I.
      "section1/govt-assessment warning 7",
      // “按期答复33件”, while 表三 answered 32 and carried 1 forward: rules.md §I.
      "text/t3-answered warning 19",
    ],
  },
])("seed $prefix", ({ prefix, mustFire, mustNot, all }) => {
  it("raises what rules.md §I says it must, at the lines it names", async () => {
    const findings = await narrativeFindings(prefix);
    for (const [rule, line] of mustFire) expect(findings.some((f) => f.rule === rule && f.location.line === line)).toBe(true);
  });

  it("raises none of what rules.md §I says it must not", async () => {
    const fired = new Set((await narrativeFindings(prefix)).map((f) => f.rule));
    expect(mustNot.filter((rule) => fired.has(rule))).toEqual([]);
  });

  it("raises exactly these narrative findings, and no error a reviewer would call wrong", async () => {
    expect(summary(await narrativeFindings(prefix))).toEqual(all);
  });
});

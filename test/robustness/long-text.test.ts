/**
 * A long report costs time in proportion to its length (issue 17: a 40 MB text hit the time limit). Each
 * shape of long text (scripts/bench/long-text.ts, made here, not committed) is checked at two sizes 4×
 * apart: linear work costs about 4× as much CPU time on the larger, quadratic work 16×; the test allows 8×.
 * CPU time of this process, the best of two runs, so that other work on a shared machine counts little.
 */
import { describe, expect, it } from "vitest";
import { LONG_TEXT_SHAPES, longTextReport, type LongTextShape } from "../../scripts/bench/long-text";
import { checkText } from "../../src/core/check";
import type { CheckResult } from "../../src/core/model/report";

const SMALL = 256 * 1024;
const MAX_GROWTH = 8;

async function measure(shape: LongTextShape, bytes: number): Promise<{ cpu: number; result: CheckResult }> {
  const text = longTextReport(shape, bytes);
  let best = Infinity;
  let result: CheckResult | undefined;
  for (let run = 0; run < 2; run++) {
    const start = process.cpuUsage();
    result = await checkText(`长文本-${shape}.txt`, text);
    const { user, system } = process.cpuUsage(start);
    best = Math.min(best, user + system);
  }
  return { cpu: best, result: result! };
}

/** Every finding the rules made, listed or counted by the engine's limit on findings per rule. */
function foundByRules(result: CheckResult): number {
  const unlisted = (result.findings ?? []).map((finding) => Number(/另有 (\d+) 处同类问题未逐一列出/.exec(finding.message)?.[1] ?? 0));
  return (result.findings ?? []).length + unlisted.reduce((sum, count) => sum + count, 0);
}

describe("checking time grows in proportion to the text", () => {
  it.each(Object.keys(LONG_TEXT_SHAPES) as LongTextShape[])(
    "%s: 4× the text costs less than 8× the CPU time, and is checked to its end",
    async (shape) => {
      const small = await measure(shape, SMALL);
      const large = await measure(shape, 4 * SMALL);
      for (const { result } of [small, large]) {
        expect(result.error).toBeNull();
        expect(result.report?.agency).toBe("北京市大兴区亦庄镇人民政府");
      }
      // Findings about the added text show that the rules read it to its end (counting those a rule found
      // past the engine's limit, which one finding counts: “另有 N 处同类问题未逐一列出”).
      expect(foundByRules(large.result)).toBeGreaterThan(3 * foundByRules(small.result));
      expect(large.cpu / small.cpu).toBeLessThan(MAX_GROWTH);
    },
    180_000,
  );
});

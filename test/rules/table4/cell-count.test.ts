import { describe, expect, it } from "vitest";
import { blankValues, ruleFindings, seed004, t4ValueLine, withLine } from "../../helpers/seed-edits";

const RULE = "table4/cell-count";

describe(RULE, () => {
  const base = seed004();
  const first = t4ValueLine(base, 0);

  it("fires when the data row has 14 values", async () => {
    const findings = await ruleFindings(withLine(base, first, null), RULE);
    expect(findings).toEqual([
      {
        rule: RULE,
        severity: "error",
        message: "表四应有15个数值，实际识别到14个。",
        expected: 15,
        actual: 14,
        location: expect.objectContaining({ table: "t4" }),
      },
    ]);
    expect(findings[0].location.line).toBeLessThan(first);
  });

  it("fires when the data row has 16 values", async () => {
    const [finding] = await ruleFindings(withLine(base, first, "\t2\n\t0"), RULE);
    expect([finding.expected, finding.actual]).toEqual([15, 16]);
  });

  it("does not fire on 15 values, nor on an unfilled table", async () => {
    expect(await ruleFindings(base, RULE)).toEqual([]);
    expect(await ruleFindings(blankValues(base, first, t4ValueLine(base, 14)), RULE)).toEqual([]);
  });
});

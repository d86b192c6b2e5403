import { describe, expect, it } from "vitest";
import { blankValues, seed004, t4ValueLine, withLine } from "../../helpers/seed-edits";
import { runRule } from "../../helpers/rule-tester";

const RULE = "table4/cell-count";

describe(RULE, () => {
  const base = seed004();
  const first = t4ValueLine(base, 0);

  it("fires when the data row has 14 values", async () => {
    const findings = runRule(RULE, withLine(base, first, null));
    expect(findings).toEqual([
      {
        rule: RULE,
        severity: "error",
        message: "表四应有15个数值，实际识别到14个。",
        expected: 15,
        actual: 14,
        location: expect.objectContaining({ template: { table: "t4" } }),
      },
    ]);
    expect(findings[0].location.line).toBeLessThan(first);
  });

  it("fires when the data row has 16 values", async () => {
    const [finding] = runRule(RULE, withLine(base, first, "\t2\n\t0"));
    expect([finding.expected, finding.actual]).toEqual([15, 16]);
  });

  it("does not fire on 15 values, nor on an unfilled table", async () => {
    expect(runRule(RULE, base)).toEqual([]);
    expect(runRule(RULE, blankValues(base, first, t4ValueLine(base, 14)))).toEqual([]);
  });
});

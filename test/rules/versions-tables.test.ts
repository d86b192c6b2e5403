import { describe, expect, it } from "vitest";
import { checkText } from "../../src/core/check";
import { withTrialTable2 } from "../helpers/seeds";
import { seed004, valueLine, withCells } from "../helpers/seed-edits";

describe("which format versions the table rules run on", () => {
  const base = seed004();
  // 表三 out of balance, and 表二 行政规范性文件 with fewer in force than issued.
  const forward = valueLine(base, "四、结转下年度继续办理", 0);
  const broken = withCells(base, [
    [forward, "2"],
    [forward + 6, "2"],
    [valueLine(base, "行政规范性文件", 0), "12"],
  ]);
  const tableRules = async (text: string) => {
    const result = await checkText("edited.txt", text);
    const rules = result.findings!.map((finding) => finding.rule).filter((rule) => rule.startsWith("table"));
    return { version: result.report!.formatVersion, rules: [...new Set(rules)].sort() };
  };

  it("all of them on the 2021 format", async () => {
    expect(await tableRules(broken)).toEqual({ version: "2021", rules: ["table2/in-force-vs-issued", "table3/balance"] });
  });

  it("表三 and 表四 rules, not 表二 ones, on the 2019 trial format", async () => {
    const trial = withTrialTable2(broken);
    expect(await tableRules(trial)).toEqual({ version: "2019-trial", rules: ["table3/balance"] });
  });
});

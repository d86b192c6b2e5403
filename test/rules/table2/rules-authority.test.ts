import { describe, expect, it } from "vitest";
import { seedText } from "../../helpers/seeds";
import { lacksRuleMakingPower, table2RulesAuthority } from "../../../src/core/rules/table2/rules-authority";
import { seed004, valueLine, withCells } from "../../helpers/seed-edits";
import { testRule } from "../../helpers/rule-tester";

const township = seed004();
const townshipRepealed = valueLine(township, "规章", 1);
const cityDepartment = seedText("000_5a9a8d2bc98e1d44");

testRule(table2RulesAuthority, {
  valid: [{ name: "a city department (seed 000, 市机关事务局)", text: withCells(cityDepartment, [[valueLine(cityDepartment, "规章", 1), "1"]]) }],
  invalid: [
    {
      name: "per 规章 cell above 0 when the agency is a township",
      text: withCells(township, [[townshipRepealed, "1"]]),
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "本机关（北京市大兴区亦庄镇人民政府）不具有规章制定权，表二“规章—本年废止件数”填写为1，应为0，请核实。",
          expected: 0,
          actual: 1,
          location: expect.objectContaining({ line: townshipRepealed, column: 2, template: { table: "t2", row: "regulations", column: "repealed" } }),
        },
      ],
    },
  ],
});

describe("table2/rules-authority: lacksRuleMakingPower", () => {
  it("tells agencies below the city from those that make 规章", () => {
    expect(lacksRuleMakingPower("北京市东城区人民政府办公室", "department")).toBe(true);
    expect(lacksRuleMakingPower("北京市东城区人民政府", "government")).toBe(true);
    expect(lacksRuleMakingPower("某某县人民政府", "government")).toBe(true);
    expect(lacksRuleMakingPower("大明湖街道办事处", "township")).toBe(true);
    expect(lacksRuleMakingPower("", "township")).toBe(true);
    expect(lacksRuleMakingPower("北京市机关事务管理局", "department")).toBe(false);
    expect(lacksRuleMakingPower("北京市住房和城乡建设委员会", "department")).toBe(false);
    expect(lacksRuleMakingPower("广西壮族自治区人民政府", "government")).toBe(false);
    expect(lacksRuleMakingPower("", "unknown")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { CHECKER_VERSION, RULES_VERSION } from "../../src/core/model/version";
import { EXPORTED, legacyDocFile, markFirstTwo, seedFile } from "../helpers/exports";
import { resultsJson } from "../../src/export/json";

describe("the results as JSON", () => {
  it("holds each check result with its decisions, stamped with the versions and the export time", async () => {
    const files = [await seedFile("004_7be0dca35fed79ae", markFirstTwo), await legacyDocFile()];
    const exported = JSON.parse(resultsJson(files, EXPORTED));

    expect(exported.checker).toEqual({ version: CHECKER_VERSION, rules: RULES_VERSION });
    expect(exported.exportedAt).toBe("2025-01-16T09:05:00+08:00");
    expect(exported.files).toHaveLength(2);
    const [seed, legacy] = exported.files;
    const { decisions, ...result } = seed;
    expect(result).toEqual(JSON.parse(JSON.stringify(files[0].result)));
    expect(result.checkedAt).toBe("2025-01-15T10:30:00+08:00");
    expect(Object.values(decisions)).toEqual([
      { status: "verified", note: '已与经办人核实，请按"应为"修改' },
      { status: "not-an-issue", note: "本机关按惯例填写,\n不作修改" },
    ]);
    expect(decisions).toEqual(files[0].decisions);
    expect(legacy.error.code).toBe("legacy-word");
    expect(legacy.decisions).toEqual({});
  });
});

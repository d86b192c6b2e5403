import { describe, expect, it } from "vitest";
import { SEED_IDS, seedText } from "../../helpers/seeds";
import { checkText } from "../../../src/core/check";

/** rules.md §I: the table rules each seed must not fire. */
const MUST_NOT_FIRE: Record<(typeof SEED_IDS)[number], string[]> = {
  "000_5a9a8d2bc98e1d44": ["table2/", "table3/", "table4/"],
  "001_2a4087b0dbaec631": ["table2/", "table3/", "table4/"],
  "002_c4bd8f948bd08bc9": ["table3/", "table4/"],
  "003_f34c183db723c9dd": ["table3/", "table4/"],
  "004_7be0dca35fed79ae": ["table3/", "table4/"],
};

describe("table rules on the seeds (rules.md §I)", () => {
  it.each(SEED_IDS)("%s fires none of the table rules §I forbids", async (id) => {
    const { report, findings } = await checkText(id, seedText(id));
    // The rules had whole tables to check.
    expect(Object.keys(report!.tables.t2!)).toHaveLength(6);
    expect(Object.keys(report!.tables.t3!)).toHaveLength(25);
    expect(Object.keys(report!.tables.t4!)).toHaveLength(3);
    const forbidden = findings!.filter((finding) => MUST_NOT_FIRE[id].some((group) => finding.rule.startsWith(group)));
    expect(forbidden).toEqual([]);
  });
});

import { freshDb, checked } from "../helpers/history-db";
import { afterEach, describe, expect, it } from "vitest";
import { edited, seed } from "../helpers/text-edits";
import { valueLine, withCells } from "../helpers/seed-edits";
import type { HistoryDb } from "../../src/storage/db";
import { saveCheck } from "../../src/storage/entries";
import { diffResults, versionsOf } from "../../src/storage/versions";

const FORWARD = "四、结转下年度继续办理";

/** Seed 004 with 结转下年度 set in the 自然人 and 总计 columns (1 in the seed, which balances). */
function withForward(text: string, count: string): string {
  const line = valueLine(text, FORWARD, 0);
  return withCells(text, [[line, count], [line + 6, count]]);
}

describe("versions", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  it("two files of the same agency and year are versions, whatever the name's spelling; other years and agencies are not", async () => {
    db = freshDb();
    const v1 = await saveCheck(db, await checked("v1.txt", seed("001"), "2024-01-10T09:00:00+08:00"));
    const renamed = edited(seed("001"), "北京市东城区人民政府办公室\n2023年", "东城区政府办\n2023年");
    const v2 = await saveCheck(db, await checked("v2.txt", renamed, "2024-01-15T09:00:00+08:00"));
    await saveCheck(db, await checked("2022.txt", seed("001").replace("2023年政府", "2022年政府"), "2023-01-15T09:00:00+08:00"));
    await saveCheck(db, await checked("xicheng.txt", seed("002"), "2024-01-12T09:00:00+08:00"));
    const versions = await versionsOf(db, "北京市东城区人民政府办公室", 2023);
    expect(versions.map((entry) => [entry.id, entry.agency])).toEqual([
      [v1.entryId, "北京市东城区人民政府办公室"],
      [v2.entryId, "东城区政府办"],
    ]);
    expect((await versionsOf(db, "东城区政府办", 2023)).map((entry) => entry.id)).toEqual([v1.entryId, v2.entryId]);
  });
});

describe("diffResults", () => {
  it("names the findings fixed, the findings new and the table figures changed", async () => {
    const before = (await checked("v1.txt", withForward(seed("004"), "2"), "2024-01-10T09:00:00+08:00")).result;
    const fixed = edited(seed("004"), "（一）组织领导\n", "（一）组织领导\n[bookmark: _GoBack]\n");
    const after = (await checked("v2.txt", fixed, "2024-01-15T09:00:00+08:00")).result;
    const diff = diffResults(before, after);
    // The sentence on 按期答复 stays wrong, but its message now names 1 carried forward, not 2: another finding.
    expect(diff.fixed.map((finding) => [finding.rule, finding.location.template?.column])).toEqual([
      ["text/t3-answered", undefined],
      ["table3/balance", "natural_person"],
      ["table3/balance", "total"],
    ]);
    expect(diff.added.map((finding) => finding.rule)).toEqual(["typo/artefact", "text/t3-answered"]);
    expect(diff.added[1].message).toContain("另有1件结转下年度");
    expect(diff.kept).toBe(before.findings!.length - 3);
    expect(diff.kept).toBe(after.findings!.length - 2);
    expect(diff.figures).toEqual([
      { ref: { table: "t3", row: "carried_forward", column: "natural_person" }, name: "表三“四、结转下年度继续办理—自然人”", before: 2, after: 1 },
      { ref: { table: "t3", row: "carried_forward", column: "total" }, name: "表三“四、结转下年度继续办理—总计”", before: 2, after: 1 },
    ]);
  });

  it("finds nothing changed between two checks of the same file", async () => {
    const once = (await checked("a.txt", seed("002"), "2024-01-10T09:00:00+08:00")).result;
    const again = (await checked("a.txt", seed("002"), "2024-02-10T09:00:00+08:00")).result;
    expect(diffResults(once, again)).toEqual({ fixed: [], added: [], kept: once.findings!.length, figures: [] });
  });
});

import { freshDb, checked } from "../../helpers/history-db";
import { afterEach, describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/core/check";
import type { CheckResult } from "../../../src/core/model/report";
import { inYear } from "../../helpers/history";
import { seed } from "../../helpers/text-edits";
import { confirmAgency, saveCheck, type HistoryDb } from "../../../src/storage";
import { withHistory, type CheckSaved } from "../../../src/ui/history/with-history";

/** The core in this thread, as the page's worker runs it; records what it was asked. */
function recordingCheck(): CheckSaved & { asked: Parameters<CheckSaved>[1][] } {
  const asked: Parameters<CheckSaved>[1][] = [];
  return Object.assign(async (saved: Parameters<CheckSaved>[0], options: Parameters<CheckSaved>[1]) => {
    asked.push(options);
    return { result: checkDocument(saved, options) };
  }, { asked });
}

const rules = (result: { findings?: { rule: string }[] }) => (result.findings ?? []).map((finding) => finding.rule);

describe("withHistory", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  it("checks the result's blocks again with the agency's earlier year, and the cross-year rules speak", async () => {
    db = freshDb();
    await saveCheck(db, await checked("2022.txt", inYear(seed("004"), 2022), "2023-01-20T09:00:00+08:00"));
    const { result } = await checked("2023.txt", seed("004"), "2024-01-20T09:00:00+08:00");
    const check = recordingCheck();
    const outcome = await withHistory(db, result, check);
    expect(check.asked.map((options) => options.history?.map((earlier) => earlier.report.year))).toEqual([[2022]]);
    if (!("result" in outcome)) throw new Error("no result");
    expect(rules(outcome.result)).toContain("table3/cross-year-carry");
    expect(rules(result)).not.toContain("table3/cross-year-carry");
    expect(outcome.result.blocks).toEqual(result.blocks);
    expect(outcome.comparedWith).toEqual([{ file: "2022.txt", agency: "北京市大兴区亦庄镇人民政府", year: 2022, checkedAt: "2023-01-20T09:00:00+08:00" }]);
  });

  it("checks again with the kind the user confirmed, even without earlier years", async () => {
    db = freshDb();
    const { result } = await checked("2023.txt", seed("000"), "2024-01-20T09:00:00+08:00");
    await confirmAgency(db, "北京市机关事务管理局", ["市机关事务局"], "government");
    const check = recordingCheck();
    const outcome = await withHistory(db, result, check);
    expect(check.asked).toEqual([{ history: [], agencyKind: "government" }]);
    expect("result" in outcome && outcome.result.report?.agencyKind).toBe("government");
    expect(outcome).not.toHaveProperty("comparedWith");
  });

  it("gives the result itself when the history adds nothing, the file was not read, or the second check breaks", async () => {
    db = freshDb();
    const { result } = await checked("2023.txt", seed("004"), "2024-01-20T09:00:00+08:00");
    const check = recordingCheck();
    expect(await withHistory(db, result, check)).toEqual({ result });
    const unread: CheckResult = { ...result, error: { code: "not-a-report", message: "不是年报" }, report: undefined, findings: undefined };
    await saveCheck(db, await checked("2022.txt", inYear(seed("004"), 2022), "2023-01-20T09:00:00+08:00"));
    expect(await withHistory(db, unread, check)).toEqual({ result: unread });
    expect(check.asked).toEqual([]);
    expect(await withHistory(db, result, async () => ({ failure: "检查组件意外停止" }))).toEqual({ result });
  });
});

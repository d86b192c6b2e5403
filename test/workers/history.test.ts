import { freshDb, checked, bytesOf } from "../helpers/history-db";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/core/model/report";
import { inYear } from "../helpers/history";
import { seed } from "../helpers/text-edits";
import { confirmAgency, decisionsOf, keptFile, openEntry, saveCheck, setDecision, STORAGE_FULL_MESSAGE, type HistoryDb } from "../../src/storage";
import { agencyOfResult, historyOfCheck, recheckWithHistory } from "../../src/workers/history";

const rules = (result: { findings?: { rule: string }[] }) => (result.findings ?? []).map((finding) => finding.rule);
const CARRY = "table3/cross-year-carry";
const YIZHUANG = "北京市大兴区亦庄镇人民政府";
const VERIFIED = { status: "verified", note: "已核对" } as const;

/** The file of a check as the worker gets it: its hash and size, and no bytes kept. */
const fileOf = ({ hash, size }: { hash: string; size: number }) => ({ hash, size });

describe("the history's part of a check, in the check worker", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  it("checks the result's blocks again with the agency's earlier year, saves it with what it was compared with", async () => {
    db = freshDb();
    await saveCheck(db, await checked("2022.txt", inYear(seed("004"), 2022), "2023-01-20T09:00:00+08:00"));
    const input = await checked("2023.txt", seed("004"), "2024-01-20T09:00:00+08:00");
    expect(rules(input.result)).not.toContain(CARRY);

    const { result, history } = await historyOfCheck(db, input.result, fileOf(input));
    expect(rules(result)).toContain(CARRY);
    expect(result.blocks).toEqual(input.result.blocks);
    const comparedWith = [{ file: "2022.txt", agency: YIZHUANG, year: 2022, checkedAt: "2023-01-20T09:00:00+08:00" }];
    expect(history).toEqual({ comparedWith, saved: { entryId: expect.any(Number), decisions: {} }, later: [] });
    const opened = await openEntry(db, history.saved!.entryId);
    expect(opened?.entry.hash).toBe(input.hash);
    expect(rules(opened!.latest.result)).toContain(CARRY);
    expect(opened?.latest.comparedWith).toEqual(comparedWith);
  });

  it("checks the agency's later year in the history again with the new report and saves it as another run", async () => {
    db = freshDb();
    const later = await checked("2023.txt", seed("004"), "2024-01-20T09:00:00+08:00");
    const { entryId } = await saveCheck(db, later);
    const earlier = await checked("2022.txt", inYear(seed("004"), 2022), "2024-02-01T09:00:00+08:00");

    const { result, history } = await historyOfCheck(db, earlier.result, fileOf(earlier));
    expect(result).toBe(earlier.result);
    expect(history.later).toEqual([
      expect.objectContaining({ comparedWith: [{ file: "2022.txt", agency: YIZHUANG, year: 2022, checkedAt: "2024-02-01T09:00:00+08:00" }], saved: { entryId, decisions: {} } }),
    ]);
    expect(rules(history.later![0].result)).toContain(CARRY);
    const opened = await openEntry(db, entryId);
    expect(opened?.runs).toHaveLength(2);
    expect(rules(opened!.latest.result)).toContain(CARRY);
  });

  it("carries the marks of the version before, and keeps the file only when asked and read", async () => {
    db = freshDb();
    const first = await checked("v1.txt", seed("003"), "2024-01-10T09:00:00+08:00");
    const { history: saved } = await historyOfCheck(db, first.result, { ...fileOf(first), bytes: bytesOf(seed("003")) });
    const finding = first.result.findings![0];
    await setDecision(db, saved.saved!.entryId, finding, VERIFIED);
    expect(await keptFile(db, saved.saved!.entryId)).toEqual(bytesOf(seed("003")));

    const text = `${seed("003")}\n`;
    const second = await checked("v2.txt", text, "2024-01-12T09:00:00+08:00");
    const { history } = await historyOfCheck(db, second.result, fileOf(second));
    expect(history.saved?.entryId).not.toBe(saved.saved!.entryId);
    expect(Object.values(history.saved!.decisions)).toContainEqual(VERIFIED);
    expect(history.saved!.decisions).toEqual(await decisionsOf(db, history.saved!.entryId));
    expect(await keptFile(db, history.saved!.entryId)).toBeUndefined();

    const unread: CheckResult = { ...second.result, error: { code: "not-a-report", message: "不是年报" }, report: undefined, findings: undefined };
    const { history: unreadHistory } = await historyOfCheck(db, unread, { hash: "other", size: 3, bytes: bytesOf("abc") });
    expect(await keptFile(db, unreadHistory.saved!.entryId)).toBeUndefined();
  });

  it("does not save a file the page could not hash, nor one that could not be read at all", async () => {
    db = freshDb();
    const input = await checked("2023.txt", seed("004"), "2024-01-20T09:00:00+08:00");
    expect((await historyOfCheck(db, input.result, { hash: null, size: input.size })).history.saved).toBeUndefined();
    const unread: CheckResult = { ...input.result, error: { code: "too-large", message: "文件过大" }, blocks: undefined, report: undefined, findings: undefined };
    expect((await historyOfCheck(db, unread, fileOf(input))).history.saved).toBeUndefined();
    expect(await db.entries.count()).toBe(0);
  });

  it("tells a full quota in the page's words, and the check's result stands", async () => {
    db = freshDb();
    db.runs.hook("creating", () => {
      throw new Dexie.QuotaExceededError("quota");
    });
    const input = await checked("2023.txt", seed("004"), "2024-01-20T09:00:00+08:00");
    const { result, history } = await historyOfCheck(db, input.result, fileOf(input));
    expect(result).toBe(input.result);
    expect(history.saved).toBeUndefined();
    expect(history.problem).toEqual({ message: STORAGE_FULL_MESSAGE, full: true });
    expect(await db.entries.count()).toBe(0);
  });

  it("re-checks a shown result with the kind the user confirmed and saves it; says nothing when the history adds nothing", async () => {
    db = freshDb();
    const input = await checked("2023.txt", seed("000"), "2024-01-20T09:00:00+08:00");
    const { history: first } = await historyOfCheck(db, input.result, fileOf(input));
    expect(await recheckWithHistory(db, input.result, fileOf(input))).toEqual({ result: input.result });

    await confirmAgency(db, "北京市机关事务管理局", ["市机关事务局"], "government");
    const { result, history } = await recheckWithHistory(db, input.result, fileOf(input));
    expect(result.report?.agencyKind).toBe("government");
    expect(history).toEqual({ saved: { entryId: first.saved!.entryId, decisions: {} } });
    expect((await openEntry(db, first.saved!.entryId))?.runs).toHaveLength(2);
  });

  it("checks a result of older rules again and saves it as another run even when the history adds nothing", async () => {
    db = freshDb();
    const input = await checked("2023.txt", seed("004"), "2024-01-20T09:00:00+08:00");
    const { entryId } = await saveCheck(db, input);
    expect(await recheckWithHistory(db, input.result, fileOf(input))).toEqual({ result: input.result });

    const { result, history } = await recheckWithHistory(db, input.result, fileOf(input), true);
    expect(result).not.toBe(input.result);
    expect(rules(result)).toEqual(rules(input.result));
    expect(history).toEqual({ saved: { entryId, decisions: {} } });
    expect((await openEntry(db, entryId))?.runs).toHaveLength(2);
  });

  it("gives the page the agency's turn key with the names the user confirmed as it", async () => {
    db = freshDb();
    const input = await checked("2023.txt", seed("000"), "2024-01-20T09:00:00+08:00");
    const agency = input.result.report!.agency;
    expect(await agencyOfResult(db, input.result)).toEqual({ agency, confirmedKeys: [] });
    const profile = await confirmAgency(db, "北京市机关事务管理局", [agency], "government");
    expect(await agencyOfResult(db, input.result)).toEqual({ agency, confirmedKeys: profile.keys });
  });
});

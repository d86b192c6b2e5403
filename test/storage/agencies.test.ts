import { freshDb, checked } from "../helpers/history-db";
import { afterEach, describe, expect, it } from "vitest";
import { checkDocument, checkFile } from "../../src/core/check";
import { RULES_VERSION } from "../../src/core/model/version";
import { edited, seed } from "../helpers/text-edits";
import { valueLine, withCells } from "../helpers/seed-edits";
import { inYear } from "../helpers/history";
import { agencyCandidates, confirmAgency, confirmedKind, earlierReports, listAgencies } from "../../src/storage/agencies";
import type { HistoryDb } from "../../src/storage/db";
import { listEntries, openEntry, saveCheck } from "../../src/storage/entries";
import { agencyHistory, entriesToRecheck, isOlderRules, savedDocument } from "../../src/storage/recheck";
import { diffResults } from "../../src/storage/versions";

const FORWARD = "四、结转下年度继续办理";

/** Seed 004 as its 2022 report, 结转下年度 2 in the 自然人 and 总计 columns (this year's 上年结转 is 0). */
function lastYear004(): string {
  const text = inYear(seed("004"), 2022);
  const line = valueLine(text, FORWARD, 0);
  return withCells(text, [[line, "2"], [line + 6, "2"]]);
}

describe("agencies and earlier reports in the history", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());

  it("gives the same agency's reports of earlier years, whatever the name's spelling, and no other's", async () => {
    db = freshDb();
    await saveCheck(db, await checked("2022.txt", edited(lastYear004(), "北京市大兴区亦庄镇人民政府\n", "亦庄镇政府\n"), "2023-01-20T09:00:00+08:00"));
    await saveCheck(db, await checked("2021.txt", inYear(seed("004"), 2021), "2022-01-20T09:00:00+08:00"));
    await saveCheck(db, await checked("2023-v1.txt", edited(seed("004"), "（一）组织领导\n", "（一）组织领导\n\n"), "2024-01-05T09:00:00+08:00"));
    await saveCheck(db, await checked("other-2022.txt", inYear(seed("002"), 2022), "2023-01-20T09:00:00+08:00"));
    const earlier = await earlierReports(db, { agency: "北京市大兴区亦庄镇人民政府", year: 2023 });
    expect(earlier.map((report) => [report.file, report.report.agency, report.report.year]).sort()).toEqual([
      ["2021.txt", "北京市大兴区亦庄镇人民政府", 2021],
      ["2022.txt", "亦庄镇政府", 2022],
    ]);
    expect(earlier.find((report) => report.file === "2022.txt")).toMatchObject({ checkedAt: "2023-01-20T09:00:00+08:00" });
    expect(await earlierReports(db, { agency: "北京市大兴区亦庄镇人民政府", year: null })).toEqual([]);
  });

  it("gives the same agency's entries of the year after, whatever the name's spelling, for checking them again", async () => {
    db = freshDb();
    await saveCheck(db, await checked("2024.txt", edited(inYear(seed("004"), 2024), "北京市大兴区亦庄镇人民政府\n", "亦庄镇政府\n"), "2025-01-20T09:00:00+08:00"));
    await saveCheck(db, await checked("2025.txt", inYear(seed("004"), 2025), "2026-01-20T09:00:00+08:00"));
    await saveCheck(db, await checked("other-2024.txt", inYear(seed("002"), 2024), "2025-01-20T09:00:00+08:00"));
    const later = async (year: number | null) => (await agencyHistory(db, { agency: "北京市大兴区亦庄镇人民政府", year })).later;
    expect((await later(2023)).map((entry) => [entry.names, entry.year])).toEqual([[["2024.txt"], 2024]]);
    expect(await later(null)).toEqual([]);
    expect(await later(2025)).toEqual([]);
  });

  it("reads at once what a check takes from the history (earlier years, confirmed kind) and the agency's next year", async () => {
    db = freshDb();
    const yizhuang = "北京市大兴区亦庄镇人民政府";
    await saveCheck(db, await checked("2022.txt", edited(lastYear004(), `${yizhuang}\n`, "亦庄镇政府\n"), "2023-01-20T09:00:00+08:00"));
    await saveCheck(db, await checked("2021.txt", inYear(seed("004"), 2021), "2022-01-20T09:00:00+08:00"));
    await saveCheck(db, await checked("2023-v1.txt", edited(seed("004"), "（一）组织领导\n", "（一）组织领导\n\n"), "2024-01-05T09:00:00+08:00"));
    await saveCheck(db, await checked("2024.txt", inYear(seed("004"), 2024), "2025-01-20T09:00:00+08:00"));
    await saveCheck(db, await checked("2025.txt", inYear(seed("004"), 2025), "2026-01-20T09:00:00+08:00"));
    await saveCheck(db, await checked("other-2022.txt", inYear(seed("002"), 2022), "2023-01-20T09:00:00+08:00"));
    await saveCheck(db, await checked("other-2024.txt", inYear(seed("002"), 2024), "2025-01-20T09:00:00+08:00"));
    await confirmAgency(db, yizhuang, [], "township");

    const { options, later } = await agencyHistory(db, { agency: yizhuang, year: 2023 });
    // In the agency key index's order (key, then as added): 亦庄镇政府's key sorts before the full name's.
    expect(options.history?.map((earlier) => [earlier.file, earlier.report.year])).toEqual([
      ["2022.txt", 2022],
      ["2021.txt", 2021],
    ]);
    expect(options.history).toEqual(await earlierReports(db, { agency: yizhuang, year: 2023 }));
    expect(options.agencyKind).toBe("township");
    expect(later.map((entry) => entry.names)).toEqual([["2024.txt"]]);

    expect(await agencyHistory(db, { agency: yizhuang, year: null })).toEqual({ options: { history: [], agencyKind: "township" }, later: [] });
    expect(await agencyHistory(db, { agency: "", year: 2023 })).toEqual({ options: { history: [] }, later: [] });
    expect(await agencyHistory(db, undefined)).toEqual({ options: {}, later: [] });
  });

  it("a likely match is asked about; once the user confirms, it counts as the same agency, with the kind they chose", async () => {
    db = freshDb();
    await saveCheck(db, await checked("2022.txt", inYear(seed("000"), 2022).replace("市机关事务局", "北京市机关事务管理局"), "2023-01-20T09:00:00+08:00"));
    expect(await earlierReports(db, { agency: "市机关事务局", year: 2023 })).toEqual([]);
    const candidates = await agencyCandidates(db, "市机关事务局");
    expect(candidates.map(({ name, match }) => [name, match.verdict])).toEqual([["北京市机关事务管理局", "ask"]]);
    expect(await confirmedKind(db, "市机关事务局")).toBeUndefined();

    await confirmAgency(db, "北京市机关事务管理局", ["市机关事务局"], "department");
    expect((await earlierReports(db, { agency: "市机关事务局", year: 2023 })).map((report) => report.report.agency)).toEqual(["北京市机关事务管理局"]);
    expect(await agencyCandidates(db, "市机关事务局")).toEqual([]);
    expect(await confirmedKind(db, "市机关事务局")).toBe("department");
    expect((await listAgencies(db)).map(({ name, aliases, confirmed }) => [name, aliases, confirmed])).toEqual([
      ["北京市机关事务管理局", ["市机关事务局"], true],
    ]);
  });

  it("a cross-year finding through checkFile, with the history the store gives", async () => {
    db = freshDb();
    await saveCheck(db, await checked("2022.txt", lastYear004(), "2023-01-20T09:00:00+08:00"));
    const bytes = new TextEncoder().encode(seed("004"));
    const alone = await checkFile({ name: "2023.txt", bytes });
    const { options } = await agencyHistory(db, alone.report);
    expect(options.history?.map((earlier) => earlier.report.year)).toEqual([2022]);
    const withHistory = await checkFile({ name: "2023.txt", bytes }, options);
    const carry = (findings = withHistory.findings) => findings!.filter((finding) => finding.rule === "table3/cross-year-carry");
    expect(carry(alone.findings)).toEqual([]);
    expect(carry().map((finding) => finding.message)).toEqual([
      "2023年报告表三“二、上年结转政府信息公开申请数量—自然人”为0，但2022年报告表三“四、结转下年度继续办理—自然人”为2，两者应相等，请核实。",
      "2023年报告表三“二、上年结转政府信息公开申请数量—总计”为0，但2022年报告表三“四、结转下年度继续办理—总计”为2，两者应相等，请核实。",
    ]);
    // The text is last year's again: the similarity rules speak too.
    expect(withHistory.findings!.filter((finding) => finding.severity === "info" && /cross-year-similarity|boilerplate/.test(finding.rule))).toHaveLength(2);
  });

  it("entries checked with older rules are offered for a re-check from their saved blocks, which becomes another run", async () => {
    db = freshDb();
    const input = await checked("2023.txt", seed("004"), "2023-06-01T09:00:00+08:00");
    const old = { ...input.result, checker: { ...input.result.checker, rules: "2021-30/0" }, findings: input.result.findings!.slice(1) };
    const { entryId } = await saveCheck(db, { ...input, result: old });
    await saveCheck(db, await checked("other.txt", seed("002"), "2024-01-05T09:00:00+08:00"));
    expect(isOlderRules("2021-30/0")).toBe(true);
    expect(isOlderRules(RULES_VERSION)).toBe(false);
    expect((await entriesToRecheck(db)).map((entry) => entry.id)).toEqual([entryId]);

    const latest = (await openEntry(db, entryId))!.latest.result;
    const again = checkDocument(savedDocument(latest)!, (await agencyHistory(db, latest.report)).options);
    expect(again.findings).toEqual(input.result.findings);
    await saveCheck(db, { result: again, hash: input.hash, size: input.size });
    expect(await entriesToRecheck(db)).toEqual([]);
    expect((await openEntry(db, entryId))!.runs).toHaveLength(2);
    expect((await listEntries(db)).find((entry) => entry.id === entryId)?.rulesVersion).toBe(RULES_VERSION);
    expect(diffResults(latest, again).added).toEqual([input.result.findings![0]]);
  });
});

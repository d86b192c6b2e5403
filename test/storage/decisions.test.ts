import { freshDb, checked } from "../helpers/history-db";
import { afterEach, describe, expect, it } from "vitest";
import type { Finding } from "../../src/core/model/report";
import type { Location, TemplateRef } from "../../src/core/model/location";
import { edited, seed } from "../helpers/text-edits";
import { valueLine, withCells } from "../helpers/seed-edits";
import type { HistoryDb } from "../../src/storage/db";
import { carryOverDecisions, decisionsOf, setDecision } from "../../src/storage/decisions";
import { openEntry, saveCheck } from "../../src/storage/entries";
import { findingKey } from "../../src/storage/findings";

const at = (line: number, template?: TemplateRef): Location => ({ kind: "text", line, column: 1, endLine: line, endColumn: 2, ...(template && { template }) });

const finding = (rule: string, message: string, line: number, template?: TemplateRef): Finding => ({ rule, severity: "warning", message, location: at(line, template) });

const VERIFIED = { status: "verified", note: "已与业务科室核对" } as const;
const NOT_AN_ISSUE = { status: "not-an-issue", note: "" } as const;

describe("carryOverDecisions", () => {
  const dash = finding("typo/dash", "“--”应使用破折号“——”。", 12);
  const balance = finding("table3/balance", "表三“总计”列不符合勾稽关系。", 370, { table: "t3", row: "carried_forward", column: "total" });

  it("carries a decision to the same finding, also where its line moved", () => {
    const moved = [{ ...dash, location: at(14) }, { ...balance, location: at(372, balance.location.template) }];
    const carried = carryOverDecisions({ findings: [dash, balance], decisions: { [findingKey(dash)]: VERIFIED, [findingKey(balance)]: NOT_AN_ISSUE } }, moved);
    expect(carried).toEqual({ [findingKey(moved[0])]: VERIFIED, [findingKey(moved[1])]: NOT_AN_ISSUE });
  });

  it("does not carry to a finding whose message or cell changed, nor a decision twice", () => {
    const changed = { ...balance, message: "表三“总计”列：结转下年度应为1。" };
    const otherCell = { ...balance, location: at(370, { table: "t3", row: "carried_forward", column: "natural_person" }) };
    const twice = [dash, { ...dash, location: at(40) }];
    const carried = carryOverDecisions({ findings: [dash, balance], decisions: { [findingKey(dash)]: VERIFIED, [findingKey(balance)]: VERIFIED } }, [changed, otherCell, ...twice]);
    expect(carried).toEqual({ [findingKey(dash)]: VERIFIED });
  });

  it("prefers the finding at the same place when the same message occurs twice", () => {
    const [first, second] = [dash, { ...dash, location: at(30) }];
    const decisions = { [findingKey(second)]: NOT_AN_ISSUE };
    expect(carryOverDecisions({ findings: [first, second], decisions }, [first, second])).toEqual({ [findingKey(second)]: NOT_AN_ISSUE });
  });
});

describe("decisions in the store", () => {
  let db: HistoryDb;
  afterEach(() => db?.delete());
  const FORWARD = "四、结转下年度继续办理";
  /** Seed 004 with a 表三 balance error: 结转下年度 2 in the 自然人 and 总计 columns. */
  const unbalanced = () => {
    const text = seed("004");
    const line = valueLine(text, FORWARD, 0);
    return withCells(text, [[line, "2"], [line + 6, "2"]]);
  };

  it("keeps a decision per finding and takes it back", async () => {
    db = freshDb();
    const input = await checked("v1.txt", unbalanced(), "2024-01-10T09:00:00+08:00");
    const { entryId } = await saveCheck(db, input);
    const balance = input.result.findings!.find((f) => f.rule === "table3/balance")!;
    await setDecision(db, entryId, balance, VERIFIED);
    expect(await decisionsOf(db, entryId)).toEqual({ [findingKey(balance)]: VERIFIED });
    await setDecision(db, entryId, balance, null);
    expect(await decisionsOf(db, entryId)).toEqual({});
  });

  it("carries decisions to the same findings of a later version, whose lines moved", async () => {
    db = freshDb();
    const v1 = await checked("v1.txt", unbalanced(), "2024-01-10T09:00:00+08:00");
    const first = await saveCheck(db, v1);
    const marked = v1.result.findings!.filter((f) => f.rule === "table3/balance" || f.rule === "typo/space-in-cjk");
    expect(marked.map((f) => f.rule).sort()).toEqual(["table3/balance", "table3/balance", "typo/space-in-cjk"]);
    for (const f of marked) await setDecision(db, first.entryId, f, VERIFIED);

    const withNote = edited(unbalanced(), "（一）组织领导\n", "（一）组织领导\n\n本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n");
    const v2 = await checked("v2.txt", withNote, "2024-01-15T09:00:00+08:00");
    const second = await saveCheck(db, v2);
    expect(second.newEntry).toBe(true);
    const later = v2.result.findings!.filter((f) => marked.some((m) => m.rule === f.rule && m.message === f.message));
    expect(later.map((f) => f.location.line)).toEqual(marked.map((f) => f.location.line! + 2).sort((a, b) => a - b));
    const decisions = (await openEntry(db, second.entryId))!.decisions;
    expect(decisions).toEqual(Object.fromEntries(later.map((f) => [findingKey(f), VERIFIED])));
    expect(second.decisions).toEqual(decisions);
    expect(first.decisions).toEqual({});
  });

  it("keeps the decisions of a file checked again", async () => {
    db = freshDb();
    const input = await checked("v1.txt", unbalanced(), "2024-01-10T09:00:00+08:00");
    const { entryId } = await saveCheck(db, input);
    const [a, b] = input.result.findings!.filter((f) => f.rule === "table3/balance");
    await setDecision(db, entryId, a, VERIFIED);
    await setDecision(db, entryId, b, NOT_AN_ISSUE);
    const again = await saveCheck(db, await checked("v1.txt", unbalanced(), "2024-01-20T09:00:00+08:00"));
    expect(await decisionsOf(db, entryId)).toEqual({ [findingKey(a)]: VERIFIED, [findingKey(b)]: NOT_AN_ISSUE });
    expect(again.decisions).toEqual({ [findingKey(a)]: VERIFIED, [findingKey(b)]: NOT_AN_ISSUE });
  });
});

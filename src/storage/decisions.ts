/** The reviewer's decisions on findings, kept per entry and carried over to the same findings in later checks. */
import type { Finding } from "../core/model/report";
import type { Decision } from "../shared/review";
import type { HistoryDb } from "./db";
import { findingKey, pairFindings } from "./findings";
import { writing } from "./quota";

export type Decisions = Record<string, Decision>;

/**
 * The decisions of an earlier check that apply to a later one: each later finding paired with the same
 * finding of the earlier check (pairFindings) takes that finding's decision, under its own key.
 */
export function carryOverDecisions(earlier: { findings: Finding[]; decisions: Decisions }, later: Finding[]): Decisions {
  const pairs = pairFindings(earlier.findings, later);
  const carried: Decisions = {};
  later.forEach((finding, index) => {
    const decision = pairs[index] && earlier.decisions[findingKey(pairs[index])];
    if (decision) carried[findingKey(finding)] = decision;
  });
  return carried;
}

export async function decisionsOf(db: HistoryDb, entryId: number): Promise<Decisions> {
  const records = await db.decisions.where("entryId").equals(entryId).toArray();
  return Object.fromEntries(records.map(({ key, status, note }) => [key, { status, note }]));
}

/** Sets the decision on a finding of an entry; null takes it back. */
export function setDecision(db: HistoryDb, entryId: number, finding: Finding, decision: Decision | null): Promise<void> {
  const key = findingKey(finding);
  return writing(async () => {
    if (decision) await db.decisions.put({ entryId, key, ...decision });
    else await db.decisions.delete([entryId, key]);
  });
}

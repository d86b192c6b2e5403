/**
 * Turns for the history's part of a check (looking up the agency's other years, saving, checking its later
 * year again): tasks of the same agency run one after another, so that of two years of an agency checked
 * together the second always sees the first; tasks of other agencies do not wait for them.
 */
import { agencyKey, matchAgencies } from "../../core/agency";
import type { AgencyOfTask } from "../../workers/protocol";

/**
 * Whether two tasks may touch the same agency's history: names that matchAgencies does not call different
 * (the history's look-ups take "same", and the user may confirm "ask"), or one the user confirmed as the
 * other. A report whose agency was not read has no other years and no versions to wait for.
 */
export function sameAgencyTask(a: AgencyOfTask, b: AgencyOfTask): boolean {
  if (!a.agency || !b.agency) return false;
  const [keyA, keyB] = [agencyKey(a.agency), agencyKey(b.agency)];
  if (keyA === keyB || a.confirmedKeys?.includes(keyB) || b.confirmedKeys?.includes(keyA)) return true;
  return matchAgencies(a.agency, b.agency).verdict !== "different";
}

interface Pending {
  of: AgencyOfTask;
  settled: Promise<unknown>;
}

export class AgencyTurns {
  private pending: Pending[] = [];

  /** Runs the task once every task of the same agency queued before it has settled (whether it failed or not). */
  run<T>(of: AgencyOfTask, task: () => Promise<T>): Promise<T> {
    const before = this.pending.filter((other) => sameAgencyTask(of, other.of)).map((other) => other.settled);
    const turn = Promise.allSettled(before).then(task);
    const pending: Pending = { of, settled: turn.catch(() => undefined) };
    this.pending.push(pending);
    void pending.settled.then(() => this.pending.splice(this.pending.indexOf(pending), 1));
    return turn;
  }
}

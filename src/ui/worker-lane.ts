/**
 * What one check worker of the pool (worker-pool.ts) holds: the file it checks, and files whose check is done
 * that are in their history's part (waiting for the agency's turn, or reading and saving the history). A
 * worker takes its next file as soon as its current file's check is done, so the history's part of a file
 * never holds the next file back. Apart from worker-pool.ts so that Node tests can load it.
 */

/** Files a worker holds at most: the one it checks and two in their history's part (their bytes and results stay in memory meanwhile). */
export const LANE_JOBS = 3;

/** Where a held file is: its check (or a re-check), waiting for its agency's turn, or in its history's part. */
export type Part = "check" | "turn" | "history";

export interface Held<Job, Outcome> {
  job: Job;
  part: Part;
  /** The time limit of the part it is in (none while it waits for its turn). */
  deadline?: ReturnType<typeof setTimeout>;
  /**
   * Given up while the worker still runs it (cancelled in its history's part, or its worker broke): its outcome,
   * told once the worker no longer runs it (its answer came, its time limit passed, or the worker is stopped).
   */
  abandoned?: Outcome;
}

export class Lane<Job extends { id: number }, Outcome, W> {
  readonly held: Held<Job, Outcome>[] = [];
  /** A retired worker takes no more files; it is stopped once every file it holds is abandoned. */
  retired = false;

  constructor(public worker: W | null = null) {}

  /** Takes a file when no file of its own is being checked and it holds fewer than LANE_JOBS. */
  takes(): boolean {
    return !this.retired && this.held.length < LANE_JOBS && !this.held.some((held) => held.part === "check");
  }

  hold(job: Job): Held<Job, Outcome> {
    const held: Held<Job, Outcome> = { job, part: "check" };
    this.held.push(held);
    return held;
  }

  /** The file of that job, unless it was let go. */
  find(id: number): Held<Job, Outcome> | undefined {
    return this.held.find((held) => held.job.id === id);
  }

  holds(held: Held<Job, Outcome>): boolean {
    return this.held.includes(held);
  }

  letGo(held: Held<Job, Outcome>): void {
    clearTimeout(held.deadline);
    const index = this.held.indexOf(held);
    if (index >= 0) this.held.splice(index, 1);
  }

  /**
   * The file is given up. One cancelled in its history's part stays held, its time limit still running, until
   * the worker no longer runs it, so that its agency's next file does not take the turn while it may still be
   * saving; any other is let go (one past its time limit at once: waiting longer for it could hold its agency's
   * files back for good). Answers whether its outcome is to be told now.
   */
  giveUp(held: Held<Job, Outcome>, outcome: Outcome, cancelled: boolean): boolean {
    if (cancelled && held.part === "history") {
      held.abandoned = outcome;
      return false;
    }
    this.letGo(held);
    return true;
  }

  /** No file held is waited for: the worker may be stopped without throwing away another file's work. */
  spare(): boolean {
    return this.held.every((held) => held.abandoned);
  }

  /** Lets go of every file held; answers the abandoned ones, whose outcomes are now to be told. */
  empty(): Held<Job, Outcome>[] {
    for (const held of this.held) clearTimeout(held.deadline);
    return this.held.splice(0);
  }
}

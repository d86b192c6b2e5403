import { describe, expect, it } from "vitest";
import { LANE_JOBS, Lane } from "./worker-lane";

type Outcome = "cancelled" | "late";

const lane = () => new Lane<{ id: number }, Outcome, string>("worker");

describe("Lane", () => {
  it("takes the next file once its file is checked, up to LANE_JOBS files held, never when retired", () => {
    const worker = lane();
    expect(worker.takes()).toBe(true);
    const first = worker.hold({ id: 1 });
    expect(worker.takes()).toBe(false);
    first.part = "turn";
    expect(worker.takes()).toBe(true);
    const second = worker.hold({ id: 2 });
    second.part = "history";
    worker.hold({ id: 3 }).part = "turn";
    expect(LANE_JOBS).toBe(3);
    expect(worker.takes()).toBe(false);
    worker.letGo(second);
    expect(worker.takes()).toBe(true);
    worker.retired = true;
    expect(worker.takes()).toBe(false);
  });

  it("lets go of a file given up in its check or its turn, or past its limit, at once; one cancelled in its history's part stays until the worker no longer runs it", () => {
    const worker = lane();
    const checked = worker.hold({ id: 1 });
    expect(worker.giveUp(checked, "cancelled", true)).toBe(true);
    expect(worker.find(1)).toBeUndefined();

    const waiting = worker.hold({ id: 2 });
    waiting.part = "turn";
    expect(worker.giveUp(waiting, "cancelled", true)).toBe(true);
    expect(worker.holds(waiting)).toBe(false);

    const late = worker.hold({ id: 3 });
    late.part = "history";
    expect(worker.giveUp(late, "late", false)).toBe(true);
    expect(worker.holds(late)).toBe(false);

    const saving = worker.hold({ id: 4 });
    saving.part = "history";
    const other = worker.hold({ id: 5 });
    expect(worker.giveUp(saving, "cancelled", true)).toBe(false);
    expect(worker.find(4)).toMatchObject({ abandoned: "cancelled" });
    // Another file's check still runs in it: not spare.
    expect(worker.spare()).toBe(false);
    worker.letGo(other);
    expect(worker.spare()).toBe(true);
    expect(worker.empty()).toEqual([{ job: { id: 4 }, part: "history", abandoned: "cancelled" }]);
    expect(worker.held).toEqual([]);
  });

  it("clears the time limit of a file it lets go or empties; keeps it running for a cancelled file it still holds", async () => {
    const worker = lane();
    const fired: number[] = [];
    const timed = (id: number, part: "check" | "history" = "check") => {
      const held = worker.hold({ id });
      held.part = part;
      held.deadline = setTimeout(() => fired.push(id), 5);
      return held;
    };
    worker.letGo(timed(1));
    worker.giveUp(timed(2, "history"), "late", false);
    worker.giveUp(timed(3, "history"), "cancelled", true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fired).toEqual([3]);
    timed(4);
    worker.empty();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fired).toEqual([3]);
  });
});

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

  it("lets go of a file given up in its check or its turn at once; one in its history's part stays until the worker no longer runs it", () => {
    const worker = lane();
    const checked = worker.hold({ id: 1 });
    expect(worker.abandon(checked, "cancelled")).toBe(true);
    expect(worker.find(1)).toBeUndefined();

    const waiting = worker.hold({ id: 2 });
    waiting.part = "turn";
    expect(worker.abandon(waiting, "late")).toBe(true);
    expect(worker.holds(waiting)).toBe(false);

    const saving = worker.hold({ id: 3 });
    saving.part = "history";
    const other = worker.hold({ id: 4 });
    expect(worker.abandon(saving, "cancelled")).toBe(false);
    expect(worker.find(3)).toMatchObject({ abandoned: "cancelled" });
    // Another file's check still runs in it: not spare.
    expect(worker.spare()).toBe(false);
    worker.letGo(other);
    expect(worker.spare()).toBe(true);
    expect(worker.empty()).toEqual([{ job: { id: 3 }, part: "history", abandoned: "cancelled", deadline: undefined }]);
    expect(worker.held).toEqual([]);
  });

  it("clears the time limit of a file it lets go", async () => {
    const worker = lane();
    let fired = 0;
    const held = worker.hold({ id: 1 });
    held.deadline = setTimeout(() => fired++, 5);
    worker.letGo(held);
    const given = worker.hold({ id: 2 });
    given.part = "history";
    given.deadline = setTimeout(() => fired++, 5);
    worker.abandon(given, "cancelled");
    const emptied = worker.hold({ id: 3 });
    emptied.deadline = setTimeout(() => fired++, 5);
    worker.empty();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fired).toBe(0);
  });
});

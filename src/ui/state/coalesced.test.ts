import { describe, expect, it } from "vitest";
import { coalesced } from "./coalesced";

/** A task that records what it saw of `value` and waits until released. */
function gated() {
  const seen: number[] = [];
  let release: () => void = () => {};
  const state = { value: 0 };
  const task = coalesced(async () => {
    seen.push(state.value);
    await new Promise<void>((resolve) => (release = resolve));
  });
  return { seen, state, task, release: () => release() };
}

describe("coalesced", () => {
  it("runs once more after the running run for all the calls made meanwhile, and each call settles after a run that saw its change", async () => {
    const { seen, state, task, release } = gated();
    state.value = 1;
    const first = task();
    state.value = 2;
    const second = task();
    state.value = 3;
    const third = task();
    expect(seen).toEqual([1]);
    let settled = false;
    void third.then(() => (settled = true));
    release();
    await new Promise((resolve) => setTimeout(resolve));
    expect(seen).toEqual([1, 3]);
    expect(settled).toBe(false);
    release();
    await Promise.all([first, second, third]);
    expect(seen).toEqual([1, 3]);
    state.value = 4;
    const later = task();
    release();
    await later;
    expect(seen).toEqual([1, 3, 4]);
  });

  it("a run that fails ends the running; the next call runs again", async () => {
    let calls = 0;
    const task = coalesced(async () => {
      calls++;
      if (calls === 1) throw new Error("quota");
    });
    await expect(task()).rejects.toThrow("quota");
    await task();
    expect(calls).toBe(2);
  });
});

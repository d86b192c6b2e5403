import { describe, expect, it } from "vitest";
import { Pace, type Clock } from "./pace";

/** A clock the test moves by hand. */
function testClock(): Clock & { advance(ms: number): void } {
  let time = 1000;
  let timers: { at: number; run: () => void }[] = [];
  return {
    now: () => time,
    later: (run, ms) => timers.push({ at: time + ms, run }),
    advance(ms) {
      time += ms;
      const due = timers.filter((timer) => timer.at <= time);
      timers = timers.filter((timer) => timer.at > time);
      for (const timer of due) timer.run();
    },
  };
}

describe("Pace", () => {
  it("draws the first change at once and the changes that follow together, once per interval, the latest", () => {
    const clock = testClock();
    const drawn: number[] = [];
    const pace = new Pace<number>((value) => drawn.push(value), 250, clock);
    pace.changed(1, false);
    expect(drawn).toEqual([1]);
    clock.advance(50);
    pace.changed(2, false);
    clock.advance(50);
    pace.changed(3, false);
    expect(drawn).toEqual([1]);
    clock.advance(149);
    expect(drawn).toEqual([1]);
    clock.advance(1);
    expect(drawn).toEqual([1, 3]);
    clock.advance(1000);
    expect(drawn).toEqual([1, 3]);
    pace.changed(4, false);
    expect(drawn).toEqual([1, 3, 4]);
  });

  it("draws a change that must be seen at once, and then not again what it replaced", () => {
    const clock = testClock();
    const drawn: string[] = [];
    const pace = new Pace<string>((value) => drawn.push(value), 250, clock);
    pace.changed("a", false);
    clock.advance(10);
    pace.changed("b", false);
    pace.changed("sorted", true);
    expect(drawn).toEqual(["a", "sorted"]);
    clock.advance(500);
    expect(drawn).toEqual(["a", "sorted"]);
  });
});

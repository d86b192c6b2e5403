import { describe, expect, it } from "vitest";
import { agencyKey, matchAgencies } from "../../core/agency";
import { AgencyTurns, sameAgencyTask } from "./agency-turns";

const DONGCHENG = "北京市东城区人民政府办公室";
const XICHENG = "北京市西城区信访办公室";

/** A task that records when it starts and ends only when told. */
function controlled(log: string[], name: string) {
  let finish!: (fail?: boolean) => void;
  const task = () => {
    log.push(`start ${name}`);
    return new Promise<string>((resolve, reject) => (finish = (fail) => (fail ? reject(new Error(name)) : resolve(name))));
  };
  return { task, end: (fail = false) => finish(fail) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("sameAgencyTask", () => {
  it("joins names of one agency, an abbreviation and names the user confirmed; never an unread agency", () => {
    expect(sameAgencyTask({ agency: DONGCHENG }, { agency: DONGCHENG })).toBe(true);
    expect(sameAgencyTask({ agency: DONGCHENG }, { agency: "东城区政府办" })).toBe(true);
    expect(sameAgencyTask({ agency: DONGCHENG }, { agency: XICHENG })).toBe(false);
    expect(matchAgencies(DONGCHENG, "区机关事务管理局").verdict).toBe("different");
    expect(sameAgencyTask({ agency: "区机关事务管理局", confirmedKeys: [agencyKey(DONGCHENG)] }, { agency: DONGCHENG })).toBe(true);
    expect(sameAgencyTask({ agency: DONGCHENG }, { agency: "区机关事务管理局", confirmedKeys: [agencyKey(DONGCHENG)] })).toBe(true);
    expect(sameAgencyTask({ agency: "" }, { agency: "" })).toBe(false);
    expect(sameAgencyTask({ agency: "" }, { agency: DONGCHENG })).toBe(false);
  });
});

describe("AgencyTurns", () => {
  it("runs a task of an agency after the one before it, and another agency's at once", async () => {
    const turns = new AgencyTurns();
    const log: string[] = [];
    const [first, other, second] = [controlled(log, "东城 1"), controlled(log, "西城"), controlled(log, "东城 2")];
    const results = [turns.run({ agency: DONGCHENG }, first.task), turns.run({ agency: XICHENG }, other.task), turns.run({ agency: "东城区政府办" }, second.task)];
    await tick();
    expect(log).toEqual(["start 东城 1", "start 西城"]);
    other.end();
    await tick();
    expect(log).toEqual(["start 东城 1", "start 西城"]);
    first.end();
    await tick();
    expect(log).toEqual(["start 东城 1", "start 西城", "start 东城 2"]);
    second.end();
    await expect(Promise.all(results)).resolves.toEqual(["东城 1", "西城", "东城 2"]);
  });

  it("goes on after a failed task, whose caller gets the failure", async () => {
    const turns = new AgencyTurns();
    const log: string[] = [];
    const [first, second] = [controlled(log, "1"), controlled(log, "2")];
    const failed = turns.run({ agency: DONGCHENG }, first.task);
    const next = turns.run({ agency: DONGCHENG }, second.task);
    await tick();
    first.end(true);
    await expect(failed).rejects.toThrow("1");
    await tick();
    expect(log).toEqual(["start 1", "start 2"]);
    second.end();
    await expect(next).resolves.toBe("2");
  });

  it("does not hold a task back for one that has finished, or for reports whose agency was not read", async () => {
    const turns = new AgencyTurns();
    const log: string[] = [];
    const [first, unread, again] = [controlled(log, "1"), controlled(log, "未识别"), controlled(log, "2")];
    const done = turns.run({ agency: DONGCHENG }, first.task);
    await tick();
    first.end();
    await done;
    void turns.run({ agency: "" }, unread.task);
    void turns.run({ agency: DONGCHENG }, again.task);
    await tick();
    expect(log).toEqual(["start 1", "start 未识别", "start 2"]);
  });
});

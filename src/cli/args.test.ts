import { describe, expect, it } from "vitest";
import { parseArgs } from "./args";

describe("parseArgs", () => {
  it("reads --json and keeps the paths in order", () => {
    expect(parseArgs(["b.txt", "--json", "a"])).toEqual({ ok: true, args: { json: true, paths: ["b.txt", "a"] } });
  });

  it("takes everything after -- as a path", () => {
    expect(parseArgs(["--", "--json", "-x.txt"])).toEqual({ ok: true, args: { json: false, paths: ["--json", "-x.txt"] } });
  });

  it("refuses no paths and unknown flags, in Chinese", () => {
    expect(parseArgs([])).toEqual({ ok: false, problem: "请给出要检查的文件或文件夹。" });
    expect(parseArgs(["--jsn", "a.txt"])).toEqual({ ok: false, problem: "不认识的选项：--jsn" });
  });
});

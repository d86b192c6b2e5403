import { describe, expect, it } from "vitest";
import { parseArgs } from "./args";

describe("parseArgs", () => {
  it("reads --json and keeps the paths in order", () => {
    expect(parseArgs(["b.txt", "--json", "a"])).toEqual({ ok: true, args: { output: "json", paths: ["b.txt", "a"] } });
  });

  it("takes everything after -- as a path", () => {
    expect(parseArgs(["--", "--json", "-x.txt"])).toEqual({ ok: true, args: { output: "summary", paths: ["--json", "-x.txt"] } });
  });

  it("refuses no paths and unknown flags, in Chinese", () => {
    expect(parseArgs([])).toEqual({ ok: false, problem: "请给出要检查的文件或文件夹。" });
    expect(parseArgs(["--jsn", "a.txt"])).toEqual({ ok: false, problem: "不认识的选项：--jsn" });
  });

  it("reads --config FILE and --config=FILE, and refuses --config without a file", () => {
    expect(parseArgs(["--config", "设置.json", "a"])).toEqual({ ok: true, args: { output: "summary", config: "设置.json", paths: ["a"] } });
    expect(parseArgs(["--config=设置.json", "a"])).toEqual({ ok: true, args: { output: "summary", config: "设置.json", paths: ["a"] } });
    expect(parseArgs(["a", "--config"])).toEqual({ ok: false, problem: "--config 后面应是规则设置文件的路径，例如 --config 规则设置.json" });
  });

  it("reads --jobs N and --jobs=N", () => {
    expect(parseArgs(["--jobs", "3", "a"])).toEqual({ ok: true, args: { output: "summary", jobs: 3, paths: ["a"] } });
    expect(parseArgs(["--jobs=1", "--json", "a"])).toEqual({ ok: true, args: { output: "json", jobs: 1, paths: ["a"] } });
  });

  it("refuses --jobs without a positive whole number", () => {
    for (const argv of [["--jobs"], ["--jobs", "0", "a"], ["--jobs", "two", "a"], ["--jobs=1.5", "a"], ["--jobs", "-2", "a"]]) {
      expect(parseArgs(argv)).toEqual({ ok: false, problem: "--jobs 后面应是正整数（检查用的线程数），例如 --jobs 4" });
    }
  });

  it("reads --jsonl, and refuses it together with --json", () => {
    expect(parseArgs(["--jsonl", "a"])).toEqual({ ok: true, args: { output: "jsonl", paths: ["a"] } });
    expect(parseArgs(["--ocr", "--json", "scan.pdf"])).toEqual({ ok: true, args: { output: "json", ocr: true, paths: ["scan.pdf"] } });
    expect(parseArgs(["--jsonl", "--json", "a"])).toEqual({ ok: false, problem: "--json 和 --jsonl 只能选一个" });
  });

  it("reads --files-from FILE, --files-from=FILE and - for standard input, with or without paths", () => {
    expect(parseArgs(["--files-from", "list.txt"])).toEqual({ ok: true, args: { output: "summary", filesFrom: "list.txt", paths: [] } });
    expect(parseArgs(["--files-from=-", "a"])).toEqual({ ok: true, args: { output: "summary", filesFrom: "-", paths: ["a"] } });
    expect(parseArgs(["--files-from"])).toEqual({ ok: false, problem: "--files-from 后面应是清单文件的路径，或 - 表示标准输入" });
  });
});

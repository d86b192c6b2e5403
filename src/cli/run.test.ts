/** The command line in-process: the progress line on stderr, only when asked for (stderr is a terminal). */
import { describe, expect, it } from "vitest";
import { runCli } from "./run";

const FILES = ["public/samples/000_5a9a8d2bc98e1d44.txt", "public/samples/004_7be0dca35fed79ae.txt"];

async function run(argv: string[], progress: boolean): Promise<{ out: string; err: string }> {
  let out = "";
  let err = "";
  await runCli(argv, { out: (text) => (out += text), err: (text) => (err += text), progress });
  return { out, err };
}

describe("the progress line", () => {
  it("counts the checked files on one line of stderr, then clears it", async () => {
    const { out, err } = await run(["--json", "--jobs", "2", ...FILES], true);
    const lines = err.split("\r\x1b[K").filter(Boolean);
    expect(lines.map((line) => line.replace(/：.*/, ""))).toEqual(["已检查 1/2 份", "已检查 2/2 份"]);
    expect(err.endsWith("\r\x1b[K")).toBe(true);
    expect(JSON.parse(out).files).toHaveLength(2);
  });

  it("is not shown when stderr is no terminal", async () => {
    const { err } = await run(["--json", ...FILES], false);
    expect(err).toBe("");
  });
});

describe("--jsonl and --files-from", () => {
  it("writes one result per line as each file is checked, and nothing else", async () => {
    const { out } = await run(["--jsonl", "--jobs", "1", ...FILES], false);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line).file).sort()).toEqual([...FILES].sort());
    expect(JSON.parse(lines[0]).report.agency).toMatch(/局|政府/);
  });

  it("reads the inputs from standard input, one per line, after the paths given", async () => {
    let out = "";
    const code = await runCli(["--json", "--files-from", "-", FILES[1]], {
      out: (text) => (out += text),
      err: () => {},
      progress: false,
      readInput: async () => `${FILES[0]}\r\n\n${FILES[1]}\n`,
    });
    expect(code).toBe(0);
    expect(JSON.parse(out).files.map((result: { file: string }) => result.file)).toEqual([FILES[1], FILES[0], FILES[1]]);
  });

  it("refuses a list file that does not exist, as bad usage", async () => {
    const { err } = await run(["--files-from", "no-such-list.txt"], false);
    expect(err).toContain("找不到文件或文件夹：no-such-list.txt");
  });
});

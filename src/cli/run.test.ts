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
  it.each(["--json", "--jsonl"])("counts the checked files on one line of stderr, then clears it (%s)", async (format) => {
    const { out, err } = await run([format, "--jobs", "2", ...FILES], true);
    const lines = err.split("\r\x1b[K").filter(Boolean);
    expect(lines.map((line) => line.replace(/：.*/, ""))).toEqual(["已检查 1/2 份", "已检查 2/2 份"]);
    expect(err.endsWith("\r\x1b[K")).toBe(true);
    expect(format === "--json" ? JSON.parse(out).files : out.trimEnd().split("\n")).toHaveLength(2);
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

  it("writes the line of a file it cannot check too, and then exits with 1", async () => {
    let out = "";
    const code = await runCli(["--jsonl", "--jobs", "1", FILES[0], "test/fixtures/generated/damaged.pdf"], { out: (text) => (out += text), err: () => {}, progress: false });
    expect(code).toBe(1);
    const [checked, damaged] = out.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(checked.error).toBeNull();
    expect(damaged).toMatchObject({ file: "test/fixtures/generated/damaged.pdf", error: { code: "damaged-file" } });
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

describe("--config", () => {
  it("checks with the rules the settings file turns off left out and severities changed", async () => {
    const { mkdtemp, writeFile, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const folder = await mkdtemp(join(tmpdir(), "nianbao-config-"));
    const config = join(folder, "规则设置.json");
    await writeFile(
      config,
      JSON.stringify({ format: "nianbao-check-rule-settings", version: 1, rules: { "typo/space-in-cjk": { enabled: false }, "structure/section-number-missing": { severity: "error" } } }),
    );
    try {
      const plain = JSON.parse((await run(["--json", FILES[1]], false)).out).files[0];
      const set = JSON.parse((await run(["--json", "--config", config, FILES[1]], false)).out).files[0];
      const rules = (result: { findings: { rule: string; severity: string }[] }, rule: string) => result.findings.filter((finding) => finding.rule === rule);
      expect(rules(plain, "typo/space-in-cjk")).toHaveLength(1);
      expect(rules(set, "typo/space-in-cjk")).toEqual([]);
      expect(rules(set, "structure/section-number-missing").map((finding) => finding.severity)).toEqual(
        rules(plain, "structure/section-number-missing").map(() => "error"),
      );
      expect(set.findings).toHaveLength(plain.findings.length - 1);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("refuses a settings file it cannot use, with exit code 2 and a Chinese reason", async () => {
    let err = "";
    const code = await runCli(["--config", "public/samples/000_5a9a8d2bc98e1d44.txt", FILES[0]], { out: () => {}, err: (text) => (err += text), progress: false });
    expect(code).toBe(2);
    expect(err).toBe("规则设置文件无法使用：不是 JSON 文件。（public/samples/000_5a9a8d2bc98e1d44.txt）\n");
    err = "";
    expect(await runCli(["--config", "没有这个文件.json", FILES[0]], { out: () => {}, err: (text) => (err += text), progress: false })).toBe(2);
    expect(err).toBe("无法读取规则设置文件：没有这个文件.json\n");
  });
});

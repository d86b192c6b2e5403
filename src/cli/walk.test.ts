import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MissingInputError, collectFiles } from "./walk";

describe("collectFiles", () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "nianbao-walk-"));
    await mkdir(join(root, "reports", "b-sub", "deeper"), { recursive: true });
    await mkdir(join(root, "reports", "wps"));
    const files = [
      "reports/c.TXT",
      "reports/a.pdf",
      "reports/b-sub/deeper/x.htm",
      "reports/b-sub/y.docx",
      "reports/b-sub/z.html",
      "reports/notes.md",
      "reports/old.doc",
      "reports/wps/w.WPS",
      "reports/sheet.xls",
      "single.doc",
    ];
    for (const file of files) await writeFile(join(root, file), "x");
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it("walks folders for report files sorted by path, and keeps the order of the inputs", async () => {
    const files = await collectFiles([join(root, "single.doc"), join(root, "reports")]);
    expect(files).toEqual([
      join(root, "single.doc"),
      join(root, "reports/a.pdf"),
      join(root, "reports/b-sub/deeper/x.htm"),
      join(root, "reports/b-sub/y.docx"),
      join(root, "reports/b-sub/z.html"),
      join(root, "reports/c.TXT"),
      join(root, "reports/old.doc"),
      join(root, "reports/wps/w.WPS"),
    ]);
  });

  it("names a missing input", async () => {
    await expect(collectFiles([join(root, "nowhere")])).rejects.toThrow(MissingInputError);
    await expect(collectFiles([join(root, "nowhere")])).rejects.toThrow(`找不到文件或文件夹：${join(root, "nowhere")}`);
  });
});

import { describe, expect, it } from "vitest";
import { extractDocx } from "../core/extract/docx";
import { readCsv } from "../../test/helpers/csv";
import { truth } from "../../test/helpers/seeds";
import { buildDownload } from "./downloads";
import { EXPORTED, legacyDocFile, seedFile } from "./exports.testing";

describe("the export menu's downloads", () => {
  it("name one report's files after its agency and year, and a batch's plainly", async () => {
    const one = [await seedFile("004_7be0dca35fed79ae")];
    const base = `${truth("004_7be0dca35fed79ae").agency}2023年报`;
    expect(buildDownload("csv", one, EXPORTED).name).toBe(`${base}问题清单.csv`);
    expect(buildDownload("docx", one, EXPORTED).name).toBe(`${base}修改意见.docx`);
    expect(buildDownload("json", one, EXPORTED).name).toBe(`${base}检查结果.json`);
    const batch = [...one, await seedFile("000_5a9a8d2bc98e1d44")];
    expect(buildDownload("summary", batch, EXPORTED).name).toBe("年报汇总表.csv");
  });

  it("keep characters that file systems refuse out of a name", async () => {
    const file = { ...(await legacyDocFile()), name: '年报/2024:"草稿"?.doc' };
    expect(buildDownload("docx", [file], EXPORTED).name).toBe("年报_2024__草稿__.doc年报修改意见.docx");
  });

  it("give each format its type and content", async () => {
    const files = [await seedFile("004_7be0dca35fed79ae")];
    const csv = buildDownload("csv", files, EXPORTED);
    expect(csv.type).toBe("text/csv;charset=utf-8");
    expect(readCsv(new TextEncoder().encode(csv.data as string))).toHaveLength(files[0].result.findings!.length + 1);
    const docx = buildDownload("docx", files, EXPORTED);
    expect(docx.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(extractDocx(docx.data as Uint8Array).blocks.length).toBeGreaterThan(0);
    const json = buildDownload("json", files, EXPORTED);
    expect(json.type).toBe("application/json");
    expect(JSON.parse(json.data as string).files).toHaveLength(1);
  });
});

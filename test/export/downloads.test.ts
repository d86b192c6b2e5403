import { describe, expect, it } from "vitest";
import { extractDocx } from "../../src/core/extract/docx";
import { readCsv } from "../helpers/csv";
import { truth } from "../helpers/seeds";
import { buildDownload } from "../../src/export/downloads";
import { EXPORTED, legacyDocFile, seedFile } from "../helpers/exports";

describe("the export menu's downloads", () => {
  it("name one report's files after its agency and year, and a batch's plainly", async () => {
    const one = [await seedFile("004_7be0dca35fed79ae")];
    const { agency } = truth("004_7be0dca35fed79ae");
    expect(buildDownload("csv", one, EXPORTED).name).toBe(`${agency}2023年报问题清单.csv`);
    expect(buildDownload("letters", one, EXPORTED).name).toBe(`${agency}2023年政府信息公开工作年度报告修改意见.docx`);
    expect(buildDownload("json", one, EXPORTED).name).toBe(`${agency}2023年报检查结果.json`);
    const batch = [...one, await seedFile("000_5a9a8d2bc98e1d44")];
    expect(buildDownload("summary", batch, EXPORTED).name).toBe("年报汇总表.csv");
    expect(buildDownload("letters", batch, EXPORTED).name).toBe("年报修改意见（2份）.zip");
    expect(buildDownload("brief", batch, EXPORTED).name).toBe("政府信息公开工作年度报告审核情况汇总.docx");
  });

  it("keep characters that file systems refuse out of a name", async () => {
    const file = { ...(await legacyDocFile()), name: '年报/2024:"草稿"?.doc' };
    expect(buildDownload("csv", [file], EXPORTED).name).toBe("年报_2024__草稿__.doc年报问题清单.csv");
    expect(buildDownload("letters", [file], EXPORTED).name).toBe("未识别机关的年度报告修改意见（2024__草稿__）.docx");
  });

  it("give each format its type and content", async () => {
    const files = [await seedFile("004_7be0dca35fed79ae")];
    const csv = buildDownload("csv", files, EXPORTED);
    expect(csv.type).toBe("text/csv;charset=utf-8");
    expect(readCsv(new TextEncoder().encode(csv.data as string))).toHaveLength(files[0].result.findings!.length + 1);
    const docx = buildDownload("letters", files, EXPORTED);
    expect(docx.type).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(extractDocx(docx.data as Uint8Array).blocks.length).toBeGreaterThan(0);
    const json = buildDownload("json", files, EXPORTED);
    expect(json.type).toBe("application/json");
    expect(JSON.parse(json.data as string).files).toHaveLength(1);
  });
});

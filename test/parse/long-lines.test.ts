import { describe, expect, it } from "vitest";
import type { ParagraphBlock } from "../../src/core/model/document";
import { textToBlocks } from "../../src/core/extract/text";
import { splitLongLines } from "../../src/core/parse/long-lines";

const texts = (line: string) => splitLongLines(textToBlocks(line)).map((block) => (block as ParagraphBlock).text);

describe("splitLongLines", () => {
  it("cuts a line before and after each section heading it holds, and after a title at its start", () => {
    const line =
      "某某区人民政府2023年政府信息公开工作年度报告依据条例编制本报告。一、总体情况本年度主动公开信息120条，工作有序开展。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数";
    expect(texts(line)).toEqual([
      "某某区人民政府2023年政府信息公开工作年度报告",
      "依据条例编制本报告。",
      "一、总体情况",
      "本年度主动公开信息120条，工作有序开展。",
      "二、主动公开政府信息情况",
      "第二十条第（一）项信息内容本年制发件数",
    ]);
  });

  it("does not take table labels or list items for sections", () => {
    const line =
      "三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量3300000二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开四、结转下年度继续办理1000001";
    expect(texts(line)).toEqual([
      "三、收到和处理政府信息公开申请情况",
      "一、本年新收政府信息公开申请数量3300000二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开四、结转下年度继续办理1000001",
    ]);
    const list = "五、存在的主要问题及改进情况一、对政府信息公开相关政策文件的学习还需进一步深入。二、政府信息公开队伍建设相对薄弱，缺乏系统性学习。";
    expect(texts(list)).toEqual(["五、存在的主要问题及改进情况", "一、对政府信息公开相关政策文件的学习还需进一步深入。二、政府信息公开队伍建设相对薄弱，缺乏系统性学习。"]);
  });

  it("finds an unnumbered heading only after a sentence's end, and keeps each piece's columns", () => {
    const line = "本机关依法编制本报告，现将总体情况报告如下。总体情况本年度主动公开信息120条，各项工作有序开展，政府信息公开质量稳步提升，群众满意度持续提高。";
    const blocks = splitLongLines(textToBlocks(line)) as ParagraphBlock[];
    expect(blocks.map((block) => block.text)).toEqual(["本机关依法编制本报告，现将总体情况报告如下。", "总体情况", "本年度主动公开信息120条，各项工作有序开展，政府信息公开质量稳步提升，群众满意度持续提高。"]);
    expect(blocks[1].location).toEqual({ kind: "text", line: 1, column: 23, endLine: 1, endColumn: 27 });
  });

  it("leaves short paragraphs and paragraphs without an inner heading alone", () => {
    const blocks = textToBlocks("一、总体情况\n本年度，本机关认真贯彻落实《政府信息公开条例》，详见二、主动公开政府信息情况的统计表，全年工作有序开展，各项任务按期完成。");
    expect(splitLongLines(blocks)).toEqual(blocks);
  });
});

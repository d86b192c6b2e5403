import { describe, expect, it } from "vitest";
import type { ParagraphBlock } from "../../../src/core/model/document";
import { aboutOtherPeriod, clausesOf, isChange, mentionsOf, quote, sentenceLocation, sentencesOf, yearsIn } from "../../../src/core/rules/lib/prose";

function paragraph(text: string, line = 7): ParagraphBlock {
  return { type: "paragraph", text, location: { kind: "text", line, column: 1, endLine: line, endColumn: text.length + 1 } };
}

const sentences = (text: string) => sentencesOf([{ block: paragraph(text), index: 0 }]);
const mentions = (text: string) => sentences(text).flatMap(mentionsOf);
const shown = (text: string) =>
  mentions(text).map((m) => ({ figure: m.sentence.text.slice(m.quantity.start, m.quantity.end), own: m.own, part: m.part }));

describe("sentencesOf", () => {
  it("splits at sentence ends, drops white space and keeps where each character came from", () => {
    const [first, second] = sentences("2024 年，受理申请 17 件。均已答复。");
    expect(first.text).toBe("2024年，受理申请17件。");
    expect(second.text).toBe("均已答复。");
    expect(second.previous).toBe(first);
    const at = first.text.indexOf("17件");
    expect(sentenceLocation(first, at, at + 3)).toEqual({ kind: "text", line: 7, column: 13, endLine: 7, endColumn: 17 });
  });

  it("maps characters back past removed spaces in DOCX and PDF paragraphs too", () => {
    const docx: ParagraphBlock = { type: "paragraph", text: "受理申请 33 件", location: { kind: "docx", block: 5 } };
    const [fromDocx] = sentencesOf([{ block: docx, index: 5 }]);
    expect(sentenceLocation(fromDocx, 4, 7)).toEqual({ kind: "docx", block: 5, start: 5, end: 9 });
    const pdf: ParagraphBlock = {
      type: "paragraph",
      text: "受理申请 17 件",
      location: { kind: "pdf", page: 1, box: [0, 0, 200, 10] },
      spans: [
        { start: 0, end: 5, location: { kind: "pdf", page: 1, box: [0, 0, 100, 10] } },
        { start: 5, end: 9, location: { kind: "pdf", page: 1, box: [100, 0, 200, 10] } },
      ],
    };
    const [fromPdf] = sentencesOf([{ block: pdf, index: 0 }]);
    expect(sentenceLocation(fromPdf, 4, 7)).toEqual({ kind: "pdf", page: 1, box: [100, 0, 200, 10] });
  });

  it("keeps a closing bracket or quote after the full stop in the sentence", () => {
    expect(sentences("（收取信息处理费情况在此处报告。）下一句。").map((s) => s.text)).toEqual(["（收取信息处理费情况在此处报告。）", "下一句。"]);
  });

  it("makes full-width digits half-width", () => {
    expect(sentences("受理申请３３件")[0].text).toBe("受理申请33件");
  });

  it("remembers a short paragraph before as the sub-heading", () => {
    const found = sentencesOf([
      { block: paragraph("（三）依申请公开", 17), index: 0 },
      { block: paragraph("全年收到申请35件。", 19), index: 1 },
    ]);
    expect(found[1].heading).toBe("（三）依申请公开");
  });
});

describe("clausesOf", () => {
  it("splits at commas, semicolons and colons outside brackets", () => {
    const text = "共收到申请35件（含线上，线下），其中：线上20件；线下15件";
    expect(clausesOf(text).map((c) => text.slice(c.start, c.end))).toEqual(["共收到申请35件（含线上，线下）", "其中", "线上20件", "线下15件"]);
  });
});

describe("clausesOf and list numbering", () => {
  it.each(["（三）", "(3)", "三、", "1.", "一是"])("leaves the numbering %s out of the clause", (mark) => {
    const text = `${mark}制发规范性文件10件`;
    const [clause] = clausesOf(text);
    expect(text.slice(clause.start, clause.end)).toBe("制发规范性文件10件");
  });

  it("keeps a decimal figure", () => {
    const text = "61.4万人次";
    expect(clausesOf(text)).toEqual([{ start: 0, end: text.length }]);
  });
});

describe("mentionsOf", () => {
  it("the words before a figure name it", () => {
    expect(shown("本年度共受理并按期答复依申请公开33件，答复书中写明救济渠道。")).toEqual([
      { figure: "33件", own: "本年度共受理并按期答复依申请公开", part: false },
    ]);
  });

  it("a number before its noun takes the words after it, and the clause's opening words", () => {
    expect(shown("全年办理4项依申请公开，依法依规回应1项行政复议申请。")).toEqual([
      { figure: "4项", own: "全年办理依申请公开", part: false },
      { figure: "1项", own: "依法依规回应行政复议申请", part: false },
    ]);
  });

  it("each figure of a list keeps its own noun, whichever side it is on", () => {
    expect(shown("行政复议1件、行政诉讼2件").map((m) => m.own)).toEqual(["行政复议", "、行政诉讼"]);
    expect(shown("收到1件行政复议、2件行政诉讼").map((m) => m.own)).toEqual(["收到行政复议、", "行政诉讼"]);
  });

  it("figures after 其中, or in a sentence opening with 其中, are parts", () => {
    expect(shown("全年办理4项依申请公开，其中线上申请2件，线下申请2件。").map((m) => m.part)).toEqual([false, true, true]);
    expect(shown("主动公开政府信息共88条。其中，领导介绍类信息10条。").map((m) => m.part)).toEqual([false, true]);
  });

  it("a figure whose own words name nothing takes the sentence before it as context", () => {
    const [, answered] = mentions("收到政府信息公开申请35件，答复33件。");
    expect(answered.own).toBe("答复");
    expect(answered.context).toBe("收到政府信息公开申请35件，答复");
    const [total] = mentions("2023年，我局收到政府信息公开申请，共计35件。");
    expect(total.context).toBe("2023年，我局收到政府信息公开申请，共计");
  });

  it("marks figures in round brackets", () => {
    expect(mentions("共收到申请35件（含上年结转2件）").map((m) => m.inBrackets)).toEqual([false, true]);
  });
});

describe("periods and changes", () => {
  const first = (text: string) => mentions(text)[0];

  it("a figure under another year named before it, or compared with last year, is another period's", () => {
    expect(aboutOtherPeriod(first("2022年，我局收到申请20件。"), 2023)).toBe(true);
    expect(aboutOtherPeriod(first("2023年，我局收到申请20件。"), 2023)).toBe(false);
    expect(aboutOtherPeriod(first("收到申请较上年多20件。"), 2023)).toBe(true);
    expect(aboutOtherPeriod(first("同比收到申请20件。"), 2023)).toBe(true);
  });

  it("上年结转 is this year's row, and years in book titles and document numbers do not count", () => {
    expect(aboutOtherPeriod(first("上年结转申请2件。"), 2023)).toBe(false);
    expect(aboutOtherPeriod(first("按照《2022年工作要点》收到申请20件。"), 2023)).toBe(false);
    expect(yearsIn("根据〔2024〕1号和《2022年要点》，2023年")).toEqual([{ year: 2023, start: 21, end: 26 }]);
  });

  it("a change is not a figure", () => {
    expect(isChange(first("申请数量增加5件。"))).toBe(true);
    expect(isChange(first("较上年减少了3件。"))).toBe(true);
    expect(isChange(first("收到申请5件。"))).toBe(false);
  });
});

describe("quote", () => {
  it("keeps short text and cuts long text around the figure", () => {
    const [sentence] = sentences("本年度共受理33件。");
    expect(quote(sentence, { start: 0, end: 9 })).toBe("本年度共受理33件");
    const long = sentences(`${"严格按照有关规定规范办理".repeat(5)}，共受理申请33件，${"并且按照要求及时反馈".repeat(5)}`)[0];
    const at = long.text.indexOf("33件");
    const cut = quote(long, { start: 0, end: long.text.length }, { start: at, end: at + 3 });
    expect(cut).toMatch(/^…….*共受理申请33件.*……$/);
    expect(cut.length).toBeLessThanOrEqual(44);
  });

  it("a long sentence quoted whole keeps its end", () => {
    const [sentence] = sentences(`${"依据有关规定".repeat(8)}，全年收取信息处理费0元。`);
    expect(quote(sentence, { start: 0, end: sentence.text.length })).toMatch(/^…….{28}全年收取信息处理费0元。$/);
  });
});

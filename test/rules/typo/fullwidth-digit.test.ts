import { extractDocx } from "../../../src/core/extract/docx";
import { realFile, seedText, seedCases } from "../../helpers/seeds";
import { fullwidthDigit } from "../../../src/core/rules/typo/fullwidth-digit";
import { editedSeed, report } from "../../helpers/short-report";
import { testRule } from "../../helpers/rule-tester";

const SEED_002 = "002_c4bd8f948bd08bc9";
/** Seed 002's 表二 cells written “　0”: line and message. */
const SEED_002_CELLS = [
  [39, "表二“规章—本年制发件数”填写为“　0”，含全角空格，已按0读取，应写作“0”。"],
  [44, "表二“行政规范性文件—本年制发件数”填写为“　0”，含全角空格，已按0读取，应写作“0”。"],
  [62, "表二“行政处罚—本年处理决定数量”填写为“　0”，含全角空格，已按0读取，应写作“0”。"],
  [65, "表二“行政强制—本年处理决定数量”填写为“　0”，含全角空格，已按0读取，应写作“0”。"],
] as const;
const cellFindings = (cells: readonly (readonly [number, string])[]) =>
  cells.map(([line, message]) => ({ severity: "info" as const, message, location: { line } }));

testRule(fullwidthDigit, {
  valid: [
    ...seedCases(SEED_002),
    {
      name: "the official template's blank cells hold full-width spaces and no number: nothing to read, nothing to say",
      document: extractDocx(realFile("official-template-2021.docx")),
    },
  ],
  invalid: [
    {
      name: "002: the four 表二 cells written “　0”, lines 39, 44, 62 and 65",
      text: seedText(SEED_002),
      findings: [
        { ...cellFindings(SEED_002_CELLS)[0], location: { line: 39, column: 2, template: { table: "t2", row: "regulations", column: "issued" } } },
        ...cellFindings(SEED_002_CELLS.slice(1)),
      ],
    },
    { name: "002 with line 39 written “0” has three", text: editedSeed(SEED_002, 39, () => "\t0"), findings: cellFindings(SEED_002_CELLS.slice(1)) },
    {
      name: "full-width digits in the text and in a value cell",
      text: report({
        1: ["２０２３年，全年主动公开信息１２．５万条。"],
        2: ["第二十条第（五）项\t\t\t", "信息内容\t本年处理决定数量\t\t", "行政许可\t３５\t\t"],
      }),
      findings: [
        { severity: "info", location: { line: 3, column: 1 }, message: "“２０２３年”使用了全角数字，应写作“2023年”。" },
        { severity: "info", location: { line: 3, column: 15 }, message: "“信息１２．５万条”使用了全角数字，应写作“信息12.5万条”。" },
        { severity: "info", location: { line: 7, column: 6 }, message: "表二“行政许可—本年处理决定数量”填写为“３５”，含全角数字，已按35读取，应写作“35”。" },
      ],
    },
  ],
});

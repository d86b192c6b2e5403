import { SEED_004_CLAIM_LINE, edited, seed, seed004With } from "../../helpers/text-edits";
import { yearBodyMismatch } from "../../../src/core/rules/year/body-mismatch";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

const lastYearsFigure = edited(seed("001"), "2023年全年主动公开政府信息共88条", "2022年全年主动公开政府信息共88条");
const column = lastYearsFigure.split("\n")[5].indexOf("2022年") + 1;

testRule(yearBodyMismatch, {
  valid: [
    ...[
      ["last year's accounts (seed 002's wording)", "公开《2022年决算及“三公”经费决算》。"],
      ["a comparison", "本年度受理申请33件，较2022年全年增加5件。"],
      ["last year's assessment result", "2022年度考核结果全年保持优秀。"],
      ["next year's plan", "下一步，2024年全年将加大公开力度。"],
      ["a year without the words of the reporting year", "2019年修订的条例施行以来，工作不断规范。"],
      ["the report's own year", "截至2023年底，全年受理申请33件。"],
      ["a document number", "京兴政务公开办发〔2024〕1号。"],
      // issue 11: a previous year as the term of a comparison
      ["比2022年", "据数据统计，本年度权责清单事项比2022年减少183项。"],
      ["与2022年持平", "本年度行政规范性文件制发数量与2022年持平。"],
      ["与2022年相比", "全年主动公开政府信息与2022年相比增加3项。"],
      ["2022年同期", "全年受理申请数较2022年同期增加3件。"],
    ].map(([name, sentence]) => ({ name, text: seed004With(sentence) })),
    // rules.md §I: 002's “2022年决算”, 004's “〔2024〕1号”
    ...seedCases(),
  ],
  invalid: [
    {
      name: "last year's figure stated for the whole year, at the year's characters",
      text: lastYearsFigure,
      exact: true,
      findings: [
        {
          severity: "warning",
          message: "报告年度为2023年，但第一部分写“2022年全年主动公开政府信息共88条”，疑为沿用上年文本。",
          expected: 2023,
          actual: 2022,
          location: { kind: "text", line: 6, column, endLine: 6, endColumn: column + 5 },
        },
      ],
    },
    ...(
      [
        ["本年度，2022年全年受理申请33件。", 2022, 1],
        ["截至2022年底，本镇累计发布信息500条。", 2022, 1],
        ["报告中所列数据统计期限自2022年1月1日起至2022年12月31日止。", 2022, 2],
        ["今年2024年共受理申请33件。", 2024, 1],
        ["2022年度内共受理申请33件。", 2022, 1],
      ] as const
    ).map(([sentence, year, count]) => ({
      name: count > 1 ? `${sentence} (one finding a mention)` : sentence,
      text: seed004With(sentence),
      findings: Array.from({ length: count }, () => ({ severity: "warning" as const, actual: year, location: { line: SEED_004_CLAIM_LINE } })),
    })),
  ],
});

import { expect } from "vitest";
import { lineWith, seed, seed002Section5 } from "../../helpers/text-edits";
import { earlierReport, inYear } from "../../helpers/history";
import { section5Boilerplate } from "../../../src/core/rules/section5/boilerplate";
import { testRule } from "../../helpers/rule-tester";

const HEADING = "五、存在的主要问题及改进情况";
/** Seed 004's 第五部分, another agency's wording. */
const OTHER_BODY = seed("004").split(`${HEADING}\n`)[1].split("六、其他需要报告的事项")[0].trim();
const thisYear = seed("002");
const nothing = seed002Section5("无。");
const lastYearEdited = inYear(
  seed002Section5(
    "一是信息公开工作存在形式化、表面化的倾向，3名工作人员均为兼职，政务公开工作队伍专业化水平有待提升，在主动公开质量上仍需进一步提升。下一步要提高政治站位，推进“红墙先锋工程”“双提升”工程，深入学习政务公开工作要点，提升理论知识水平。\n\n二是需要进一步完善政府信息公开保密审查制度，妥善处理政务公开与保守国家秘密的关系，加强对政府信息公开工作的管理，提高政府信息公开的质量和效率。",
  ),
  2022,
);

testRule(section5Boilerplate, {
  valid: [
    { name: "第五部分 written anew", text: thisYear, history: [await earlierReport(inYear(seed002Section5(OTHER_BODY), 2022))] },
    { name: "nothing said in both years", text: nothing, history: [await earlierReport(inYear(nothing, 2022))] },
    { name: "no earlier report", text: thisYear, history: [] },
    { name: "no report of last year, only of 2021", text: thisYear, history: [await earlierReport(inYear(thisYear, 2021))] },
  ],
  invalid: [
    {
      name: "第五部分 is last year's again, at its heading",
      text: thisYear,
      history: [await earlierReport(inYear(thisYear, 2022))],
      exact: true,
      findings: [
        {
          severity: "info",
          message: "第五部分“存在的主要问题及改进情况”与2022年报告的第五部分基本相同（相似度约100%），建议结合本年实际撰写。",
          location: expect.objectContaining({ line: lineWith(thisYear, HEADING) }),
        },
      ],
    },
    {
      name: "only the figures and a few words changed",
      text: thisYear,
      history: [await earlierReport(lastYearEdited)],
      findings: [{ severity: "info", location: { line: lineWith(thisYear, HEADING) } }],
    },
  ],
});

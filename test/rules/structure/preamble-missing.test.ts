import { expect } from "vitest";
import { BASE_REPORT, removeLines, replaceLine } from "../../helpers/base-report";
import { preambleMissing } from "../../../src/core/rules/structure/preamble-missing";
import { testRule } from "../../helpers/rule-tester";

const PREAMBLE = "依据《中华人民共和国政府信息公开条例》";

testRule(preambleMissing, {
  valid: [
    { name: "the basis stated after the title", text: BASE_REPORT },
    {
      name: "a local template's “本报告由……组成” and 统计期限",
      text: replaceLine(BASE_REPORT, PREAMBLE, "本报告由总体情况、主动公开政府信息情况等六部分组成，所列数据统计期限为2023年1月1日至12月31日。"),
    },
  ],
  invalid: [
    {
      name: "nothing states the basis: right after the title",
      text: removeLines(BASE_REPORT, PREAMBLE, "一、总体情况"),
      findings: [{ severity: "info", message: expect.stringContaining("标题后未说明编制依据"), location: { line: 2 } }],
    },
    {
      name: "a sentence without the basis is not taken for one",
      text: replaceLine(BASE_REPORT, PREAMBLE, "现将本委2023年政府信息公开工作情况报告如下。"),
      findings: [{ severity: "info", location: { line: 2 } }],
    },
  ],
});

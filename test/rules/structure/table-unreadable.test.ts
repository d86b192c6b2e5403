import { expect } from "vitest";
import { BASE_REPORT } from "../../helpers/base-report";
import { tableMissing } from "../../../src/core/rules/structure/table-missing";
import { tableUnreadable } from "../../../src/core/rules/structure/table-unreadable";
import { testRule } from "../../helpers/rule-tester";

/** The report with every line run together, tabs dropped: cells of a row become one string of figures. */
const oneLine = (text: string) => text.split("\n").map((line) => line.replace(/\t/g, "").trim()).join("");
const runTogether = { name: "every table run together (named by structure/table-unreadable)", text: oneLine(BASE_REPORT) };
const inWords = BASE_REPORT.replace(/二、主动公开政府信息情况[\s\S]*?(?=三、收到和处理)/, "二、主动公开政府信息情况\n本年制发规章0件，行政规范性文件2件，现行有效15件；行政许可35件。\n");

testRule(tableUnreadable, {
  valid: [
    { name: "the tables are tables", text: BASE_REPORT },
    { name: "a table described in words is structure/table-missing's", text: inWords },
  ],
  invalid: [
    {
      name: "each run-together table named once, with a quote of its cells",
      text: runTogether.text,
      findings: [
        { severity: "info", message: expect.stringMatching(/^表二(?=[\s\S]*规章000行政规范性文件2015)(?=[\s\S]*分不清每个数字属于哪一格)/), location: { line: 1 } },
        { severity: "info", message: expect.stringMatching(/^表三/), location: { line: 1 } },
        { severity: "info", message: expect.stringMatching(/^表四/), location: { line: 1 } },
      ],
    },
  ],
});

// A run-together table is not reported missing; a table described in words is.
testRule(tableMissing, {
  valid: [runTogether],
  invalid: [{ name: "a table described in words", text: inWords, findings: [{ severity: "error", location: { template: { table: "t2" } } }] }],
});

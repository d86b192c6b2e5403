import { seedText, seedCases } from "../../helpers/seeds";
import { headingPunct } from "../../../src/core/rules/typo/heading-punct";
import { docxDocument, editedSeed, report } from "../../helpers/short-report";
import { testRule } from "../../helpers/rule-tester";

const SEED_004 = "004_7be0dca35fed79ae";

testRule(headingPunct, {
  valid: [
    ...seedCases(SEED_004),
    { name: "004 without that full stop", text: editedSeed(SEED_004, 13, (line) => line.replace("。", "")) },
    {
      name: "run-in headings and headings of other levels are not compared",
      text: report({ 1: ["（一）组织领导。本单位成立领导小组，统筹推进工作。", "（二）主动公开", "1.健全机制。", "（三）依申请公开"] }),
    },
  ],
  invalid: [
    {
      name: "004: “（二）主动公开。” on line 13, at its full stop",
      text: seedText(SEED_004),
      exact: true,
      findings: [
        {
          severity: "info",
          message: "小标题“（二）主动公开。”末尾有句号，与其他同级小标题（如“（一）组织领导”）不一致。",
          location: { kind: "text", line: 13, column: 8, endLine: 13, endColumn: 9 },
        },
      ],
    },
    {
      name: "the fewer side is reported: here the heading without a full stop",
      text: report({ 1: ["（一）组织领导。", "正文。", "（二）主动公开。", "正文。", "（三）依申请公开", "正文。"] }),
      findings: [
        { severity: "info", location: { line: 7, column: 8 }, message: "小标题“（三）依申请公开”末尾没有句号，与其他同级小标题（如“（一）组织领导。”）不一致。" },
      ],
    },
    { name: "half and half: the ones with a full stop", text: report({ 1: ["1.组织领导。", "2.主动公开"] }), findings: [{ severity: "info", location: { line: 3 } }] },
    {
      name: "DOCX: the block and the full stop's offset",
      document: docxDocument(["一、总体情况", "（一）组织领导", "（二）主动公开。", "（三）依申请公开"]),
      exact: true,
      findings: [
        {
          severity: "info",
          message: "小标题“（二）主动公开。”末尾有句号，与其他同级小标题（如“（一）组织领导”）不一致。",
          location: { kind: "docx", block: 2, start: 7, end: 8 },
        },
      ],
    },
  ],
});

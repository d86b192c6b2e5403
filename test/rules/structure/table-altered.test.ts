import { BASE_REPORT, lineOf, recognised, removeLines, replaceLine } from "../../helpers/base-report";
import { tableAltered } from "../../../src/core/rules/structure/table-altered";
import { testRule } from "../../helpers/rule-tester";

const ZEROS = "\t0\t0\t0\t0\t0\t0\t0";
const SUFFIX = "，请勿改动表格格式。";
/** A finding of this rule (all are warnings): its message and the line it points at. */
const at = (text: string, message: string, line: string) => ({ severity: "warning" as const, message, location: { line: lineOf(text, line) } });

// Misreadings seen on the scan fixtures: a stray character, a changed one, a bracket read as 《.
const misread = BASE_REPORT.replace("\n行政处罚\t", "\n行政改处罚\t")
  .replace("\t本年废止件数", "\t本年废止仵数")
  .replace("\t行政诉讼", "\t行政改诉诉讼")
  .replace("（二）部分公开（区分处理的", "（二）部分公开《区分处理的")
  .replace("\t商业企业", "\t商业企丑");
const otherWords = BASE_REPORT.replace("\n行政处罚\t", "\n行政检查\t").replace("\t本年废止件数", "\t本年修订件数");
const rowDeleted = removeLines(BASE_REPORT, "\t\t3.危及“三安全一稳定”", "\t\t4.保护第三方合法权益");
const collapsed = removeLines(BASE_REPORT, "\t（六）其他处理", "\t（七）总计").replace("\t（七）总计", `\t（六）其他处理${ZEROS}\n\t（七）总计`);
const renamedAndAdded = replaceLine(BASE_REPORT, "\t\t2.其他法律行政法规禁止公开", `\t\t2.其他法律行政止公开${ZEROS}`).replace(
  "\t\t8.属于行政查询事项",
  `\t\t9.其他不予公开情形${ZEROS}\n\t\t8.属于行政查询事项`,
);
const cellTooFew = replaceLine(BASE_REPORT, "二、上年结转政府信息公开申请数量", "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0");
const noColumn = BASE_REPORT.replace("\t科研机构", "\t");
const table2Changed = BASE_REPORT.replace("行政规范性文件\t", "规范性文件\t").replace("本年收费金额（单位：万元）", "本年收费金额（单位：元）");
const table4HeaderGone = BASE_REPORT.replace("\t尚未审结\t总计\t结果维持", "\t未结\t总计\t结果维持");

testRule(tableAltered, {
  valid: [
    { name: "the standard tables", text: BASE_REPORT },
    {
      name: "line breaks, spaces, bracket widths and quotes are no change",
      text: BASE_REPORT.replace("\t（一）予以公开", "\t(一) 予以公开")
        .replace("3.危及“三安全一稳定”", '3.危及"三安全 一稳定"')
        .replace("一、本年新收政府信息公开申请数量", "一、本年新收政府信息 公开申请数量")
        .replace("\t结果维持\t结果纠正", "\t结果 维持\t结果纠正"),
    },
    { name: "misread characters in labels of recognised text (OCR) are forgiven", document: recognised(misread) },
  ],
  invalid: [
    {
      name: "misread characters are never forgiven in a text layer",
      text: misread,
      findings: [
        `表二缺少“本年废止件数”列${SUFFIX}`,
        `表二“行政处罚”行的名称写作“行政改处罚”，与格式不符${SUFFIX}`,
        `表三缺少“商业企业”列${SUFFIX}`,
        `表三“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”行的名称写作“（二）部分公开《区分处理的，只计这一情形，不计其他情形）”，与格式不符${SUFFIX}`,
        `表四缺少“行政诉讼”列${SUFFIX}`,
      ].map((message) => ({ severity: "warning" as const, message })),
    },
    {
      name: "in recognised text, a label that says other words is still reported",
      document: recognised(otherWords),
      findings: [`表二缺少“本年废止件数”列${SUFFIX}`, `表二缺少“行政处罚”行${SUFFIX}`, `表二多出格式中没有的行“行政检查”${SUFFIX}`].map((message) => ({
        severity: "warning" as const,
        message,
      })),
    },
    {
      name: "a deleted 表三 row, after the row before it",
      text: rowDeleted,
      findings: [
        {
          severity: "warning",
          message: `表三缺少“（三）不予公开—3.危及“三安全一稳定””行${SUFFIX}`,
          location: { line: lineOf(rowDeleted, "\t\t2.其他法律行政法规禁止公开"), template: { table: "t3", row: "withheld_prohibited" } },
        },
      ],
    },
    {
      name: "（六）其他处理 collapsed into one row",
      text: collapsed,
      findings: [
        at(
          collapsed,
          "表三“（六）其他处理”合为一行，缺少“1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”“2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请”“3.其他”3个子行，请按格式分行填写。",
          "\t（六）其他处理",
        ),
      ],
    },
    {
      name: "a renamed row and an added row",
      text: renamedAndAdded,
      findings: [
        at(renamedAndAdded, `表三“（三）不予公开—2.其他法律行政法规禁止公开”行的名称写作“2.其他法律行政止公开”，与格式不符${SUFFIX}`, "\t\t2.其他法律行政止公开"),
        at(renamedAndAdded, `表三多出格式中没有的行“9.其他不予公开情形”${SUFFIX}`, "\t\t9.其他不予公开情形"),
      ],
    },
    {
      name: "a row with a value cell too few",
      text: cellTooFew,
      findings: [at(cellTooFew, "表三“二、上年结转政府信息公开申请数量”行有6个数值单元格，应为7个。", "二、上年结转政府信息公开申请数量")],
    },
    { name: "a missing 表三 column", text: noColumn, findings: [at(noColumn, `表三缺少“科研机构”列${SUFFIX}`, "（本列数据的勾稽关系为")] },
    {
      name: "表二 changes: a row renamed to its old name, the amount not in 万元",
      text: table2Changed,
      findings: [
        at(table2Changed, `表二缺少“本年收费金额（单位：万元）”列${SUFFIX}`, "第二十条第（一）项"),
        at(table2Changed, `表二“行政规范性文件”行的名称写作“规范性文件”，与格式不符${SUFFIX}`, "规范性文件"),
      ],
    },
    {
      name: "a 表四 column header gone from one group",
      text: table4HeaderGone,
      findings: [at(table4HeaderGone, `表四缺少“尚未审结”列（应有3处，实际2处）${SUFFIX}`, "行政复议\t")],
    },
  ],
});

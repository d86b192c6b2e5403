/**
 * The lines of a saved web page around the report: “来源：××办公室　时间：2024-03-08”, “发布时间：……”,
 * “字号：大 中 小”, “【打印】【关闭】”, “当前位置：首页 > ……”. They are the page's, not the report's: the
 * title is not looked for in them, and no typography or structure rule reads them.
 */
import type { Block } from "../model/document";
import { compact } from "../text/normalize";
import { matchSectionHeading } from "../text/section-heading";

const FIELDS =
  "来源|信息来源|文章来源|发布机构|发布时间|发布日期|更新时间|字号|字体|作者|浏览次数|阅读次数|点击数|点击量|访问量|浏览量|当前位置|您的位置|您现在的位置|所在位置";
/** A line that opens with a field of the page: “来源：”, “发布时间：”, or a bare “时间：” with the page's date (2024-03-08). */
const FIELD_LINE = new RegExp(`^[【\\[]?(?:(?:${FIELDS})[】\\]]?[：:]|(?:时间|日期)[：:]\\d{4}[-/.]\\d)`);
/** “首页 > 政务公开 > 年度报告”. */
const BREADCRUMB = /^首页[>＞»›/／]/;
/** The page's tools: a line made only of these is no text of the report, wherever it is. */
const TOOLS = /[【\[]?(?:打印本页|打印|关闭窗口|关闭|分享到|分享|收藏|返回顶部|字号|大|中|小|默认|扫一扫)[】\]]?|[|｜/／·：:]/g;
const TOOL_WORD = /打印|关闭|分享|收藏|返回顶部|字号/;
const MAX_PAGE_LINE = 120;

function isToolLine(line: string): boolean {
  return TOOL_WORD.test(line) && line.replace(TOOLS, "") === "";
}

function isHeadLine(line: string): boolean {
  return line.length <= MAX_PAGE_LINE && !line.includes("。") && (FIELD_LINE.test(line) || BREADCRUMB.test(line));
}

/**
 * Indexes of the page's own lines: field lines and breadcrumbs before the first section heading, and
 * lines of page tools anywhere.
 */
export function findPageLines(blocks: Block[]): number[] {
  const found: number[] = [];
  let inHead = true;
  blocks.forEach((block, index) => {
    if (block.type !== "paragraph") return;
    const line = compact(block.text);
    if (inHead && matchSectionHeading(block.text)) inHead = false;
    if (isToolLine(line) || (inHead && isHeadLine(line))) found.push(index);
  });
  return found;
}

/** Chinese messages for file-level errors: what happened, and what the user can do. */
import type { ErrorCode, FileError } from "./report";

const MESSAGES: Record<ErrorCode, string> = {
  "empty-file": "文件是空的（0 字节），没有可检查的内容。请确认选择了正确的文件。",
  "too-large": "文件过大，超出了本工具的处理上限。请拆分文件或导出为较小的 PDF 后再检查。",
  "unsupported-format":
    "无法识别的文件格式。本工具可检查 PDF、Word（.docx、.doc）、WPS（.wps）、纯文本（.txt）和网页（.html）格式的年度报告，请另存为其中一种格式后再检查。",
  "legacy-word":
    "这是本工具读不了的旧版文档（如 Word 6.0/95、Microsoft Works 或早期 WPS 文件）。请在 Word 或 WPS 中打开，“另存为 .docx”或“导出为 PDF”后再检查。",
  "encrypted-doc": "该 Word 文件设有打开密码（已加密），无法读取。请在 Word 或 WPS 中输入密码打开，取消密码后另存为 .docx 或导出为 PDF 再检查。",
  "damaged-doc": "该 Word 97–2003（.doc）或 WPS 文件已损坏或不完整，无法读取。请重新下载，或在 Word、WPS 中打开并另存为 .docx 后再检查。",
  ofd: "这是 OFD 版式文件，本工具暂不能读取。请用 OFD 阅读器“另存为 PDF”，或提供 Word（.docx）原稿后再检查。",
  "damaged-file": "文件已损坏，无法打开。请重新导出或重新下载后再检查。",
  "encrypted-pdf": "该 PDF 已加密，需要密码才能打开，无法读取。请导出一份未加密的 PDF 后再检查。",
  "scanned-pdf": "该 PDF 是扫描图片，没有可提取的文字层，无法检查。请提供由 Word/WPS 直接导出的 PDF 或 .docx 原稿。",
  "garbled-text": "该 PDF 的字体缺少文字编码映射，提取出的文字是乱码，无法检查。请在导出 PDF 时选择嵌入字体，或提供 .docx 原稿。",
  "not-a-report": "文件可以读取，但看起来不是政府信息公开工作年度报告（未找到年报的标题、章节或统计表）。",
  "too-complex": "文件超出了本工具的处理上限，无法检查。",
  "internal-error": "检查这份文件时本工具自身出错，未能完成检查。这是本工具的问题，不是文件的问题；请把文件和这条说明发给本工具的维护人员。",
};

export const ERROR_CODES = Object.keys(MESSAGES) as ErrorCode[];

export function fileError(code: ErrorCode, detail?: string): FileError {
  return { code, message: detail ? `${MESSAGES[code]}（${detail}）` : MESSAGES[code] };
}

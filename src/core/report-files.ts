/** Which files in a folder are reports to check, and their order: the same for the command line and the page. */
const REPORT_EXTENSIONS = [".pdf", ".docx", ".doc", ".wps", ".txt", ".html", ".htm"];

export function isReportFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return REPORT_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/** By code unit, so the order does not depend on the locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

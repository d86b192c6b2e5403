/** What a report says about its cross-year comparison: which earlier reports, and whether it found anything. */
import type { Finding } from "../../core/model/report";
import type { ComparedReport } from "../../storage";

function reportName({ year, file }: ComparedReport): string {
  return `${year ?? "未识别"}年度报告（${file}）`;
}

/** `crossYear`: the ids of the cross-year rules (loaded with the rule catalogue); null until known. */
export function comparedText(comparedWith: ComparedReport[] | null, findings: Finding[], crossYear: string[] | null): string {
  if (!comparedWith?.length) return "历史记录中没有该机关更早年度的报告，未做跨年度对照。";
  const earlier = [...comparedWith].sort((a, b) => (b.year ?? 0) - (a.year ?? 0)).map(reportName).join("、");
  const said = `已与历史记录中的${earlier}对照检查`;
  if (crossYear === null) return `${said}。`;
  const found = findings.filter((finding) => crossYear.includes(finding.rule)).length;
  return found === 0 ? `${said}，跨年度对照未发现问题。` : `${said}，发现跨年度问题 ${found} 个。`;
}

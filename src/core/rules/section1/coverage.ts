import { compact } from "../../text/normalize";
import type { Rule } from "../rule";
import { sectionParagraphs } from "../lib/text";
import { FORMAT_2021 } from "../lib/basis";

/** The five aspects of 总体情况 (格式 一、) and the words that show each was written about. */
const ASPECTS: { name: string; words: RegExp }[] = [
  { name: "主动公开", words: /主动公开/ },
  { name: "依申请公开", words: /申请/ },
  { name: "政府信息管理", words: /信息管理|保密审查/ },
  { name: "政府信息公开平台建设", words: /平台|网站|新媒体/ },
  { name: "监督保障", words: /监督|考核|培训|保障/ },
];

export const section1Coverage: Rule = {
  id: "section1/coverage",
  severity: "warning",
  title: "总体情况未覆盖五个方面",
  description:
    "第一部分“总体情况”应写到主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五个方面。按关键词判断：主动公开｜申请｜信息管理、保密审查｜平台、网站、新媒体｜监督、考核、培训、保障；某一方面一个关键词也没有时提示（一条提示列出所有缺少的方面），需人工确认。",
  basis: `${FORMAT_2021}“一、总体情况”（主动公开、依申请公开、政府信息管理、平台建设、监督保障）`,
  example: {
    wrong: "总体情况只写了组织领导、主动公开、信息管理、平台建设和培训，没有依申请公开的内容。",
    right: "（二）依申请公开。本年度共收到政府信息公开申请33件……",
  },
  check({ parsed }) {
    const section = parsed.sections.find((s) => s.number === 1);
    if (!section) return [];
    const text = compact(sectionParagraphs(parsed, 1).map((p) => p.block.text).join(""));
    const missing = ASPECTS.filter((aspect) => !aspect.words.test(text)).map((aspect) => `“${aspect.name}”`);
    if (missing.length === 0) return [];
    return [{ message: `第一部分“总体情况”未见${missing.join("")}方面的内容。`, location: section.location }];
  },
};

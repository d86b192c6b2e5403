import { T3_ROWS } from "../../model/template";
import type { Table3 } from "../../model/report";
import type { ParsedReport } from "../../parse/parsed";
import type { FindingDraft, Rule } from "../rule";
import { APPLICATION_WORDS } from "../lib/applications";
import { FORMAT_2021, figureFinding, rangeNote } from "../lib/basis";
import { agrees } from "../lib/figures";
import { bodyMentions, contradictions, isYearCount, mentionLocation, quoteMention, sentenceLocation, type Mention } from "../lib/prose";
import { t3Count } from "../lib/cells";

/** The 表三 rows under a heading of 三、本年度办理结果: （三）不予公开 → its eight rows. */
function rowsUnder(parent: string): string[] {
  return T3_ROWS.filter((row) => row.parent === parent).map((row) => row.key);
}

interface Outcome {
  /** The words of the text that name it, tried in order (不予公开 before 予以公开). */
  words: RegExp;
  /** How the message names the table's rows. */
  table: string;
  /** Sets of rows whose 总计 sum the figure may mean; the first is the one quoted. */
  readings: string[][];
  /** The rows a share (“占33.9%”) of this outcome accounts for. */
  covers: string[];
}

const BOTH = ["disclosed", "partly_disclosed"];
const WITHHELD = rowsUnder("（三）不予公开");
const UNAVAILABLE = rowsUnder("（四）无法提供");
const REJECTED = rowsUnder("（五）不予处理");
const OTHER = rowsUnder("（六）其他处理");

const OUTCOMES: Outcome[] = [
  { words: /公开(?:和|及|与|、|以及)部分公开/, table: "“（一）予以公开”与“（二）部分公开”的总计之和", readings: [BOTH], covers: BOTH },
  { words: /不予公开/, table: "“（三）不予公开”各行的总计之和", readings: [WITHHELD], covers: WITHHELD },
  { words: /部分公开/, table: "“（二）部分公开”的总计", readings: [["partly_disclosed"]], covers: ["partly_disclosed"] },
  // “予以公开N件” may count the partly disclosed too: either reading is accepted.
  { words: /予以公开|同意公开|全部公开/, table: "“（一）予以公开”的总计", readings: [["disclosed"], BOTH], covers: ["disclosed"] },
  { words: /无法提供/, table: "“（四）无法提供”各行的总计之和", readings: [UNAVAILABLE], covers: UNAVAILABLE },
  { words: /不予处理/, table: "“（五）不予处理”各行的总计之和", readings: [REJECTED], covers: REJECTED },
  { words: /其他处理/, table: "“（六）其他处理”的总计", readings: [OTHER, ["other_total"]], covers: [...OTHER, "other_total"] },
];

/** Figures about something else: 主动公开, appeals. */
const OTHER_MATTERS = /主动|复议|诉讼/;
/** The share written after an outcome's count: “258件，占33.9%”. */
const SHARE = /^[，,、]?(?:占(?:比)?(?:为)?|比例为|比重为)(\d+(?:\.\d+)?)[%％]/;
/** Percentages of the outcomes add up to 100 within this many points (rounding). */
const PERCENT_TOLERANCE = 1;

/** The 总计 column summed over rows; null when a row is absent or not a number. */
function totalOf(t3: Table3, rows: string[]): number | null {
  let sum = 0;
  for (const row of rows) {
    const value = t3[row]?.total;
    if (value == null) return null;
    sum += value;
  }
  return sum;
}

/** What the rows' sums are for an outcome: the readings the table can give. */
function tableValues(t3: Table3, outcome: Outcome): number[] {
  return outcome.readings.map((rows) => totalOf(t3, rows)).filter((value): value is number => value !== null);
}

function aboutApplications(mention: Mention): boolean {
  const { sentence } = mention;
  return /申请/.test(sentence.text) || APPLICATION_WORDS.test(sentence.paragraph.block.text) || APPLICATION_WORDS.test(sentence.heading);
}

function outcomeOf(mention: Mention): Outcome | undefined {
  if (OTHER_MATTERS.test(mention.own)) return undefined;
  return OUTCOMES.find((outcome) => outcome.words.test(mention.own));
}

interface Stated {
  mention: Mention;
  outcome: Outcome;
  share: number | null;
}

function statedOutcomes(parsed: ParsedReport): Stated[] {
  return bodyMentions(parsed).flatMap((mention) => {
    const outcome = outcomeOf(mention);
    if (!outcome || !isYearCount(mention, parsed.report.year) || !aboutApplications(mention)) return [];
    const share = SHARE.exec(mention.sentence.text.slice(mention.quantity.end));
    return [{ mention, outcome, share: share ? Number(share[1]) : null }];
  });
}

function countFindings(t3: Table3, stated: Stated[]): FindingDraft[] {
  return OUTCOMES.flatMap((outcome) => {
    const values = tableValues(t3, outcome);
    if (values.length === 0) return [];
    const mentions = stated.filter((s) => s.outcome === outcome).map((s) => s.mention);
    const fits = (mention: Mention) => values.some((value) => agrees(mention.quantity, value));
    return contradictions(mentions, fits).map((mention) =>
      figureFinding(mention.quantity, values[0], {
        message: `正文称“${quoteMention(mention)}”${rangeNote(mention.quantity)}，表三${outcome.table}为${values[0]}件。`,
        location: mentionLocation(mention),
      }),
    );
  });
}

/** Whether the shares account for every result row of 表三 that has cases: then they must make 100%. */
function coversAll(t3: Table3, shares: Stated[]): boolean {
  const named = new Set(shares.flatMap((s) => s.outcome.covers));
  return T3_ROWS.filter((row) => row.result && (t3[row.key]?.total ?? 0) > 0).every((row) => named.has(row.key));
}

/** Per paragraph: the shares given for two or more outcomes should add up to about 100%. */
function shareFindings(t3: Table3, stated: Stated[]): FindingDraft[] {
  const paragraphs = [...new Set(stated.map((s) => s.mention.sentence.paragraph.index))];
  return paragraphs.flatMap((index) => {
    const shares = stated.filter((s) => s.share !== null && s.mention.sentence.paragraph.index === index);
    if (shares.length < 2) return [];
    const sum = Math.round(shares.reduce((total, s) => total + s.share!, 0) * 10) / 10;
    const tooMuch = sum > 100 + PERCENT_TOLERANCE;
    const tooLittle = sum < 100 - PERCENT_TOLERANCE && coversAll(t3, shares) && !t3Count(t3, "carried_forward");
    if (!tooMuch && !tooLittle) return [];
    const listed = shares.map((s) => `${s.share}%`).join("+");
    return [
      {
        message: `正文所列各办理结果所占比例${listed}合计${sum}%，应约为100%。`,
        expected: 100,
        actual: sum,
        location: sentenceLocation(shares[0].mention.sentence),
      },
    ];
  });
}

export const t3Outcomes: Rule = {
  id: "text/t3-outcomes",
  severity: "warning",
  title: "正文办理结果数与表三不一致",
  description:
    "正文按办理结果给出政府信息公开申请件数时（“予以公开及部分公开258件”“不予公开35件”“因本机关不掌握等原因无法提供265件”“不予处理”“其他处理”），与表三“总计”列对应的行或行组之和比较；“予以公开N件”等于“（一）予以公开”或“（一）（二）之和”均可。" +
    "同一段中另有一个数与表格相符时，其余的数视为分项，不比较；主动公开、复议诉讼、括号内、其他年份和与上年比较的数字不比较。" +
    "给出各结果所占百分比时，其和应约为100%（相差超过1个百分点才提示；少于100%只在所列结果覆盖表三中有数的全部结果、且无结转下年度时提示）。",
  basis: `${FORMAT_2021}（正文与表格同一口径）`,
  example: {
    wrong: "正文称“予以公开及部分公开258件”，表三（一）（二）总计之和为275件。",
    right: "予以公开及部分公开275件。",
  },
  check({ parsed }) {
    const t3 = parsed.report.tables.t3;
    if (!t3) return [];
    const stated = statedOutcomes(parsed);
    return [...countFindings(t3, stated), ...shareFindings(t3, stated)];
  },
};

/**
 * Whether two agency names mean the same agency. Reports name themselves in many ways: with or without
 * the province and city (北京市东城区… / 东城区…), in common abbreviations (政府办, 区政府), or with words
 * left out (市机关事务局 for 北京市机关事务管理局). A name splits into its places (北京市, 东城区) and the
 * organ's own name; places must agree from the lowest level up, organ names by abbreviation or by an
 * ordered subsequence. The score says how sure; between the two thresholds the user is asked.
 */
import { compact } from "./text/normalize";

/** At or above: the same agency. */
export const SAME_AGENCY_SCORE = 0.9;
/** At or above (and below SAME_AGENCY_SCORE): probably the same agency; ask the user to confirm. */
export const ASK_USER_SCORE = 0.6;

export type AgencyVerdict = "same" | "ask" | "different";

export interface AgencyMatch {
  score: number;
  verdict: AgencyVerdict;
  /** Why, in Chinese, for the user who confirms a match. */
  reasons: string[];
}

export interface AgencyName {
  /** Places from the highest level down: ["北京市", "东城区"]; a bare "市" or "区" stands for an unnamed one. */
  places: string[];
  /** The organ's own name with abbreviations written out: "人民政府办公室". */
  organ: string;
}

/** A place: a name of two to five characters and its level (北京市, 东城区, 亦庄镇, 朝阳门街道). */
const PLACE = /^[\u4e00-\u9fff]{2,5}?(?:省|自治区|市|自治州|地区|盟|区|县|旗|镇|乡|街道)/;
/** What belongs to organ names, never to place names (住房和城乡建设…, 住房城乡建设…). */
const NOT_IN_PLACE = /[和与及局委办会厅部所院室处]|城乡/;
/** "市机关事务局", "区政府办": the level alone, for the agency's own city or district. */
const BARE_PLACE = /^[市区县](?![场域])/;

/** Abbreviations written out, in order: 政府 → 人民政府, a final 办 → 办公室, a final 委 → 委员会. */
const ABBREVIATIONS: { pattern: RegExp; full: string; reason: string }[] = [
  { pattern: /(?<!人民)政府/g, full: "人民政府", reason: "“政府”为“人民政府”的简称" },
  { pattern: /办$/, full: "办公室", reason: "“办”为“办公室”的简称" },
  { pattern: /委$/, full: "委员会", reason: "“委”为“委员会”的简称" },
];

function withoutPunctuation(name: string): string {
  return compact(name).replace(/[（）()【】〔〕\[\]“”"'‘’《》、，,。.·・\-—]/g, "");
}

function leadingPlace(rest: string, first: boolean): string | null {
  const match = PLACE.exec(rest);
  if (match && !NOT_IN_PLACE.test(match[0])) return match[0];
  return first && BARE_PLACE.test(rest) ? rest[0] : null;
}

/** An organ written as its place alone (亦庄镇, 朝阳门街道) is that place's government. */
function organOfPlace(places: string[]): string {
  return places.at(-1)?.endsWith("街道") ? "办事处" : "人民政府";
}

/** The name split into places and the organ's name, abbreviations written out; `expanded` says which. */
function analyse(name: string): AgencyName & { expanded: string[] } {
  let rest = withoutPunctuation(name);
  const places: string[] = [];
  for (let place = leadingPlace(rest, true); place; place = leadingPlace(rest, false)) {
    places.push(place);
    rest = rest.slice(place.length);
  }
  const expanded = rest ? [] : [`“${places.at(-1)}”指其${organOfPlace(places)}`];
  let organ = rest || organOfPlace(places);
  for (const { pattern, full, reason } of ABBREVIATIONS) {
    const written = organ.replace(pattern, full);
    if (written !== organ) expanded.push(reason);
    organ = written;
  }
  return { places, organ, expanded };
}

/** The name as places and organ, abbreviations written out. */
export function agencyName(name: string): AgencyName {
  const { places, organ } = analyse(name);
  return { places, organ };
}

/** A key that names written alike share: lowest place and organ ("东城区人民政府办公室", "市机关事务局"). */
export function agencyKey(name: string): string {
  const { places, organ } = agencyName(name);
  return (places.at(-1) ?? "") + organ;
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const char of long) if (char === short[at]) at++;
  return at === short.length;
}

interface Part {
  score: number;
  reasons: string[];
}

/**
 * Places compared from the lowest level up. Where both name a place they must agree; a bare level (市)
 * agrees with any place of that level but makes the match less sure; one name may leave out the higher
 * places (北京市); a name without any place at all is less sure.
 */
function comparePlaces(a: string[], b: string[]): Part {
  if (a.length === 0 || b.length === 0) {
    return a.length === b.length ? { score: 0, reasons: [] } : { score: -0.15, reasons: ["其中一个名称未写地名"] };
  }
  const reasons: string[] = [];
  let score = 0;
  for (let i = 1; i <= Math.min(a.length, b.length); i++) {
    const [x, y] = [a[a.length - i], b[b.length - i]];
    if (x === y) continue;
    const bare = x.length === 1 ? x : y.length === 1 ? y : null;
    if (bare === null || !(x.endsWith(bare) && y.endsWith(bare))) return { score: -1, reasons: [`地名不同：“${x}”与“${y}”`] };
    score -= 0.15;
    reasons.push(`“${bare}”未写出地名，与“${bare === x ? y : x}”相符`);
  }
  const longer = a.length > b.length ? a : b;
  const dropped = longer.slice(0, longer.length - Math.min(a.length, b.length));
  if (dropped.length) reasons.push(`省市前缀“${dropped.join("")}”省略`);
  return { score, reasons };
}

/**
 * Organs: equal, or the shorter's characters in order within the longer with the same last character
 * (机关事务局 in 机关事务管理局, 政数局 in 政务服务和大数据管理局). A different last character is another
 * organ (人民政府 and its 人民政府办公室).
 */
function compareOrgans(a: string, b: string): Part {
  if (a === b) return { score: 1, reasons: [] };
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.at(-1) === long.at(-1) && isSubsequence(short, long)) {
    return { score: 0.7 + (0.2 * short.length) / long.length, reasons: [`“${short}”的字按顺序出现在“${long}”中，疑为简称`] };
  }
  return { score: 0, reasons: [`机构名称不同：“${a}”与“${b}”`] };
}

function verdictOf(score: number): AgencyVerdict {
  return score >= SAME_AGENCY_SCORE ? "same" : score >= ASK_USER_SCORE ? "ask" : "different";
}

/** How likely two agency names mean the same agency, with the reasons. */
export function matchAgencies(first: string, second: string): AgencyMatch {
  const [plainFirst, plainSecond] = [withoutPunctuation(first), withoutPunctuation(second)];
  if (!plainFirst || !plainSecond) return { score: 0, verdict: "different", reasons: ["机关名称未识别"] };
  if (plainFirst === plainSecond) return { score: 1, verdict: "same", reasons: ["名称相同"] };
  const [a, b] = [analyse(first), analyse(second)];
  const places = comparePlaces(a.places, b.places);
  const organs = compareOrgans(a.organ, b.organ);
  const score = places.score <= -1 ? 0 : Math.max(0, organs.score + places.score);
  const expanded = [...new Set([...a.expanded, ...b.expanded])];
  const reasons = [...places.reasons, ...organs.reasons, ...(score > 0 ? expanded : [])];
  return { score: Math.round(score * 100) / 100, verdict: verdictOf(score), reasons };
}

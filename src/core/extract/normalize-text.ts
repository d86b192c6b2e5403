/**
 * Text as every extractor hands it to the parser: characters that look like ideographs but are not the
 * unified ideographs users type and search are replaced by them. Chromium's "save as PDF" and some
 * fonts give pdf.js Kangxi radicals (⼀ U+2F00, ⼤ U+2F24), CJK radical-supplement characters (⺠ U+2EA0)
 * and compatibility ideographs for common characters ("⼆、主动公开", "⼈⺠政府").
 *
 * - Kangxi radicals (U+2F00–U+2FD5) and compatibility ideographs (U+F900–U+FAFF, U+2F800–U+2FA1F): their
 *   NFKC form, which is the unified ideograph.
 * - CJK radicals supplement (U+2E80–U+2EF3): NFKC leaves them (but ⺟ and ⻳), so an explicit table from
 *   Unicode's EquivalentUnifiedIdeograph.txt (15.0) maps every one of them that has an equivalent.
 *
 * Nothing else changes: full-width digits, letters and spaces stay as written (the typography rules
 * report them). A few targets lie outside the BMP, so a string may grow by a code unit there; extractors
 * normalise before they compute offsets.
 */
import type { Block } from "../model/document";

/** Supplement radical, then its unified ideograph, for each character of U+2E80–U+2EF3 that has one. */
const RADICAL_SUPPLEMENT_PAIRS =
  "⺁厂⺂乛⺃乚⺄乙⺅亻⺆冂⺇𠘨⺈刀⺉刂⺊卜⺋㔾⺌小⺍小⺎兀⺏尣⺐尢⺑𡯂⺒巳⺓幺⺔彑⺕𫜹⺖忄⺗心⺘扌" +
  "⺙攵⺛旡⺜日⺝月⺞歺⺟母⺠民⺡氵⺢氺⺣灬⺤爫⺥爫⺦丬⺧牛⺨犭⺩王⺪𤴔⺫目⺬示⺭礻⺮𥫗⺯糹⺰纟⺱罓" +
  "⺲罒⺳㓁⺴冗⺵𦉫⺶羊⺷𦍌⺸𦍋⺹耂⺺肀⺻聿⺼肉⺽𦥑⺾艹⺿艹⻀艹⻁虎⻂衤⻃覀⻄西⻅见⻆角⻇𧢲⻈讠⻉贝" +
  "⻊𧾷⻋车⻌辶⻍辶⻎辶⻏邑⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻗雨⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐" +
  "⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻫斉⻬齐⻭歯⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";

const RADICAL_SUPPLEMENT = new Map<string, string>();
{
  const characters = [...RADICAL_SUPPLEMENT_PAIRS];
  for (let i = 0; i < characters.length; i += 2) RADICAL_SUPPLEMENT.set(characters[i], characters[i + 1]);
}

const LOOKALIKE = /[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu;

function unified(character: string): string {
  // The supplement's characters without an equivalent (U+2E80, unassigned U+2E9A) are left as NFKC leaves them.
  return RADICAL_SUPPLEMENT.get(character) ?? character.normalize("NFKC");
}

/** A code unit of LOOKALIKE's characters (U+D87E opens every one beyond the BMP), searched without the Unicode flag, which is slower. */
const LOOKALIKE_UNIT = /[\u2E80-\u2EF3\u2F00-\u2FD5\uF900-\uFAFF\uD87E]/;

export function normalizeText(text: string): string {
  return LOOKALIKE_UNIT.test(text) ? text.replace(LOOKALIKE, unified) : text;
}

/** Every paragraph's and cell's text normalised; locations stay. */
export function normalizeBlocks(blocks: Block[]): Block[] {
  return blocks.map((block) =>
    block.type === "paragraph"
      ? { ...block, text: normalizeText(block.text) }
      : { ...block, rows: block.rows.map((row) => row.map((cell) => ({ ...cell, text: normalizeText(cell.text) }))) },
  );
}

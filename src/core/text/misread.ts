/**
 * Labels in text read by character recognition, where a character or two may be misread ("行政改处罚" for
 * 行政处罚, "行政拆讼" for 行政诉讼): a template's words count as present when a few edits (a character
 * changed, added or dropped) would make them so. Text from a text layer is compared exactly.
 */

/**
 * The fewest edits that turn `word` into `text`, or with `anywhere` into some part of `text` (approximate
 * search, Sellers' algorithm: a match may start and end at any character).
 */
function edits(word: string, text: string, anywhere: boolean): number {
  const letters = [...word];
  let previous = Array.from({ length: letters.length + 1 }, (_, i) => i);
  let best = anywhere ? previous[letters.length] : Infinity;
  let column = 0;
  for (const character of text) {
    column++;
    const current = [anywhere ? 0 : column];
    for (let i = 1; i <= letters.length; i++) {
      current[i] = Math.min(previous[i] + 1, current[i - 1] + 1, previous[i - 1] + (letters[i - 1] === character ? 0 : 1));
    }
    if (anywhere) best = Math.min(best, current[letters.length]);
    previous = current;
  }
  return anywhere ? best : previous[letters.length];
}

/** Misread characters forgiven in a word: none in two characters, one up to seven, two from eight. */
function misreadAllowance(word: string): number {
  const length = [...word].length;
  return length <= 2 ? 0 : length < 8 ? 1 : 2;
}

/** Stray characters the recogniser may put inside a word ("行政改诉诉讼" for 行政诉讼). */
const STRAYS = 2;

/** `word`'s characters in order inside `text`, with at most STRAYS others among them. */
function withStrays(word: string, text: string): boolean {
  const [letters, characters] = [[...word], [...text]];
  return characters.some((first, start) => {
    if (first !== letters[0]) return false;
    let matched = 1;
    for (let at = start + 1; at < characters.length && at - start - matched < STRAYS + 1 && matched < letters.length; at++) {
      if (characters[at] === letters[matched]) matched++;
    }
    return matched === letters.length;
  });
}

/** Whether `text` holds `word` but for misread characters (words of two characters must be exact). */
export function nearlyHolds(text: string, word: string): boolean {
  if (misreadAllowance(word) === 0) return text.includes(word);
  return edits(word, text, true) <= misreadAllowance(word) || withStrays(word, text);
}

/** Whether `text` holds `word`: exactly, or in recognised text but for misread characters. */
export function holdsWord(text: string, word: string, recognised: boolean): boolean {
  return text.includes(word) || (recognised && nearlyHolds(text, word));
}

/** Whether `text` is `word` but for misread characters (in recognised text) or exactly. */
export function sameWords(text: string, word: string, recognised: boolean): boolean {
  return text === word || (recognised && edits(word, text, false) <= misreadAllowance(word));
}

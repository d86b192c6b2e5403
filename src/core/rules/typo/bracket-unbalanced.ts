import type { Location } from "../../model/location";
import type { FindingDraft, Rule } from "../rule";
import { GB_15834 } from "../lib/basis";
import { bracketsOf, scanBrackets } from "../lib/brackets";
import { paragraphPieces, quoteAround, type TextPiece } from "../lib/pieces";

interface Scan {
  pairs: number;
  /** Positions of the marks without a partner. */
  unmatched: number[];
}

interface MarkKind {
  name: string;
  openers: string;
  closers: string;
  scan(run: Run): Scan;
}

/** Quotation marks and title marks: each closer takes the nearest opener still waiting. */
function pairedScan(open: string, close: string) {
  const mark = new RegExp(`[${open}${close}]`, "g");
  return ({ text }: Run): Scan => {
    if (!text.includes(open) && !text.includes(close)) return { pairs: 0, unmatched: [] };
    const waiting: number[] = [];
    const unmatched: number[] = [];
    let pairs = 0;
    for (const { index: i } of text.matchAll(mark)) {
      if (text[i] === open) waiting.push(i);
      else if (waiting.pop() === undefined) unmatched.push(i);
      else pairs++;
    }
    return { pairs, unmatched: [...unmatched, ...waiting].sort((a, b) => a - b) };
  };
}

const KINDS: MarkKind[] = [
  {
    name: "括号",
    openers: "(（",
    closers: ")）",
    scan({ text, parts }) {
      // A paragraph alone is scanned once per check for every bracket rule (bracketsOf).
      const { pairs, unmatched } = parts.length === 1 ? bracketsOf(parts[0].piece) : scanBrackets(text);
      return { pairs: pairs.length, unmatched };
    },
  },
  { name: "引号", openers: "“", closers: "”", scan: pairedScan("“", "”") },
  { name: "书名号", openers: "《", closers: "》", scan: pairedScan("《", "》") },
];

interface Run {
  text: string;
  parts: { piece: TextPiece; offset: number }[];
}

const SENTENCE_END = /[。！？!?；;：:…][”’」』）)]*\s*$/;

/**
 * Paragraphs as the author wrote them: a paragraph that stops mid-sentence goes on in the next one (a
 * PDF line that starts with "（四）审" is taken for a new paragraph), so marks are paired across them.
 */
function paragraphRuns(pieces: TextPiece[]): Run[] {
  const runs: Run[] = [];
  pieces.forEach((piece, i) => {
    const previous = pieces[i - 1];
    const run = runs[runs.length - 1];
    if (run && previous.blockIndex === piece.blockIndex - 1 && !SENTENCE_END.test(previous.text)) {
      run.text += "\n";
      run.parts.push({ piece, offset: run.text.length });
      run.text += piece.text;
    } else runs.push({ text: piece.text, parts: [{ piece, offset: 0 }] });
  });
  return runs;
}

function locateInRun(run: Run, index: number): Location {
  const part = run.parts.filter((candidate) => candidate.offset <= index).pop()!;
  return part.piece.locate(index - part.offset, index - part.offset + 1);
}

/** The marks of a kind: those paired, and those of `marks` left without a partner. */
function markCount(text: string, { pairs, unmatched }: Scan, marks: string): number {
  let count = pairs;
  for (const i of unmatched) if (marks.includes(text[i])) count++;
  return count;
}

function unbalanced(run: Run, kind: MarkKind): FindingDraft | null {
  const { text } = run;
  const scan = kind.scan(run);
  const { unmatched } = scan;
  if (!unmatched.length) return null;
  const [opens, closes] = [markCount(text, scan, kind.openers), markCount(text, scan, kind.closers)];
  if (opens === closes) return null;
  const surplus = opens > closes ? kind.openers : kind.closers;
  const first = unmatched.find((i) => surplus.includes(text[i]))!;
  const missing = opens > closes ? `右${kind.name}` : `左${kind.name}`;
  return {
    message: `本段左${kind.name}${opens}个、右${kind.name}${closes}个，${kind.name}不配对：“${quoteAround(text, first, first + 1, 8)}”处的“${text[first]}”缺少对应的${missing}。`,
    expected: opens,
    actual: closes,
    location: locateInRun(run, first),
  };
}

export const bracketUnbalanced: Rule = {
  id: "typo/bracket-unbalanced",
  severity: "warning",
  title: "括号、引号不配对",
  description:
    "正文段落内（表格除外）左右括号个数不等（全角、半角合并计数），或左右引号“”、书名号《》个数不等。列举序号“1）”“2)”的右括号不计。",
  basis: GB_15834,
  example: {
    wrong: "依据《政府信息公开条例》（以下简称《条例》编制本报告。",
    right: "依据《政府信息公开条例》（以下简称《条例》）编制本报告。",
  },
  check({ parsed }) {
    return paragraphRuns(paragraphPieces(parsed)).flatMap((run) =>
      KINDS.map((kind) => unbalanced(run, kind)).filter((finding) => finding !== null),
    );
  },
};

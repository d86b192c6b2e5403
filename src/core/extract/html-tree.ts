/**
 * A tolerant HTML reader for saved web pages, without a DOM (it runs in a worker): a tokenizer and a tree
 * builder that follow the HTML rules that matter for real pages (void elements, raw-text elements,
 * implied end tags for p/li/td/tr, stray end tags ignored). Every text character keeps its offset in the
 * source, so blocks can point at their line and column. Elements nested deeper than MAX_NESTING make the
 * page too complex (ExtractError), so that every walk over the tree stays within the stack.
 */
import { DecodingMode, HtmlEntityDecoder } from "entities/decode";
import { ExtractError } from "./extract-error";
import { MAX_NESTING, nestingProblem } from "./limits";

export interface HtmlText {
  type: "text";
  text: string;
  /** Source offset where each character of `text` starts; one more entry for the end of the last one. */
  offsets: number[];
}

export interface HtmlElement {
  type: "element";
  name: string;
  attributes: Record<string, string>;
  children: HtmlNode[];
  /** Offsets of the start tag's "<" and of the character after the element (its end tag, or where it was closed). */
  start: number;
  end: number;
}

export type HtmlNode = HtmlText | HtmlElement;

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen"]);
/** Elements whose content is not markup; none of it is report text. */
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "template"]);
const CLOSES_P = new Set([
  "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "dd", "dt", "fieldset", "figcaption",
  "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol", "p",
  "pre", "section", "summary", "table", "ul",
]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const ROW_GROUPS = new Set(["tbody", "thead", "tfoot"]);
const TABLE = new Set(["table"]);
const TABLE_PARTS = new Set(["td", "th", "tr", "caption", ...ROW_GROUPS]);
/** Elements an implied or stray end tag does not reach across. */
const SCOPE = new Set(["html", "table", "td", "th", "caption", "button", "object", "marquee", "applet"]);

/** The HTML standard's character-reference rules: every named entity, and numeric references mapped as browsers do (&#150; is "–"). */
let decoded = "";
const references = new HtmlEntityDecoder((codePoint) => (decoded += String.fromCodePoint(codePoint)));

/** The reference starting at `source[at]` ("&"), read no further than `end`: its text and length, or null when it is none. */
function reference(source: string, at: number, end: number): { text: string; length: number } | null {
  decoded = "";
  references.startEntity(DecodingMode.Legacy);
  const piece = source.slice(at + 1, Math.min(end, at + 64));
  let length = references.write(piece, 0);
  if (length < 0) length = references.end();
  return length > 0 && decoded ? { text: decoded, length } : null;
}

/** Decode character references in source[start, end). */
function decodeText(source: string, start: number, end: number): HtmlText {
  let text = "";
  const offsets: number[] = [];
  let i = start;
  while (i < end) {
    const found = source[i] === "&" ? reference(source, i, end) : null;
    if (found) {
      for (const unit of found.text.split("")) {
        text += unit;
        offsets.push(i);
      }
      i += found.length;
    } else {
      text += source[i];
      offsets.push(i++);
    }
  }
  offsets.push(end);
  return { type: "text", text, offsets };
}

class TreeBuilder {
  readonly root: HtmlElement = { type: "element", name: "#document", attributes: {}, children: [], start: 0, end: 0 };
  private readonly stack: HtmlElement[] = [this.root];

  private get current(): HtmlElement {
    return this.stack[this.stack.length - 1];
  }

  text(node: HtmlText): void {
    if (node.text) this.current.children.push(node);
  }

  /** Pop up to and including the nearest open element named in `names`, unless a scope boundary comes first. */
  private close(names: Set<string>, boundaries: Set<string>, at: number): void {
    for (let i = this.stack.length - 1; i > 0; i--) {
      const name = this.stack[i].name;
      if (names.has(name)) {
        while (this.stack.length > i) this.stack.pop()!.end = at;
        return;
      }
      if (boundaries.has(name)) return;
    }
  }

  start(name: string, attributes: Record<string, string>, start: number, end: number, selfClosing: boolean): void {
    if (CLOSES_P.has(name)) this.close(new Set(["p"]), SCOPE, start);
    if (name === "li") this.close(new Set(["li"]), new Set([...SCOPE, "ul", "ol"]), start);
    if (name === "dd" || name === "dt") this.close(new Set(["dd", "dt"]), new Set([...SCOPE, "dl"]), start);
    if (HEADINGS.has(name) && HEADINGS.has(this.current.name)) this.close(HEADINGS, SCOPE, start);
    if (name === "td" || name === "th") this.close(new Set(["td", "th"]), new Set(["tr", "table"]), start);
    if (ROW_GROUPS.has(name)) this.close(ROW_GROUPS, TABLE, start);
    if (name === "tr" || ROW_GROUPS.has(name)) this.close(new Set(["tr"]), new Set([...ROW_GROUPS, "table"]), start);
    const element: HtmlElement = { type: "element", name, attributes, children: [], start, end };
    this.current.children.push(element);
    if (VOID.has(name) || selfClosing || RAW_TEXT.has(name)) return;
    if (this.stack.length > MAX_NESTING) throw new ExtractError("too-complex", nestingProblem("网页"));
    this.stack.push(element);
  }

  end(name: string, at: number): void {
    const boundaries = name === "table" ? new Set(["html"]) : TABLE_PARTS.has(name) ? TABLE : SCOPE;
    this.close(new Set([name]), boundaries, at);
  }

  finish(at: number): HtmlElement {
    while (this.stack.length) this.stack.pop()!.end = at;
    return this.root;
  }
}

const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const ATTRIBUTE = /[\s/]*([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/y;

/** Parse a start tag at `at` ("<" + letter); returns its parts and the offset after its ">". */
function readStartTag(source: string, at: number): { name: string; attributes: Record<string, string>; end: number; selfClosing: boolean } {
  TAG_NAME.lastIndex = at + 1;
  const name = TAG_NAME.exec(source)![0].toLowerCase();
  const attributes: Record<string, string> = {};
  let i = TAG_NAME.lastIndex;
  while (i < source.length && source[i] !== ">") {
    ATTRIBUTE.lastIndex = i;
    const match = ATTRIBUTE.exec(source);
    if (!match || ATTRIBUTE.lastIndex === i) {
      i++;
      continue;
    }
    const key = match[1].toLowerCase();
    if (!(key in attributes)) attributes[key] = match[2] ?? match[3] ?? match[4] ?? "";
    i = ATTRIBUTE.lastIndex;
  }
  return { name, attributes, end: Math.min(i + 1, source.length), selfClosing: source[i - 1] === "/" };
}

function skipRawText(source: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[\\s/>]`, "ig");
  close.lastIndex = from;
  const match = close.exec(source);
  if (!match) return source.length;
  const end = source.indexOf(">", match.index);
  return end < 0 ? source.length : end + 1;
}

export function parseHtml(source: string): HtmlElement {
  const builder = new TreeBuilder();
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf("<", i);
    const textEnd = lt < 0 ? source.length : lt;
    if (textEnd > i) builder.text(decodeText(source, i, textEnd));
    if (lt < 0) break;
    const next = source[lt + 1] ?? "";
    if (source.startsWith("<!--", lt)) {
      const end = source.indexOf("-->", lt + 4);
      i = end < 0 ? source.length : end + 3;
    } else if (next === "!" || next === "?") {
      const end = source.indexOf(">", lt);
      i = end < 0 ? source.length : end + 1;
    } else if (next === "/" && /[a-zA-Z]/.test(source[lt + 2] ?? "")) {
      TAG_NAME.lastIndex = lt + 2;
      const name = TAG_NAME.exec(source)![0].toLowerCase();
      const end = source.indexOf(">", lt);
      i = end < 0 ? source.length : end + 1;
      builder.end(name, i);
    } else if (/[a-zA-Z]/.test(next)) {
      const tag = readStartTag(source, lt);
      builder.start(tag.name, tag.attributes, lt, tag.end, tag.selfClosing);
      i = RAW_TEXT.has(tag.name) && !tag.selfClosing ? skipRawText(source, tag.name, tag.end) : tag.end;
    } else {
      builder.text(decodeText(source, lt, lt + 1));
      i = lt + 1;
    }
  }
  return builder.finish(source.length);
}

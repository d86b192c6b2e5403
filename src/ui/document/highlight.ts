/** Drawing findings into a rendered document: marks on characters, the selected place, and the flash. */
import type { Attachment } from "svelte/attachments";
import { SEVERITY_LABELS, type Finding } from "../../core/model/report";
import { bySeverity, type CharacterRange, type IndexedFinding } from "./locate";

/** What a highlight says to a screen reader and in its tooltip. */
export function highlightLabel(finding: Finding): string {
  return `${SEVERITY_LABELS[finding.severity]}：${finding.message}`;
}

/** Marks an element as the place of its findings: the worst one's colour and index, every message. */
export function markPlace(element: HTMLElement, items: IndexedFinding[]): void {
  const [worst] = [...items].sort(bySeverity);
  element.classList.add("finding-place", `severity-${worst.finding.severity}`);
  element.dataset.findingIndex = String(worst.index);
  element.dataset.rule = worst.finding.rule;
  element.title = items.map(({ finding }) => finding.message).join("\n");
  element.tabIndex = 0;
}

/** An attachment marking its element as the place of `items`, if there are any. */
export function placeOf(items: IndexedFinding[]): Attachment<HTMLElement> {
  return (element) => {
    if (items.length > 0) markPlace(element, items);
  };
}

/** The text nodes under `root`, in order. */
function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

const SPACE = /\s/;

/** Offsets in `text` of its characters that are not white space. */
function visibleOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) if (!SPACE.test(text[i])) offsets.push(i);
  return offsets;
}

/**
 * The range as counts of visible characters: how many come before it and how many it holds. Readers
 * differ in white space, not in the other characters; a range of white space only (an extra space) takes
 * in the characters on either side, so it stays visible.
 */
function visibleRange(text: string, range: CharacterRange): { before: number; length: number } {
  const offsets = visibleOffsets(text);
  const before = offsets.filter((offset) => offset < range.start).length;
  const length = offsets.filter((offset) => offset >= range.start && offset < range.end).length;
  return length > 0 ? { before, length } : { before: Math.max(0, before - 1), length: before > 0 ? 2 : 1 };
}

/**
 * Wraps the characters `range` of `text` (the paragraph's extracted text) in <mark> elements inside
 * `element` (the same paragraph as rendered), one per text node the range crosses.
 */
export function markCharacters(element: HTMLElement, text: string, range: CharacterRange, item: IndexedFinding): HTMLElement[] {
  const { before, length } = visibleRange(text, range);
  const marks: HTMLElement[] = [];
  let seen = 0;
  for (const node of textNodes(element)) {
    const offsets = visibleOffsets(node.data);
    const first = Math.max(0, before - seen);
    const last = Math.min(offsets.length, before + length - seen);
    seen += offsets.length;
    if (first >= last) continue;
    const start = offsets[first];
    const end = offsets[last - 1] + 1;
    const tail = node.splitText(start);
    tail.splitText(end - start);
    const mark = element.ownerDocument.createElement("mark");
    tail.replaceWith(mark);
    mark.append(tail);
    markPlace(mark, [item]);
    marks.push(mark);
  }
  return marks;
}

/** The elements drawn for a finding inside `root`, once they are there (a PDF page draws them when loaded). */
export function whenDrawn(root: HTMLElement, index: number, timeout = 10_000): Promise<HTMLElement[]> {
  const selector = `[data-finding-index="${index}"]`;
  const find = () => [...root.querySelectorAll<HTMLElement>(selector)];
  return new Promise((resolve) => {
    if (find().length > 0) return resolve(find());
    const observer = new MutationObserver(() => {
      if (find().length === 0) return;
      stop();
      resolve(find());
    });
    const timer = setTimeout(() => {
      stop();
      resolve([]);
    }, timeout);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ["data-finding-index"] });
  });
}

/** How far to scroll along one axis to centre [start, end] in [viewStart, viewEnd]; 0 when it is in view. */
function centring(start: number, end: number, viewStart: number, viewEnd: number): number {
  const inView = start >= viewStart && end <= viewEnd;
  return inView ? 0 : (start + end) / 2 - (viewStart + viewEnd) / 2;
}

/**
 * Scrolls `frame` (the panel the document scrolls in) to centre `element`, unless it is in view. Only the
 * panel: scrolling every ancestor, as scrollIntoView does, would move the whole page whenever anything
 * overflows it.
 */
function scrollToCentre(frame: HTMLElement, element: HTMLElement, behavior: ScrollBehavior): void {
  if (frame.scrollHeight <= frame.clientHeight && frame.scrollWidth <= frame.clientWidth) {
    element.scrollIntoView({ block: "nearest", inline: "nearest", behavior });
    return;
  }
  const box = element.getBoundingClientRect();
  const view = frame.getBoundingClientRect();
  frame.scrollBy({ top: centring(box.top, box.bottom, view.top, view.bottom), left: centring(box.left, box.right, view.left, view.right), behavior });
}

/** Shows the selected finding's places in `frame`: marked as selected, the first scrolled to, all flashing once. */
export function showSelected(root: HTMLElement, frame: HTMLElement, places: HTMLElement[]): void {
  for (const old of root.querySelectorAll("[data-selected]")) old.removeAttribute("data-selected");
  for (const place of places) {
    place.setAttribute("data-selected", "");
    place.removeAttribute("data-flash");
    // Read layout so that setting the attribute again restarts the animation.
    void place.offsetWidth;
    place.setAttribute("data-flash", "");
    place.addEventListener("animationend", () => place.removeAttribute("data-flash"), { once: true });
  }
  const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
  if (places.length > 0) scrollToCentre(frame, places[0], smooth ? "smooth" : "auto");
}

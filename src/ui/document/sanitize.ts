/**
 * mammoth's HTML made safe to show: parsed into an inert document (DOMParser runs no script and loads
 * nothing) and copied, node by node, into fresh elements of the page, keeping only an allow-list of
 * elements and attributes. Nothing is ever assigned to innerHTML.
 */

/** Elements kept as they are (their allowed attributes only). */
const KEPT = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "td", "th",
  "ul", "ol", "li", "strong", "em", "b", "i", "u", "br", "span", "img", "a",
]);
/** Elements dropped with everything inside them. */
const DROPPED = new Set([
  "script", "style", "iframe", "frame", "frameset", "object", "embed", "svg", "math", "form", "template",
  "noscript", "link", "meta", "base", "title", "head", "input", "button", "select", "textarea", "audio", "video", "canvas",
]);
/** Raster images inlined by mammoth; an SVG image could carry links and is left out. */
const IMAGE_SOURCE = /^data:image\/(png|jpe?g|gif|bmp|webp|tiff?);base64,[a-z0-9+/=\s]*$/i;
const SPANS = /^[1-9]\d{0,2}$/;

function copyAttributes(from: Element, to: HTMLElement): void {
  const name = to.localName;
  if (name === "td" || name === "th") {
    for (const span of ["colspan", "rowspan"]) {
      const value = from.getAttribute(span)?.trim();
      if (value && SPANS.test(value)) to.setAttribute(span, value);
    }
  }
  if (name === "img") {
    const alt = from.getAttribute("alt");
    if (alt) to.setAttribute("alt", alt);
  }
}

function safeImage(from: Element): HTMLElement | null {
  const source = from.getAttribute("src") ?? "";
  if (!IMAGE_SOURCE.test(source)) return null;
  const image = document.createElement("img");
  image.setAttribute("src", source);
  return image;
}

/** A safe copy of `node` in the page's document: an element, text, a fragment of its children (element unwrapped), or nothing. */
function copyNode(node: Node): Node | null {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.nodeValue ?? "");
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  const name = element.localName;
  if (DROPPED.has(name)) return null;
  const copy = !KEPT.has(name) ? document.createDocumentFragment() : name === "img" ? safeImage(element) : document.createElement(name);
  if (!copy) return null;
  if (copy instanceof HTMLElement) copyAttributes(element, copy);
  for (const child of element.childNodes) {
    const safe = copyNode(child);
    if (safe) copy.appendChild(safe);
  }
  return copy;
}

/** `html` as a fragment of the page's document holding only allowed elements, text and attributes. */
export function sanitizeHtml(html: string): DocumentFragment {
  const inert = new DOMParser().parseFromString(html, "text/html");
  const fragment = document.createDocumentFragment();
  for (const child of inert.body.childNodes) {
    const safe = copyNode(child);
    if (safe) fragment.appendChild(safe);
  }
  return fragment;
}

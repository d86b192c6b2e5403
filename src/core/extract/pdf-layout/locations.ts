/** Boxes in a page's reading frame → locations in PDF user space (shared/spec/model.md, "Locations"). */
import type { Box, PageBox, PdfLocation } from "../../model/location";
import { roundBox, unionBox } from "./geometry";

/** Per page number, the map from its reading frame to PDF user space. */
export type PageFrames = Map<number, (box: Box) => Box>;

export function userBox(frames: PageFrames, page: number, box: Box): Box {
  return roundBox(frames.get(page)!(box));
}

/** One location for parts on one or more pages: the first part's page and box, and all parts in `boxes`. */
export function partsLocation(frames: PageFrames, parts: { page: number; box: Box }[]): PdfLocation {
  const pages = [...new Set(parts.map((part) => part.page))];
  if (pages.length === 1) return { kind: "pdf", page: pages[0], box: userBox(frames, pages[0], unionBox(parts.map((part) => part.box))) };
  const boxes: PageBox[] = pages.map((page) => ({
    page,
    box: userBox(frames, page, unionBox(parts.filter((part) => part.page === page).map((part) => part.box))),
  }));
  const [first] = boxes;
  return boxes.length > 1 ? { kind: "pdf", page: first.page, box: first.box, boxes } : { kind: "pdf", page: first.page, box: first.box };
}

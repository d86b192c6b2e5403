/**
 * What of a DOCX the page may hand to mammoth: mammoth unpacks every part without a limit, so a package
 * whose parts would unpack past these sizes is drawn from the blocks our own reader read instead, and
 * the parts of any other are unpacked here no further than the sizes the zip declares for them (a part
 * that lies about its size comes out cut short, and mammoth then fails on it instead of filling memory).
 */
import { unzipSync, zipSync } from "fflate";

const MB = 1024 * 1024;
/** Unpacked XML (document, styles, numbering, relationships...) past which the document is drawn from our blocks. */
export const MAX_DRAWN_XML_MB = 4;
/** Unpacked parts of every kind, images included (mammoth inlines them). */
export const MAX_DRAWN_PACKAGE_MB = 20;

/** Why the page draws this DOCX from its blocks rather than as written, or null when mammoth may draw it. */
export function tooLargeToDraw(bytes: Uint8Array): string | null {
  let xml = 0;
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        total += file.originalSize;
        if (/\.(xml|rels)$/i.test(file.name)) xml += file.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  if (xml > MAX_DRAWN_XML_MB * MB) return `文档内容解压后约 ${Math.round(xml / MB)} MB`;
  if (total > MAX_DRAWN_PACKAGE_MB * MB) return `文档连同图片解压后约 ${Math.round(total / MB)} MB`;
  return null;
}

/** The package again, each part as unpacked within its declared size, stored without compression. */
export function boundedPackage(bytes: Uint8Array): Uint8Array {
  const problem = tooLargeToDraw(bytes);
  if (problem) throw new Error(problem);
  return zipSync(unzipSync(bytes), { level: 0 });
}

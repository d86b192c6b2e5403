import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { boundedPackage, tooLargeToDraw } from "./docx-package";

/** The zip with `name`'s declared unpacked size set to `size`, in its local header and its central directory. */
function declaring(zip: Uint8Array, actual: number, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 30 < copy.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && view.getUint32(at + 22, true) === actual) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50 && view.getUint32(at + 24, true) === actual) view.setUint32(at + 24, size, true);
  }
  return copy;
}

describe("what of a DOCX the page hands to mammoth", () => {
  const document = strToU8("<w:document/>");

  it("a package whose XML unpacks past 4 MB is drawn from our blocks, naming its size", () => {
    const styles = new Uint8Array(6 * 1024 * 1024).fill(0x20);
    expect(tooLargeToDraw(zipSync({ "word/document.xml": document, "word/styles.xml": styles }))).toBe("文档内容解压后约 6 MB");
    expect(tooLargeToDraw(zipSync({ "word/document.xml": document }))).toBeNull();
  });

  it("a part that declares less than it holds is unpacked no further than it declares", () => {
    const actual = 3 * 1024 * 1024;
    const lying = declaring(zipSync({ "word/document.xml": document, "word/styles.xml": new Uint8Array(actual).fill(0x20) }), actual, 1000);
    expect(tooLargeToDraw(lying)).toBeNull();
    const parts = unzipSync(boundedPackage(lying));
    expect(parts["word/styles.xml"].length).toBe(1000);
    expect(parts["word/document.xml"]).toEqual(document);
  });
});

import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { ole2File } from "../../scripts/fixtures/bad-files";
import { sniff } from "../../src/core/extract/sniff";

describe("sniffing by bytes, never by name", () => {
  it.each([
    ["empty", new Uint8Array(), "empty"],
    ["PDF", strToU8("%PDF-1.7\n..."), "pdf"],
    ["OLE2 header alone", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "ole2"],
    ["OLE2 with a WordDocument stream (.doc, .wps)", ole2File("WordDocument"), "doc"],
    ["OLE2 without one (old .wps, .xls)", ole2File("WpsContent"), "ole2"],
    ["DOCX", zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") }), "docx"],
    ["OFD", zipSync({ "OFD.xml": strToU8("<ofd:OFD/>") }), "ofd"],
    ["XLSX", zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") }), "zip"],
    ["HTML", strToU8("<!DOCTYPE html><html><body>报告</body></html>"), "html"],
    ["UTF-8 text", strToU8("某局2023年政府信息公开工作年度报告"), "txt"],
    ["random bytes", new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)), "binary"],
  ])("%s", (_name, bytes, kind) => {
    expect(sniff(bytes)).toBe(kind);
  });
});

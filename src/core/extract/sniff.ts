/** Tell a file's kind from its bytes, never from its name. */
import type { ErrorCode } from "../model/report";
import { utf16WithoutBom } from "./decode";

/** "doc": an OLE2 compound file with a WordDocument stream (Word 97–2003, WPS); "ole2": any other. */
export type SniffedKind = "pdf" | "docx" | "doc" | "txt" | "html" | "zip" | "ofd" | "ole2" | "empty" | "binary";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[], offset = 0): boolean {
  return magic.every((byte, i) => bytes[offset + i] === byte);
}

const CENTRAL_END = [0x50, 0x4b, 0x05, 0x06];
const CENTRAL_ENTRY = [0x50, 0x4b, 0x01, 0x02];

/** Entry names from the zip's central directory, or null when it is missing (a truncated file). */
function centralDirectoryNames(bytes: Uint8Array, limit: number): string[] | null {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = bytes.length - 22;
  while (end >= lowest && !startsWith(bytes, CENTRAL_END, end)) end--;
  if (end < lowest) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const names: string[] = [];
  const decoder = new TextDecoder();
  let offset = view.getUint32(end + 16, true);
  while (names.length < limit && offset + 46 <= bytes.length && startsWith(bytes, CENTRAL_ENTRY, offset)) {
    const nameLength = view.getUint16(offset + 28, true);
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return names.length ? names : null;
}

/** Zip local-file-header names in the first entries, for a zip whose central directory is gone. */
function localHeaderNames(bytes: Uint8Array, limit: number): string[] {
  const names: string[] = [];
  const decoder = new TextDecoder();
  let offset = 0;
  while (names.length < limit && offset + 30 <= bytes.length && startsWith(bytes, ZIP_MAGIC, offset)) {
    const view = new DataView(bytes.buffer, bytes.byteOffset + offset);
    const compressedSize = view.getUint32(18, true);
    const nameLength = view.getUint16(26, true);
    const extraLength = view.getUint16(28, true);
    const flags = view.getUint16(6, true);
    names.push(decoder.decode(bytes.subarray(offset + 30, offset + 30 + nameLength)));
    // With a data descriptor the size is not in the local header: stop walking, the names so far do.
    if (flags & 0x08) break;
    offset += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

/**
 * Entry names, enough to tell DOCX from OFD from other zips. The central directory first: Word,
 * WPS and LibreOffice may write data descriptors, which leave the local headers without sizes.
 */
function zipEntryNames(bytes: Uint8Array, limit = 4096): string[] {
  return centralDirectoryNames(bytes, limit) ?? localHeaderNames(bytes, 64);
}

/** "WordDocument" in UTF-16LE: a directory entry's name. */
const WORD_DOCUMENT_NAME = Array.from("WordDocument").flatMap((char) => [char.charCodeAt(0), 0]);

/**
 * Whether an OLE2 file's directory names a WordDocument stream. Directory sectors hold 128-byte entries
 * and sectors start at multiples of 512, so looking at every 128-byte boundary finds the entry without
 * following the container's chains (the Word reader does that, and tells a damaged container).
 */
function hasWordDocumentEntry(bytes: Uint8Array): boolean {
  for (let at = 512; at + 128 <= bytes.length; at += 128) {
    if (bytes[at + 0x40] === WORD_DOCUMENT_NAME.length + 2 && bytes[at + 0x42] === 2 && startsWith(bytes, WORD_DOCUMENT_NAME, at)) return true;
  }
  return false;
}

function looksLikeHtml(head: string): boolean {
  return /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<meta[\s>]|<body[\s>]|<!--)/i.test(head);
}

/** Share of bytes that no text file holds (NUL and most C0 controls). */
function binaryShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 4096);
  let bad = 0;
  for (const byte of sample) if (byte === 0 || (byte < 0x09) || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) bad++;
  return sample.length ? bad / sample.length : 0;
}

/** Where a PDF's header may stand: readers look for it in the first 1024 bytes (ISO 32000-2, 7.5.2 and annex). */
const PDF_HEADER_WINDOW = 1024;
const PDF_HEADER = /%PDF-\d\.\d/g;
/** Bytes no text holds: C0 controls other than tab, line ends and form feed, and DEL. */
const CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/;

/**
 * A PDF header at the start, or after only white space or binary junk (a mail or download wrapper);
 * "%PDF-1.7" inside the text of a report or a web page does not make it a PDF.
 */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, PDF_HEADER_WINDOW));
  for (const match of head.matchAll(PDF_HEADER)) {
    const before = head.slice(0, match.index);
    if (before.trim() === "" || CONTROL.test(before)) return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return "empty";
  if (hasPdfHeader(bytes)) return "pdf";
  if (startsWith(bytes, OLE2_MAGIC)) return hasWordDocumentEntry(bytes) ? "doc" : "ole2";
  if (startsWith(bytes, ZIP_MAGIC)) {
    const names = zipEntryNames(bytes);
    if (names.some((name) => name === "word/document.xml" || name === "[Content_Types].xml" && names.some((n) => n.startsWith("word/")))) return "docx";
    if (names.some((name) => /^OFD\.xml$/i.test(name))) return "ofd";
    return "zip";
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : utf16WithoutBom(bytes);
  if (!utf16 && binaryShare(bytes) > 0.01) return "binary";
  const head = new TextDecoder(utf16 ?? "utf-8").decode(bytes.subarray(0, 2048));
  return looksLikeHtml(head.replace(/^\uFEFF/, "")) ? "html" : "txt";
}

/** The file-level error for kinds the checker cannot read. */
export function sniffError(kind: SniffedKind): ErrorCode | null {
  switch (kind) {
    case "empty":
      return "empty-file";
    case "ofd":
      return "ofd";
    case "zip":
    case "binary":
      return "unsupported-format";
    default:
      return null;
  }
}

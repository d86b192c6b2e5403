/**
 * The text of a Word 97–2003 document's main story, from its piece table ([MS-DOC] 2.9.38 Clx): each
 * piece is a run of characters in the WordDocument stream, 16-bit (UTF-16LE) or 8-bit. Every character
 * keeps its file offset (FC), because paragraph and character properties are keyed by FC.
 *
 * 8-bit pieces: Word itself writes them in Windows-1252 (only for text that fits it); Chinese editors
 * and converters write them in the system code page, so a document whose language is Chinese has its
 * 8-bit pieces read as GBK (CP936), a double-byte character taking two FCs.
 */
import { ExtractError } from "./extract-error";

export interface StoryText {
  /** The characters, one UTF-16 unit each (GBK gives only BMP characters). */
  text: string;
  /** The FC of each character of `text`. */
  fcs: Int32Array;
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
}

export function damaged(detail: string): never {
  throw new ExtractError("damaged-doc", detail);
}

/** The piece descriptors of the Clx: its property runs (Prc) are skipped, its Pcdt read. */
export function readPieces(clx: Uint8Array): Piece[] {
  const view = new DataView(clx.buffer, clx.byteOffset, clx.byteLength);
  let at = 0;
  while (at < clx.length && clx[at] === 0x01) {
    const size = at + 3 <= clx.length ? view.getInt16(at + 1, true) : -1;
    if (size < 0) damaged("片段表不完整");
    at += 3 + size;
  }
  if (clx[at] !== 0x02 || at + 5 > clx.length) damaged("找不到片段表");
  const size = view.getUint32(at + 1, true);
  const start = at + 5;
  if (start + size > clx.length || size < 4 || (size - 4) % 12 !== 0) damaged("片段表长度无效");
  const count = (size - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const cpStart = view.getUint32(start + i * 4, true);
    const cpEnd = view.getUint32(start + (i + 1) * 4, true);
    const fcWord = view.getUint32(start + (count + 1) * 4 + i * 8 + 2, true);
    const compressed = (fcWord & 0x40000000) !== 0;
    const fc = fcWord & 0x3fffffff;
    if (cpEnd < cpStart) damaged("片段表顺序无效");
    pieces.push({ cpStart, cpEnd, fc: compressed ? fc / 2 : fc, compressed });
  }
  return pieces;
}

/** Byte lengths of the characters of a GBK/GB18030 byte run, as the WHATWG gbk decoder splits it. */
function gbkUnitLengths(bytes: Uint8Array): number[] {
  const lengths: number[] = [];
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    const next = bytes[i + 1];
    let length = 1;
    if (lead >= 0x81 && lead <= 0xfe && next !== undefined) {
      if (next >= 0x30 && next <= 0x39 && i + 3 < bytes.length) length = 4;
      else if ((next >= 0x40 && next <= 0x7e) || (next >= 0x80 && next <= 0xfe)) length = 2;
    }
    lengths.push(length);
    i += length;
  }
  return lengths;
}

function appendGbk(bytes: Uint8Array, fc: number, chars: string[], fcs: number[]): void {
  const decoder = new TextDecoder("gbk");
  const lengths = gbkUnitLengths(bytes);
  const whole = decoder.decode(bytes);
  let offset = fc;
  if (whole.length === lengths.length) {
    lengths.forEach((length, i) => {
      chars.push(whole[i]);
      fcs.push(offset);
      offset += length;
    });
    return;
  }
  let at = 0; // Characters outside the BMP or malformed runs: decode one character at a time.
  for (const length of lengths) {
    for (const unit of decoder.decode(bytes.subarray(at, at + length))) {
      chars.push(unit);
      fcs.push(offset);
    }
    at += length;
    offset += length;
  }
}

/**
 * The characters from CP 0 to `length` (the main story), with their FCs. `gbk`: read 8-bit pieces as
 * GBK rather than Windows-1252.
 */
export function storyText(stream: Uint8Array, pieces: Piece[], length: number, gbk: boolean): StoryText {
  const chars: string[] = [];
  const fcs: number[] = [];
  const latin = new TextDecoder("windows-1252");
  const utf16 = new TextDecoder("utf-16le");
  for (const piece of pieces) {
    if (piece.cpStart >= length) break;
    const count = Math.min(piece.cpEnd, length) - piece.cpStart;
    const width = piece.compressed ? 1 : 2;
    const end = piece.fc + count * width;
    if (end > stream.length) damaged("正文超出 WordDocument 流的末尾");
    const bytes = stream.subarray(piece.fc, end);
    if (!piece.compressed) {
      const text = utf16.decode(bytes);
      for (let i = 0; i < count; i++) {
        chars.push(text[i]);
        fcs.push(piece.fc + i * 2);
      }
    } else if (gbk) {
      appendGbk(bytes, piece.fc, chars, fcs);
    } else {
      const text = latin.decode(bytes);
      for (let i = 0; i < count; i++) {
        chars.push(text[i]);
        fcs.push(piece.fc + i);
      }
    }
  }
  return { text: chars.join(""), fcs: Int32Array.from(fcs) };
}

/**
 * Bytes → string for text and HTML files: UTF-8 (with or without BOM), UTF-16 with BOM or recognised
 * without one, else UTF-8 when nearly all of the text is valid UTF-8 (an isolated bad byte, a cut last
 * character, becomes U+FFFD), else GB18030 (covers GBK).
 */

/** At most one bad sequence per this many valid non-ASCII characters keeps a file UTF-8 (GBK text gives several per character). */
const VALID_PER_BAD = 20;
/** Bytes looked at to recognise UTF-16 without a byte-order mark. */
const UTF16_SAMPLE = 4096;

/** Share of characters that a text in Chinese or English is made of: letters, CJK, punctuation, white space. */
function textShare(text: string): number {
  let readable = 0;
  for (const char of text) if (/[\t\n\r\u0020-\u007e\u00a0-\u024f\u2000-\u206f\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u.test(char)) readable++;
  return text.length ? readable / text.length : 0;
}

/**
 * UTF-16 without a byte-order mark, as Notepad's "Unicode" may save: the ASCII characters (digits, line
 * ends) put a zero byte always on the same side of each pair, and the text so decoded reads as text.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, UTF16_SAMPLE) & ~1);
  const zeros = [0, 0];
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) zeros[i & 1]++;
  const pairs = sample.length / 2;
  const side = zeros[1] > zeros[0] ? 1 : 0;
  // The other side has zeros too, fewer: CJK characters such as 一 (U+4E00) end in a zero byte.
  if (pairs === 0 || zeros[side] < pairs * 0.02 || zeros[1 - side] * 4 > zeros[side]) return null;
  const encoding = side === 1 ? "utf-16le" : "utf-16be";
  return textShare(new TextDecoder(encoding).decode(sample)) >= 0.9 ? encoding : null;
}

/** UTF-8 text with its bad sequences replaced, or null when too much of it is not UTF-8. */
function mostlyUtf8(bytes: Uint8Array): string | null {
  const text = new TextDecoder("utf-8").decode(bytes);
  let bad = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) bad++;
    else if (code > 0x7f) valid++;
  }
  return bad * VALID_PER_BAD <= valid ? text : null;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  return mostlyUtf8(bytes) ?? new TextDecoder("gb18030").decode(bytes);
}

/** Reading a CSV export back as Excel would: byte-order mark required, RFC 4180 quoting, CRLF record ends. */

/** The records of an RFC 4180 text: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (quoted) {
      if (character !== '"') field += character;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (character === '"' && field === "") quoted = true;
    else if (character === ",") {
      record.push(field);
      field = "";
    } else if (character === "\r" && text[i + 1] === "\n") {
      records.push([...record, field]);
      record = [];
      field = "";
      i++;
    } else if (character === "\n" || character === "\r" || character === '"') {
      throw new Error(`bare ${JSON.stringify(character)} at ${i}: records must end in CRLF, quotes only around fields`);
    } else field += character;
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || record.length) throw new Error("the last record has no CRLF");
  return records;
}

/** The records of a CSV file's bytes, which must start with the UTF-8 byte-order mark. */
export function readCsv(bytes: Uint8Array): string[][] {
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  if (!text.startsWith("\uFEFF")) throw new Error("no UTF-8 byte-order mark: Excel would read it as GBK");
  return parseCsv(text.slice(1));
}

/**
 * A read-only Compound File Binary (OLE2) reader, just enough for Word 97–2003 documents: the header,
 * the sector allocation table (with its DIFAT), the directory and the streams at the root, in regular
 * or mini sectors ([MS-CFB]). Every offset and chain is checked, so a truncated or damaged container
 * throws `CfbError` instead of reading garbage or looping. README, "Reading .doc", says why we keep our
 * own rather than the `cfb` package.
 */

export class CfbError extends Error {}

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_STREAM = 0xffffffff;
const ENTRY_SIZE = 128;
const MINI_SECTOR = 64;
const STREAM = 2;
const ROOT = 5;

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export interface CompoundFile {
  /** Names of the streams and storages directly under the root. */
  names: string[];
  /** A stream directly under the root, or null when there is none of that name. */
  stream(name: string): Uint8Array | null;
}

function fail(why: string): never {
  throw new CfbError(why);
}

/** Little-endian 32-bit words of `bytes` (copied: a Node Buffer may share its memory with others). */
function words(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: bytes.length >> 2 }, (_, i) => view.getUint32(i * 4, true));
}

export function isCompoundFile(bytes: Uint8Array): boolean {
  return SIGNATURE.every((byte, i) => bytes[i] === byte);
}

export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  if (bytes.length < 512 || !isCompoundFile(bytes)) fail("文件头不完整");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (offset: number) => view.getUint32(offset, true);
  const sectorShift = view.getUint16(0x1e, true);
  if (sectorShift !== 9 && sectorShift !== 12) fail("扇区大小无效");
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.max(0, Math.ceil((bytes.length - sectorSize) / sectorSize));

  /** A sector's bytes; the file's last sector may be cut short (the rest reads as zeros). */
  const sector = (index: number): Uint8Array => {
    if (index >= sectorCount) fail(`扇区 ${index} 超出文件末尾`);
    const start = (index + 1) * sectorSize;
    return bytes.subarray(start, Math.min(start + sectorSize, bytes.length));
  };

  /** Follows a chain in `table` from `first`, at most `limit` links: a loop or a dangling link is damage. */
  const chain = (table: Uint32Array, first: number, limit: number): number[] => {
    const links: number[] = [];
    for (let at = first; at !== END_OF_CHAIN; at = table[at]) {
      if (at >= table.length || links.length >= limit) fail("扇区链断裂或循环");
      links.push(at);
    }
    return links;
  };

  // The FAT's own sectors: 109 in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const at = u32(0x4c + i * 4);
    if (at !== FREE) fatSectors.push(at);
  }
  const perSector = sectorSize / 4;
  let difat = u32(0x44);
  for (let seen = 0; difat !== END_OF_CHAIN && difat !== FREE; seen++) {
    if (seen > sectorCount) fail("DIFAT 循环");
    const part = sector(difat);
    if (part.length < sectorSize) fail("DIFAT 不完整");
    const words = new DataView(part.buffer, part.byteOffset, sectorSize);
    for (let i = 0; i < perSector - 1; i++) {
      const at = words.getUint32(i * 4, true);
      if (at !== FREE) fatSectors.push(at);
    }
    difat = words.getUint32((perSector - 1) * 4, true);
  }
  const fat = new Uint32Array(fatSectors.length * perSector);
  fatSectors.forEach((at, i) => {
    const part = sector(at);
    if (part.length < sectorSize) fail("分配表不完整");
    fat.set(words(part), i * perSector);
  });

  /** A chain's bytes, cut to `size` (the whole chain when it is not given). */
  const readChain = (first: number, size?: number): Uint8Array => {
    const links = chain(fat, first, sectorCount);
    if (size !== undefined && links.length * sectorSize < size) fail("数据流比其扇区链长");
    const out = new Uint8Array(links.length * sectorSize);
    links.forEach((at, i) => out.set(sector(at), i * sectorSize));
    return out.subarray(0, size ?? out.length);
  };

  const directoryBytes = readChain(u32(0x30));
  const entries: Entry[] = [];
  const dir = new DataView(directoryBytes.buffer, directoryBytes.byteOffset, directoryBytes.byteLength);
  for (let offset = 0; offset + ENTRY_SIZE <= directoryBytes.length; offset += ENTRY_SIZE) {
    const nameLength = Math.min(64, dir.getUint16(offset + 0x40, true));
    const name = new TextDecoder("utf-16le").decode(directoryBytes.subarray(offset, offset + Math.max(0, nameLength - 2)));
    const high = dir.getUint32(offset + 0x7c, true);
    entries.push({
      name,
      type: dir.getUint8(offset + 0x42),
      left: dir.getUint32(offset + 0x44, true),
      right: dir.getUint32(offset + 0x48, true),
      child: dir.getUint32(offset + 0x4c, true),
      start: dir.getUint32(offset + 0x74, true),
      size: sectorShift === 9 ? dir.getUint32(offset + 0x78, true) : dir.getUint32(offset + 0x78, true) + high * 2 ** 32,
    });
  }
  const root = entries[0];
  if (!root || root.type !== ROOT) fail("没有根目录");

  // The root's children form a tree through left/right siblings.
  const children: Entry[] = [];
  const visited = new Set<number>();
  const walk = (index: number) => {
    if (index === NO_STREAM) return;
    if (index >= entries.length || visited.has(index)) fail("目录树无效");
    visited.add(index);
    walk(entries[index].left);
    children.push(entries[index]);
    walk(entries[index].right);
  };
  walk(root.child);

  const cutoff = u32(0x38);
  let miniParts: { stream: Uint8Array; fat: Uint32Array } | null = null;
  const mini = () => {
    if (!miniParts) {
      const stream = readChain(root.start, root.size);
      const fatBytes = u32(0x3c) === END_OF_CHAIN ? new Uint8Array() : readChain(u32(0x3c));
      miniParts = { stream, fat: words(fatBytes) };
    }
    return miniParts;
  };
  const readMini = (first: number, size: number): Uint8Array => {
    const { stream, fat: miniFat } = mini();
    const links = chain(miniFat, first, Math.ceil(stream.length / MINI_SECTOR));
    const out = new Uint8Array(links.length * MINI_SECTOR);
    links.forEach((at, i) => {
      if ((at + 1) * MINI_SECTOR > stream.length) fail("迷你扇区超出范围");
      out.set(stream.subarray(at * MINI_SECTOR, (at + 1) * MINI_SECTOR), i * MINI_SECTOR);
    });
    if (out.length < size) fail("数据流比其扇区链长");
    return out.subarray(0, size);
  };

  return {
    names: children.map((entry) => entry.name),
    stream(name) {
      const entry = children.find((candidate) => candidate.type === STREAM && candidate.name === name);
      if (!entry) return null;
      if (entry.size > bytes.length) fail(`${name} 的长度超出文件大小`);
      if (entry.size === 0) return new Uint8Array();
      return entry.size < cutoff ? readMini(entry.start, entry.size) : readChain(entry.start, entry.size);
    },
  };
}

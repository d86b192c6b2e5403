/**
 * Files from the file inputs and from a drop, as named sources whose bytes are read when the batch gets to
 * them. A file the user names itself is checked whatever its ending (the core explains a .doc); inside a
 * folder only report files are taken (.pdf .docx .doc .wps .txt .html .htm), like the command line does.
 */
import { compareCodeUnits, isReportFileName } from "../../core/report-files";

export interface FileSource {
  /** The file's name, or its path inside the dropped or picked folder. */
  name: string;
  read(): Promise<Uint8Array>;
}

function fileSource(file: File, name = file.name): FileSource {
  return { name, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

function byName(a: FileSource, b: FileSource): number {
  return compareCodeUnits(a.name, b.name);
}

/** The files of `<input type="file">`, with `webkitdirectory` a whole folder. */
export function pickedSources(files: FileList, fromFolder: boolean): FileSource[] {
  if (!fromFolder) return [...files].map((file) => fileSource(file));
  return [...files]
    .filter((file) => isReportFileName(file.name))
    .map((file) => fileSource(file, file.webkitRelativePath || file.name))
    .sort(byName);
}

function fileOfEntry(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** All of a folder's entries: the reader hands them out in portions until it returns none. */
async function folderEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const entries: FileSystemEntry[] = [];
  for (;;) {
    const portion = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (portion.length === 0) return entries;
    entries.push(...portion);
  }
}

async function reportFilesInFolder(folder: FileSystemDirectoryEntry): Promise<FileSource[]> {
  const sources: FileSource[] = [];
  for (const entry of await folderEntries(folder)) {
    if (entry.isDirectory) sources.push(...(await reportFilesInFolder(entry as FileSystemDirectoryEntry)));
    else if (isReportFileName(entry.name)) sources.push(fileSource(await fileOfEntry(entry as FileSystemFileEntry), entry.fullPath.replace(/^\//, "")));
  }
  return sources.sort(byName);
}

/**
 * The dropped files and folders, in the order dropped. The items must be taken during the drop event
 * (the browser empties the DataTransfer afterwards), so this takes them at once and reads folders later.
 */
export function droppedSources(transfer: DataTransfer): Promise<FileSource[]> {
  const items = [...transfer.items].filter((item) => item.kind === "file");
  const taken = items.map((item) => {
    const entry = item.webkitGetAsEntry();
    return entry?.isDirectory ? (entry as FileSystemDirectoryEntry) : item.getAsFile();
  });
  return Promise.all(
    taken.map(async (dropped) => {
      if (dropped instanceof File) return [fileSource(dropped)];
      return dropped ? reportFilesInFolder(dropped) : [];
    }),
  ).then((groups) => groups.flat());
}

export function textSource(name: string, text: string): FileSource {
  return { name, read: async () => new TextEncoder().encode(text) };
}

/** A file of the app's own folder (the built-in samples). */
export function fetchedSource(name: string, url: string): FileSource {
  return {
    name,
    async read() {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`示例文件读取失败（HTTP ${response.status}）`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

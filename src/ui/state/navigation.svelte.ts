/**
 * Which view is shown, which file is open and which of its findings is selected. The findings panel and the
 * document view both read and set the selection, so a click in either shows in the other.
 */
import { fileById, resultEntry, type FileEntry } from "./files.svelte";

export type View = "batch" | "report" | "history";

/** Where the focus goes once the view shown next is on the page: an action's result, never a view merely switched to. */
export type FocusTarget = "report-title" | "batch-title" | "batch-row";

/** `lastFile`: the file last opened in 单个报告, whose row gets the focus back in the batch. */
export const navigation = $state<{ view: View; lastFile: number | null; focus: FocusTarget | null }>({ view: "batch", lastFile: null, focus: null });

/** Shows a view and moves the focus to what the action produced. */
export function showView(view: View, focus: FocusTarget): void {
  navigation.view = view;
  navigation.focus = focus;
}

/** The focus target, once: the view that takes it calls this. */
export function takeFocus(target: FocusTarget): boolean {
  if (navigation.focus !== target) return false;
  navigation.focus = null;
  return true;
}

/** `findingIndex` indexes `result.findings` of the open file. */
export const selection = $state<{ fileId: number | null; findingIndex: number | null }>({ fileId: null, findingIndex: null });

/** Shows a file (of the batch, or a history entry opened again) in 单个报告; a duplicate opens the file it repeats. */
export function openFile(entry: FileEntry): void {
  const shown = resultEntry(entry);
  showView("report", "report-title");
  navigation.lastFile = entry.id;
  if (selection.fileId === shown.id) return;
  selection.fileId = shown.id;
  selection.findingIndex = null;
}

export function openEntry(): FileEntry | null {
  return fileById(selection.fileId);
}

export function selectFinding(index: number | null): void {
  selection.findingIndex = index;
}

export function forgetOpenFile(): void {
  selection.fileId = null;
  selection.findingIndex = null;
  navigation.view = "batch";
}

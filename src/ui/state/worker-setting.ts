/**
 * 同时检查的文件数: the reviewer's choice of how many check workers a batch runs (自动 unless chosen),
 * remembered in this browser (localStorage); without localStorage the choice lasts for this visit.
 */
import { parseWorkerChoice } from "../worker-count";

const KEY = "nianbao-check.check-workers";

let unstored: number | null = null;

export function chosenWorkers(): number | null {
  try {
    return parseWorkerChoice(localStorage.getItem(KEY));
  } catch {
    return unstored;
  }
}

/** null: 自动 (workerCount's number). */
export function chooseWorkers(choice: number | null): void {
  unstored = choice;
  try {
    if (choice === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, String(choice));
  } catch {
    // The choice then lasts for this visit only (unstored).
  }
}

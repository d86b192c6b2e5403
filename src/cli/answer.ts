/** What a command-line worker thread answers for a file: its result as one line of JSON, made in the thread. */
import { duplicateResult } from "../core/check";
import type { CheckResult } from "../core/model/report";

/** A file's result as one line of JSON (without the line break), and whether the file could not be checked. */
export interface Answer {
  line: string;
  unreadable: boolean;
}

export function answerOf(result: CheckResult): Answer {
  return { line: JSON.stringify(result), unreadable: result.error !== null };
}

/** The answer for `name`, a copy of the file `answer` is for (duplicateResult). */
export function copyAnswer(answer: Answer, name: string): Answer {
  return answerOf(duplicateResult(JSON.parse(answer.line) as CheckResult, name));
}

/** The letter form as the reviewer last filled it, remembered in this browser (localStorage). */
import { DEFAULT_LETTER_FORM, type LetterForm } from "../../export/letter-form";

const KEY = "nianbao-check.letter-form";

function stored(): LetterForm {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? "{}") as Partial<LetterForm>;
    return { ...DEFAULT_LETTER_FORM, ...saved };
  } catch {
    return { ...DEFAULT_LETTER_FORM };
  }
}

export const letterForm = $state<LetterForm>(stored());

/** Remembers the form as it is now; without localStorage it lasts for this visit. */
export function rememberLetterForm(): void {
  try {
    localStorage.setItem(KEY, JSON.stringify($state.snapshot(letterForm)));
  } catch {
    // Kept for this visit only.
  }
}

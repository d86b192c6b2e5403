/** The letter form (addressee, deadline, signature): apart from the letter itself, so the page can show it without loading the rules. */

/** What the reviewer fills in once; the page remembers it. */
export interface LetterForm {
  /** The addressee line; "{机关}" stands for the agency's name. */
  addressee: string;
  /** "2025年2月28日": the date to send the corrected report by; "" for none. */
  deadline: string;
  /** The office that signs: "××区人民政府办公室（政务公开办）". */
  signer: string;
  /** "联系人：张三，电话：…", or "". */
  contact: string;
  /** Whether 提示 go in the letter too. */
  includeInfo: boolean;
  /** Whether findings judged 不是问题 are listed apart (已核实不作修改), or left out. */
  listDismissed: boolean;
}

export const AGENCY_PLACEHOLDER = "{机关}";

export const DEFAULT_LETTER_FORM: LetterForm = {
  addressee: AGENCY_PLACEHOLDER,
  deadline: "",
  signer: "",
  contact: "",
  includeInfo: false,
  listDismissed: false,
};

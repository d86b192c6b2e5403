/** App version and rule-catalogue version, stamped on every result. */
export const CHECKER_VERSION = "0.1.0";
export const RULES_VERSION = "2021-30/1";

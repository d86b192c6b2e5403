/** The five seed reports (shared/seeds, copied into public/samples) and their hand-written truth files. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SEED_IDS = [
  "000_5a9a8d2bc98e1d44",
  "001_2a4087b0dbaec631",
  "002_c4bd8f948bd08bc9",
  "003_f34c183db723c9dd",
  "004_7be0dca35fed79ae",
] as const;

export type SeedId = (typeof SEED_IDS)[number];

const root = fileURLToPath(new URL("../../", import.meta.url));

export function seedText(id: SeedId): string {
  return readFileSync(`${root}public/samples/${id}.txt`, "utf8");
}

export interface Truth {
  title: string;
  agency: string;
  year: number | null;
  formatVersion: string;
  sections: { number: number; heading: string; line?: number }[];
  tables: Record<string, unknown>;
}

export function truth(name: string): Truth {
  return JSON.parse(readFileSync(`${root}test/truth/${name}.json`, "utf8")) as Truth;
}

/** 1-based number of the first line of `text` that satisfies `test`, searching from line `from`. */
export function lineOf(text: string, test: (line: string) => boolean, from = 1): number {
  const lines = text.split("\n");
  for (let i = from - 1; i < lines.length; i++) if (test(lines[i])) return i + 1;
  throw new Error("line not found");
}

/** The report's 表二 rewritten with the 2019 trial format's column names (report-format §6.1). */
export function withTrialTable2(text: string): string {
  return text
    .replace("本年制发件数", "本年新制作数量")
    .replace("本年废止件数", "本年新公开数量")
    .replace("现行有效件数", "对外公开总数量")
    .replaceAll("本年处理决定数量", "处理决定数量")
    .replace(/本年收费金额（单位：万元）/, "本年增/减");
}

/** A real published report kept in test/fixtures/real (copied unchanged from shared/fixtures/real). */
export function realFile(name: "hongze-2024.pdf" | "official-template-2021.docx"): Uint8Array {
  return new Uint8Array(readFileSync(`${root}test/fixtures/real/${name}`));
}

/** The seeds but those of `except` (ids, or prefixes such as "003"), as rule-tester cases named by their ids. */
export function seedCases(...except: string[]): { name: string; text: string }[] {
  return SEED_IDS.filter((id) => !except.some((prefix) => id.startsWith(prefix))).map((id) => ({ name: `seed ${id}`, text: seedText(id) }));
}

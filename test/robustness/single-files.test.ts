/** Each hostile or odd input checked on its own, as the page checks a file: the core with the Node readers. */
import { describe, it } from "vitest";
import { nodeExtractors } from "../../src/cli/extractors";
import { checkFile } from "../../src/core/check";
import { READABLE, REFUSED, expectOutcome, type HostileInput } from "./inputs";

async function checkAlone(input: HostileInput): Promise<void> {
  const result = await checkFile({ name: input.name, bytes: input.bytes() }, { extractors: nodeExtractors });
  await expectOutcome(input, result);
}

describe("files that cannot be checked get their own error code and Chinese message", () => {
  it.each(REFUSED)("$kind", checkAlone);
});

describe("odd but readable files are checked, not refused", () => {
  it.each(READABLE)("$kind", checkAlone);
});

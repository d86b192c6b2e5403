import { expect } from "vitest";
import { SEED_004_CLAIM_LINE, seed004With } from "../../helpers/text-edits";
import { table3PartialNote } from "../../../src/core/rules/table3/partial-note";
import { testRule } from "../../helpers/rule-tester";
import { seedCases } from "../../helpers/seeds";

testRule(table3PartialNote, {
  valid: [
    ...["予以公开2件，部分公开1件，不予公开2件。", "部分公开3件，并按时答复申请人。", "对无法提供的申请，同时告知申请人救济渠道。"].map((sentence) => ({
      name: sentence,
      text: seed004With(sentence),
    })),
    ...seedCases(),
  ],
  invalid: ["部分公开3件，因涉及第三方合法权益同时计入不予公开。", "对部分公开的2件申请，又按无法提供进行了统计。", "部分公开的申请也计入予以公开。"].map((sentence) => ({
    name: sentence,
    text: seed004With(sentence),
    exact: true,
    findings: [
      {
        severity: "info" as const,
        message: `“部分公开”（区分处理）的申请只计入表三（二），不再计入其他情形：“${sentence}”。`,
        location: expect.objectContaining({ line: SEED_004_CLAIM_LINE }),
      },
    ],
  })),
});

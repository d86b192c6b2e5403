import { describe, expect, it } from "vitest";
import { SEED_004_CLAIM_LINE, seed, seed004With } from "../../helpers/text-edits";
import { table3PartialNote } from "../../../src/core/rules/table3/partial-note";
import { runRule } from "../../helpers/rule-tester";

const fire = (sentence: string) => runRule(table3PartialNote, seed004With(sentence));

describe("table3/partial-note", () => {
  it.each(["部分公开3件，因涉及第三方合法权益同时计入不予公开。", "对部分公开的2件申请，又按无法提供进行了统计。", "部分公开的申请也计入予以公开。"])(
    "notes “%s”",
    (sentence) => {
      expect(fire(sentence)).toEqual([
        {
          rule: "table3/partial-note",
          severity: "info",
          message: `“部分公开”（区分处理）的申请只计入表三（二），不再计入其他情形：“${sentence}”。`,
          location: expect.objectContaining({ line: SEED_004_CLAIM_LINE }),
        },
      ]);
    },
  );

  it.each(["予以公开2件，部分公开1件，不予公开2件。", "部分公开3件，并按时答复申请人。", "对无法提供的申请，同时告知申请人救济渠道。"])("does not note “%s”", (sentence) => {
    expect(fire(sentence)).toEqual([]);
  });

  it("does not fire on the seeds", () => {
    for (const prefix of ["000", "001", "002", "003", "004"]) expect(runRule(table3PartialNote, seed(prefix))).toEqual([]);
  });
});

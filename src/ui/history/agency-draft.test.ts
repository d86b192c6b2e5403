import { describe, expect, it } from "vitest";
import type { AgencyProfile } from "../../storage";
import { profileDraft } from "./agency-draft";

const profile = (name: string, aliases: string[], confirmed: boolean): AgencyProfile => ({
  id: 1,
  name,
  aliases,
  keys: [],
  kind: "department",
  confirmed,
});

describe("profileDraft", () => {
  it("takes the longer of two names the user says are one agency for the full name, the other as another name", () => {
    expect(profileDraft("东城区政府办", undefined, "department", "北京市东城区人民政府办公室")).toEqual({
      fullName: "北京市东城区人民政府办公室",
      names: ["东城区政府办"],
      kind: "department",
    });
  });

  it("starts from an unconfirmed profile's names and kind, and a confirmed profile's full name", () => {
    expect(profileDraft("市机关事务局", profile("市机关事务局", [], false), "government", "北京市机关事务管理局")).toEqual({
      fullName: "北京市机关事务管理局",
      names: ["市机关事务局"],
      kind: "department",
    });
    expect(profileDraft("机关事务管理局", profile("市机关事务局", ["北京市机关事务管理局"], true), "unknown")).toEqual({
      fullName: "市机关事务局",
      names: ["北京市机关事务管理局", "机关事务管理局"],
      kind: "department",
    });
  });

  it("is the report's own name and kind when nothing is known", () => {
    expect(profileDraft("北京市大兴区亦庄镇人民政府", undefined, "township")).toEqual({ fullName: "北京市大兴区亦庄镇人民政府", names: [], kind: "township" });
  });
});

import { describe, expect, it } from "vitest";
import { hasTitle } from "../../../../src/catalog/offline/cleaning/missing-title.js";
import { repairNumericTitle } from "../../../../src/catalog/offline/cleaning/numeric-title.js";
import { realDrafts } from "../support/real-data.js";

describe("rows without a title", () => {
  it("finds the one untitled row of the file (an IFC thriller from 2006) once numbers are titles", async () => {
    const drafts = (await realDrafts()).map(repairNumericTitle);
    const untitled = drafts.filter((draft) => !hasTitle(draft));
    expect(untitled).toHaveLength(1);
    expect(untitled[0]).toMatchObject({ distributor: "IFC Films", release: { year: 2006 } });
  });

  it("treats a blank title as missing", async () => {
    const [draft] = await realDrafts();
    expect(hasTitle({ ...(draft as NonNullable<typeof draft>), title: "  " })).toBe(false);
  });
});

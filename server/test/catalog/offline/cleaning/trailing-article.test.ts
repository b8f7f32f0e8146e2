import { describe, expect, it } from "vitest";
import { draftFromVegaRow } from "../../../../src/catalog/offline/cleaning/film-draft.js";
import { repairTrailingArticle } from "../../../../src/catalog/offline/cleaning/trailing-article.js";
import { draftTitled, realRows } from "../support/real-data.js";

describe("trailing articles on the real rows", () => {
  it('puts "Secret, The" back in reading order', async () => {
    expect(repairTrailingArticle(await draftTitled("Secret, The")).title).toBe("The Secret");
    expect(repairTrailingArticle(await draftTitled("Charge of the Light Brigade, The")).title).toBe(
      "The Charge of the Light Brigade",
    );
  });

  it("leaves no library-style title, and commas inside titles alone", async () => {
    const titles = (await realRows()).map(
      (row) => repairTrailingArticle(draftFromVegaRow(row)).title,
    );
    expect(
      titles.filter((title) => typeof title === "string" && /, (The|A|An)$/.test(title)),
    ).toEqual([]);
    expect(titles).toContain("Six Days, Seven Nights");
  });
});

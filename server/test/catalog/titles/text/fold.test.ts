import { describe, expect, it } from "vitest";
import { foldCharacters, foldText, titleKey } from "../../../../src/catalog/titles/text/fold.js";

describe("folding", () => {
  it("removes case and accents", () => {
    expect(foldText("Amélie")).toBe("amelie");
    expect(foldText("DÉJÀ VU")).toBe("deja vu");
    expect(foldText("Die Fälscher")).toBe("die falscher");
  });

  it("spells out letters that do not decompose", () => {
    expect(foldText("Smørrebrød")).toBe("smorrebrod");
    expect(foldText("Straße")).toBe("strasse");
    expect(foldText("Æon Flux")).toBe("aeon flux");
  });

  it("joins words split by apostrophes, acronym dots and asterisks", () => {
    expect(foldText("Schindler's List")).toBe("schindlers list");
    expect(foldText("Schindler’s List")).toBe("schindlers list");
    expect(foldText("E.T.")).toBe("et");
    expect(foldText("M*A*S*H")).toBe("mash");
  });

  it("reads & as and, and drops thousands separators", () => {
    expect(foldText("Tango & Cash")).toBe("tango  and  cash");
    expect(foldCharacters("20,000 Leagues")).toBe("20000 leagues");
    expect(foldCharacters("Six Days, Seven Nights")).toBe("six days, seven nights");
  });

  it("gives one key to every spelling of a title", () => {
    expect(titleKey("Spider-Man")).toBe(titleKey("spider man"));
    expect(titleKey("Léon")).toBe("leon");
    expect(titleKey("King Kong")).not.toBe(titleKey("King Kong Lives"));
  });
});

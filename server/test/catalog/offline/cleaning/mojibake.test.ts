import { describe, expect, it } from "vitest";
import {
  decodeWindows1252,
  encodeMacRoman,
} from "../../../../src/catalog/offline/cleaning/code-pages.js";
import {
  repairMojibake,
  repairMojibakeText,
  suspicion,
} from "../../../../src/catalog/offline/cleaning/mojibake.js";
import { realDrafts } from "../support/real-data.js";

async function repairedTitles(): Promise<string[]> {
  return (await realDrafts())
    .map(repairMojibake)
    .flatMap((draft) => (typeof draft.title === "string" ? [draft.title] : []));
}

describe("mojibake repair on the real rows", () => {
  it("restores accented titles", async () => {
    const titles = await repairedTitles();
    for (const title of [
      "Le Fabuleux destin d'Amélie Poulain",
      "Léon",
      "Déjà Vu",
      "Die Fälscher",
      "La Môme",
      "Joyeux Noël",
      "Astérix aux Jeux Olympiques",
      "Per qualche dollaro in più",
      "Obsluhoval jsem anglického krále",
    ]) {
      expect(titles).toContain(title);
    }
  });

  it("restores punctuation that the wrong code page turned into letters", async () => {
    const titles = await repairedTitles();
    expect(titles).toContain("I Love You … Don't Touch Me!");
    expect(titles).toContain("The Naked Gun 2½: The Smell of Fear");
  });

  it("leaves titles that were right all along", async () => {
    const titles = await repairedTitles();
    expect(titles).toContain("Alien³");
    expect(titles).toContain("Ri¢hie Ri¢h");
  });

  it("leaves no title that still looks mis-decoded", async () => {
    const suspicious = (await repairedTitles()).filter(
      (title) => suspicion(title) > 0 && !title.includes("¢"),
    );
    expect(suspicious).toEqual([]);
  });
});

describe("repairMojibakeText", () => {
  it("never damages correct accented text", () => {
    for (const text of ["Amélie", "Déjà vu", "Fälscher", "Don’t Look Now", "Ægir"]) {
      expect(repairMojibakeText(text)).toBe(text);
    }
  });

  it("leaves text with characters Mac Roman cannot encode", () => {
    expect(repairMojibakeText("Leon 東京")).toBe("Leon 東京");
  });
});

describe("code pages", () => {
  it("round-trips the Mac Roman bytes of a mis-decoded word into Windows-1252", () => {
    const bytes = encodeMacRoman("AmÈlie");
    expect(bytes).toEqual([0x41, 0x6d, 0xe9, 0x6c, 0x69, 0x65]);
    expect(decodeWindows1252(bytes ?? [])).toBe("Amélie");
  });

  it("decodes the Windows-1252 range that Node's TextDecoder gets wrong", () => {
    expect(decodeWindows1252([0x85, 0x80, 0x99])).toBe("…€™");
  });

  it("refuses bytes Windows-1252 leaves undefined", () => {
    expect(decodeWindows1252([0x41, 0x81])).toBeNull();
  });
});

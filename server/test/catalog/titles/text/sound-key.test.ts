import { describe, expect, it } from "vitest";
import { soundKey } from "../../../../src/catalog/titles/text/sound-key.js";

describe("sound keys", () => {
  it.each([
    ["fite", "fight"],
    ["nite", "knight"],
    ["filadelfia", "philadelphia"],
    ["gudfellas", "goodfellas"],
    ["exorsist", "exorcist"],
    ["kwantum", "quantum"],
    ["cassablanka", "casablanca"],
  ])("gives %s and %s the same key", (spelledByEar, real) => {
    expect(soundKey(spelledByEar)).not.toBeNull();
    expect(soundKey(spelledByEar)).toBe(soundKey(real));
  });

  it("tells different-sounding words apart", () => {
    expect(soundKey("fight")).not.toBe(soundKey("night"));
    expect(soundKey("matrix")).not.toBe(soundKey("mattress"));
  });

  it("gives no key to a word without a vowel: keyboard noise, not a word said aloud", () => {
    for (const word of ["xkcd", "zzzzqx", "bzzt", "qwrt"]) expect(soundKey(word), word).toBeNull();
    expect(soundKey("rhythm")).not.toBeNull();
  });

  it("gives no key to short words or words with digits", () => {
    expect(soundKey("up")).toBeNull();
    expect(soundKey("jaws")).not.toBeNull();
    expect(soundKey("se7en")).toBeNull();
  });
});

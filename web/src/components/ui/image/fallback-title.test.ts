import { describe, expect, it } from "vitest";
import { longestWordLength } from "./fallback-title";

describe("longestWordLength", () => {
  it("counts the longest word's letters, by character rather than UTF-16 unit", () => {
    expect(longestWordLength("Oppenheimer")).toBe(11);
    expect(longestWordLength("The Lord of the Rings: The Return of the King")).toBe(6);
    expect(longestWordLength("  Amélie  ")).toBe(6);
    expect(longestWordLength("𝔄𝔅")).toBe(2);
  });

  it("is at least one, so the type size never divides by zero", () => {
    expect(longestWordLength("")).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import {
  numberSpellings,
  numberValue,
  numberWordWithDigit,
  singleLetterNumeral,
} from "../../../../src/catalog/titles/text/numbers.js";

describe("numbers in words", () => {
  it("reads number words, roman numerals and ordinals as digits", () => {
    expect(numberValue("seven")).toBe("7");
    expect(numberValue("twelve")).toBe("12");
    expect(numberValue("forty")).toBe("40");
    expect(numberValue("iii")).toBe("3");
    expect(numberValue("xiv")).toBe("14");
    expect(numberValue("sixth")).toBe("6th");
    expect(numberValue("twentieth")).toBe("20th");
    expect(numberValue("6th")).toBe("6th");
  });

  it("gives ordinals one form whichever way they are written", () => {
    expect(numberValue("first")).toBe(numberValue("1st"));
    expect(numberValue("thirteenth")).toBe(numberValue("13th"));
  });

  it("leaves other words, and single roman letters, alone", () => {
    expect(numberValue("matrix")).toBeNull();
    expect(numberValue("v")).toBeNull();
    expect(numberValue("i")).toBeNull();
    expect(singleLetterNumeral("v")).toBe("5");
    expect(singleLetterNumeral("a")).toBeNull();
  });

  it("reads a number word written with its own digit", () => {
    expect(numberWordWithDigit("se7en")).toBe("seven");
    expect(numberWordWithDigit("thr3e")).toBe("three");
    expect(numberWordWithDigit("h2o")).toBeNull();
    expect(numberWordWithDigit("alien3")).toBeNull();
  });

  it("lists every spelling of a number, the typed one first", () => {
    expect(numberSpellings("3")).toEqual(["3", "iii", "three"]);
    expect(numberSpellings("two")).toEqual(["two", "2", "ii"]);
    expect(numberSpellings("6th")).toEqual(["6th", "sixth"]);
    expect(numberSpellings("v")).toEqual(["v"]);
    expect(numberSpellings("v", { letterNumeral: true })).toEqual(["v", "5", "five"]);
    expect(numberSpellings("matrix")).toEqual(["matrix"]);
  });
});

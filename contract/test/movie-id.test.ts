import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MOVIE_ID_PATTERN, MOVIE_ID_SOURCE } from "../src/movie-id.js";

describe("MOVIE_ID_PATTERN", () => {
  it.each(["1", "603", "9999999999"])("takes %s", (text) => {
    expect(MOVIE_ID_PATTERN.test(text)).toBe(true);
  });

  it.each(["", "0", "01", "-1", "+1", "1.5", "1e3", " 1", "1 ", "abc", "12345678901"])(
    "refuses %j",
    (text) => {
      expect(MOVIE_ID_PATTERN.test(text)).toBe(false);
    },
  );

  it("takes no id too long to be a safe integer", () => {
    const nines = Array.from({ length: 20 }, (_, index) => "9".repeat(index + 1));
    const longest = nines.filter((text) => MOVIE_ID_PATTERN.test(text)).at(-1) ?? "";
    expect(longest).toBe("9999999999");
    expect(Number.isSafeInteger(Number(longest))).toBe(true);
  });

  it("embeds in a longer pattern as the same rule", () => {
    const file = new RegExp(`^(${MOVIE_ID_SOURCE})\\.svg$`);
    expect(file.exec("603.svg")?.[1]).toBe("603");
    expect(file.test("012.svg")).toBe(false);
    expect(file.test("12345678901.svg")).toBe(false);
  });

  it("lives in a module that imports nothing, so the web can bundle it without zod", () => {
    const source = readFileSync(new URL("../src/movie-id.ts", import.meta.url), "utf8");
    expect(source).not.toMatch(/^\s*(import|export .* from)\b/m);
  });
});

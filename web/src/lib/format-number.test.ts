import { describe, expect, it } from "vitest";
import { compactNumber, groupDigits } from "./format-number";

// Node carries full ICU: Intl here is the reference the hand-written formats must match.
const intlWhole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const intlCompact = new Intl.NumberFormat("en-US", {
  notation: "compact",
  maximumFractionDigits: 1,
});

/** Deterministic spread of values across every magnitude, with the edges each unit has. */
function samples(): number[] {
  const values = [0, 1, 9, 10, 999, 1000, 1049, 1050, 1051, 9999, 10_000, 99_949, 99_950];
  for (const size of [1e3, 1e6, 1e9, 1e12]) {
    values.push(size - 1, size, size + 1, size * 999.94, size * 999.95, size * 999.96);
    values.push(size * 1.05, size * 1.15, size * 1.25, size * 12.35, size * 463.517_383);
  }
  let seed = 42;
  for (let n = 0; n < 3000; n++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    values.push(Math.floor((seed / 2 ** 31) * 10 ** (1 + (n % 13))));
  }
  return values.map(Math.round);
}

describe("groupDigits", () => {
  it("groups thousands as Intl does", () => {
    for (const value of samples())
      expect(groupDigits(value), String(value)).toBe(intlWhole.format(value));
    expect(groupDigits(-1234)).toBe("-1,234");
    expect(groupDigits(1234.6)).toBe("1,235");
  });
});

describe("compactNumber", () => {
  it("matches Intl's compact notation at every magnitude, rounding included", () => {
    for (const value of samples()) {
      expect(compactNumber(value), String(value)).toBe(intlCompact.format(value));
    }
  });

  it("moves up a unit when rounding reaches a thousand of the smaller one", () => {
    expect(compactNumber(999_960)).toBe("1M");
    expect(compactNumber(999_949)).toBe("999.9K");
  });

  it("keeps one decimal below a thousand", () => {
    expect(compactNumber(12.34)).toBe(intlCompact.format(12.34));
    expect(compactNumber(999.96)).toBe(intlCompact.format(999.96));
  });
});

import { describe, expect, it } from "vitest";
import { rememberedPerFrozen } from "../src/remembered-per-frozen.js";

describe("rememberedPerFrozen", () => {
  function counting() {
    let runs = 0;
    const derive = rememberedPerFrozen((input: { text: string } | number) => {
      runs++;
      return typeof input === "number" ? `#${input}` : input.text.toUpperCase();
    });
    return { derive, runs: () => runs };
  }

  it("derives once per frozen object, and keeps frozen objects apart", () => {
    const { derive, runs } = counting();
    const matrix = Object.freeze({ text: "matrix" });
    const heat = Object.freeze({ text: "heat" });
    expect(derive(matrix)).toBe("MATRIX");
    expect(derive(matrix)).toBe("MATRIX");
    expect(derive(heat)).toBe("HEAT");
    expect(runs()).toBe(2);
  });

  it("derives every time from what could change, and from primitives", () => {
    const { derive, runs } = counting();
    const open = { text: "matrix" };
    expect(derive(open)).toBe("MATRIX");
    open.text = "heat";
    expect(derive(open)).toBe("HEAT");
    expect(derive(603)).toBe("#603");
    expect(derive(603)).toBe("#603");
    expect(runs()).toBe(4);
  });

  it("remembers an undefined result too", () => {
    let runs = 0;
    const derive = rememberedPerFrozen((_input: object) => {
      runs++;
      return undefined;
    });
    const input = Object.freeze({});
    derive(input);
    derive(input);
    expect(runs).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { unstylize } from "../../../../src/catalog/titles/text/stylized.js";

describe("stylized characters", () => {
  it("reads currency signs inside words as letters", () => {
    expect(unstylize("Ri¢hie Ri¢h")).toBe("Richie Rich");
    expect(unstylize("Mi$$ion")).toBe("Mission");
  });

  it("leaves signs that are not letters alone", () => {
    expect(unstylize("What the #$'! Do We Know")).toBe("What the #$'! Do We Know");
    expect(unstylize("$100 Taxi Ride")).toBe("$100 Taxi Ride");
  });

  it("writes fractions out, apart from the number before them", () => {
    expect(unstylize("The Naked Gun 2½")).toBe("The Naked Gun 2 1/2");
  });

  it('reads "+" between words as "and"', () => {
    expect(unstylize("Romeo+Juliet")).toBe("Romeo and Juliet");
    expect(unstylize("romeo + juliet")).toBe("romeo and juliet");
    expect(unstylize("C++")).toBe("C++");
  });
});

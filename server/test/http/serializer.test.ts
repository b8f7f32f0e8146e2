import { describe, expect, it } from "vitest";
import { z } from "zod";
import { memoizingSerializerCompiler } from "../../src/http/serializer.js";

const schema = z.object({ id: z.number(), title: z.string() });

function compile() {
  return memoizingSerializerCompiler({
    schema,
    method: "GET",
    url: "/api/things/:id",
    httpStatus: "200",
  } as Parameters<typeof memoizingSerializerCompiler>[0]);
}

describe("memoizingSerializerCompiler", () => {
  it("writes only the fields the response schema declares", () => {
    const serialize = compile();
    const text = serialize({ id: 1, title: "The Matrix", secret: "internal" });
    expect(JSON.parse(text)).toEqual({ id: 1, title: "The Matrix" });
    expect(text).not.toContain("secret");
  });

  it("refuses an answer whose value has the wrong type", () => {
    const serialize = compile();
    expect(() => serialize({ id: "one", title: "The Matrix" })).toThrow();
  });

  it("gives the same text for the same answer object", () => {
    const serialize = compile();
    const answer = { id: 2, title: "Heat" };
    expect(serialize(answer)).toBe(serialize(answer));
    expect(JSON.parse(serialize(answer))).toEqual(answer);
  });
});

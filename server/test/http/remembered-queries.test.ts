import type { FastifySchemaCompiler } from "fastify";
import { describe, expect, it } from "vitest";
import {
  MALFORMED_QUERY,
  rememberingQuerystringParser,
  rememberingValidators,
} from "../../src/http/remembered-queries.js";

describe("rememberingQuerystringParser", () => {
  it("parses as Fastify does, into one frozen object per query string", () => {
    const parse = rememberingQuerystringParser();
    const first = parse("q=blade%20runner&page=2&q=2049");
    expect(first).toEqual({ q: ["blade runner", "2049"], page: "2" });
    expect(Object.isFrozen(first)).toBe(true);
    expect(parse("q=blade%20runner&page=2&q=2049")).toBe(first);
    expect(parse("")).toEqual({});
  });

  it("parses a long query string every time, and leaves it open", () => {
    const parse = rememberingQuerystringParser(1000, 16);
    const long = `q=${"x".repeat(20)}`;
    const first = parse(long);
    expect(first).toEqual({ q: "x".repeat(20) });
    expect(Object.isFrozen(first)).toBe(false);
    expect(parse(long)).not.toBe(first);
  });

  it("tells a query string that is not valid percent-encoding from one that is", () => {
    const parse = rememberingQuerystringParser(1000, 16);
    for (const query of ["q=%", "q=%E0%A4%A", "q=%ff", `q=%zz${"x".repeat(20)}`]) {
      expect(parse(query), query).toBe(MALFORMED_QUERY);
    }
    expect(parse("q=100%25")).toEqual({ q: "100%" });
    expect(parse("q=caf%C3%A9+noir")).toEqual({ q: "café noir" });
  });

  it("keeps only the most recently used query strings", () => {
    const parse = rememberingQuerystringParser(2);
    const first = parse("q=a");
    parse("q=b");
    parse("q=c");
    expect(parse("q=a")).not.toBe(first);
    expect(parse("q=a")).toEqual(first);
  });
});

describe("rememberingValidators", () => {
  /** A compiler whose validator accepts `{ q: "<text>" }`, counting its runs. */
  function counting() {
    let runs = 0;
    const compile: FastifySchemaCompiler<unknown> = () => (data: unknown) => {
      runs++;
      const q = (data as { q?: unknown }).q;
      return typeof q === "string" ? { value: { q: q.trim() } } : { error: new Error("q") };
    };
    const validate = rememberingValidators(compile)({
      schema: {},
      method: "GET",
      url: "/api/search",
      httpPart: "querystring",
    });
    return { validate, runs: () => runs };
  }

  it("validates a frozen input once, and hands back the same frozen value", () => {
    const { validate, runs } = counting();
    const input = Object.freeze({ q: " matrix " });
    const first = validate(input) as { value: { q: string } };
    expect(first.value).toEqual({ q: "matrix" });
    expect(Object.isFrozen(first.value)).toBe(true);
    expect(validate(input)).toBe(first);
    expect(runs()).toBe(1);
  });

  it("validates every time an input that could change, or that failed", () => {
    const { validate, runs } = counting();
    const open = { q: "matrix" };
    validate(open);
    validate(open);
    const bad = Object.freeze({});
    expect(validate(bad)).toMatchObject({ error: expect.any(Error) });
    expect(validate(bad)).toMatchObject({ error: expect.any(Error) });
    expect(runs()).toBe(4);
  });

  it("refuses a malformed query string with a 400, whatever the schema", () => {
    const { validate, runs } = counting();
    const result = validate(MALFORMED_QUERY) as { error: Error & { statusCode: number } };
    expect(result.error.statusCode).toBe(400);
    expect(result.error.message).toMatch(/percent-encoding/);
    expect(runs()).toBe(0);
  });
});

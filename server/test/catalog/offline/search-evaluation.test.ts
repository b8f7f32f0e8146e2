import { beforeAll, describe, expect, it } from "vitest";
import { EVALUATION_QUERIES, QUERY_KINDS } from "./search-evaluation.queries.js";
import {
  type Evaluation,
  evaluateSearch,
  missesLine,
  scoresTable,
} from "./support/evaluation-scores.js";
import { realCatalog, realRecords } from "./support/real-data.js";

/** A class of query with one miss in ten still passes; two do not. */
const MIN_QUERIES_PER_KIND = 10;

describe("search quality on the evaluation set", () => {
  let evaluation: Evaluation;

  beforeAll(async () => {
    evaluation = await evaluateSearch(await realCatalog());
    const misses = missesLine(evaluation);
    process.stdout.write(
      `\nsearch evaluation\n${scoresTable(evaluation)}\n${misses ? `not first: ${misses}\n` : ""}`,
    );
  });

  it(`covers every kind with at least ${MIN_QUERIES_PER_KIND} queries, 150 in all`, () => {
    expect(EVALUATION_QUERIES.length).toBeGreaterThanOrEqual(150);
    for (const kind of QUERY_KINDS) {
      expect(
        EVALUATION_QUERIES.filter((query) => query.kind === kind).length,
        kind,
      ).toBeGreaterThanOrEqual(MIN_QUERIES_PER_KIND);
    }
  });

  it("names films that exist exactly once in the catalog", async () => {
    const records = await realRecords();
    for (const { expect: film } of EVALUATION_QUERIES) {
      const found = records.filter((r) => r.title === film.title && r.year === film.year);
      expect(found, `${film.title} (${film.year})`).toHaveLength(1);
    }
  });

  it("finds the intended film in the top 3 for at least 95% of all queries", () => {
    expect(evaluation.overall.recallAt3).toBeGreaterThanOrEqual(0.95);
  });

  it("finds it in the top 3 for at least 90% of the queries of every kind", () => {
    for (const [kind, scores] of evaluation.byKind) {
      expect(scores.recallAt3, kind).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe("search quality, named cases", () => {
  const top = async (text: string, count: number) =>
    (await (await realCatalog()).search({ text, page: 1 })).results
      .slice(0, count)
      .map((movie) => `${movie.title} (${movie.year})`);

  it('puts The Matrix (1999) first for "matrix", before its sequels', async () => {
    expect(await top("matrix", 1)).toEqual(["The Matrix (1999)"]);
  });

  it('forgives "godfater" and "matirx"', async () => {
    expect(await top("godfater", 3)).toContain("The Godfather (1972)");
    expect(await top("matirx", 3)).toContain("The Matrix (1999)");
  });

  it("uses a typed year to choose between remakes", async () => {
    expect(await top("king kong 2005", 1)).toEqual(["King Kong (2005)"]);
    expect(await top("king kong 1976", 1)).toEqual(["King Kong (1976)"]);
  });

  it("reads a lone number as a title first", async () => {
    expect(await top("300", 1)).toEqual(["300 (2007)"]);
    expect(await top("1941", 1)).toEqual(["1941 (1979)"]);
  });

  it("finds Amélie without the accent", async () => {
    expect(await top("amelie", 3)).toContain("Le Fabuleux destin d'Amélie Poulain (2001)");
  });
});

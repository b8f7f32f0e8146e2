import { beforeAll, describe, expect, it } from "vitest";
import type { OfflineCatalog } from "../../../src/catalog/offline/index.js";
import {
  EVALUATION_QUERIES,
  type EvaluationQuery,
  type QueryKind,
} from "./search-evaluation.queries.js";
import { realCatalog, realRecords, recordNamed } from "./support/real-data.js";

/** 1-based rank of the expected film on the first page, or null when absent. */
async function rankOf(catalog: OfflineCatalog, query: EvaluationQuery): Promise<number | null> {
  const page = await catalog.search({ text: query.query, page: 1 });
  const index = page.results.findIndex(
    (movie) => movie.title === query.expect.title && movie.year === query.expect.year,
  );
  return index === -1 ? null : index + 1;
}

interface Scores {
  queries: number;
  recallAt1: number;
  recallAt3: number;
  mrr: number;
}

function score(ranks: ReadonlyArray<number | null>): Scores {
  const share = (hit: (rank: number) => boolean) =>
    ranks.filter((rank) => rank !== null && hit(rank)).length / ranks.length;
  return {
    queries: ranks.length,
    recallAt1: share((rank) => rank === 1),
    recallAt3: share((rank) => rank <= 3),
    mrr:
      ranks.reduce<number>((sum, rank) => sum + (rank === null ? 0 : 1 / rank), 0) / ranks.length,
  };
}

function table(rows: ReadonlyArray<[string, Scores]>, misses: readonly string[]): string {
  const line = (cells: string[]) =>
    `${cells.map((cell, i) => (i === 0 ? cell.padEnd(12) : cell.padStart(9))).join(" ")}\n`;
  const fixed = (n: number) => n.toFixed(3);
  return [
    "\nsearch evaluation\n",
    line(["kind", "queries", "recall@1", "recall@3", "MRR"]),
    ...rows.map(([kind, s]) =>
      line([kind, String(s.queries), fixed(s.recallAt1), fixed(s.recallAt3), fixed(s.mrr)]),
    ),
    misses.length > 0 ? `not first: ${misses.join("; ")}\n` : "",
  ].join("");
}

describe("search quality on the evaluation set", () => {
  let catalog: OfflineCatalog;
  const ranks = new Map<EvaluationQuery, number | null>();

  beforeAll(async () => {
    catalog = await realCatalog();
    for (const query of EVALUATION_QUERIES) ranks.set(query, await rankOf(catalog, query));
  });

  it("covers every kind with at least 8 queries, 80 in all", () => {
    const kinds: QueryKind[] = [
      "exact",
      "prefix",
      "typo",
      "accent",
      "punctuation",
      "year",
      "numeric",
    ];
    expect(EVALUATION_QUERIES.length).toBeGreaterThanOrEqual(80);
    for (const kind of kinds) {
      expect(
        EVALUATION_QUERIES.filter((query) => query.kind === kind).length,
      ).toBeGreaterThanOrEqual(8);
    }
  });

  it("names films that exist exactly once in the catalog", async () => {
    const records = await realRecords();
    for (const { expect: film } of EVALUATION_QUERIES) {
      expect(() => recordNamed(records, film.title, film.year)).not.toThrow();
    }
  });

  it("finds the intended film in the top 3 for at least 90% of queries", () => {
    const kinds = [...new Set(EVALUATION_QUERIES.map((query) => query.kind))];
    const rows: Array<[string, Scores]> = kinds.map((kind) => [
      kind,
      score(
        EVALUATION_QUERIES.filter((query) => query.kind === kind).map(
          (query) => ranks.get(query) ?? null,
        ),
      ),
    ]);
    const overall = score([...ranks.values()]);
    rows.push(["overall", overall]);
    const misses = [...ranks]
      .filter(([, rank]) => rank === null || rank > 1)
      .map(([query, rank]) => `"${query.query}" → ${rank ?? "absent"}`);
    process.stdout.write(table(rows, misses));
    expect(overall.recallAt3).toBeGreaterThanOrEqual(0.9);
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
